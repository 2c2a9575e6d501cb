import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import {
  ApiError,
  ApiUnavailableError,
  getSafeNext,
  isSecureOrigin,
  requireUser,
} from '@ventanilla/ui/server';
import {
  chartFromAnswers,
  chartInputs,
  fetchDisaggregations,
  fetchHubOptions,
  kpiInputs,
  kpisFromAnswers,
  readRevealReason,
  REVEAL_COOKIE,
  REVEAL_PATH,
  REVEAL_SECONDS,
} from './api.server.ts';
import { chartIds, type ChartId } from './charts.ts';
import {
  currentMonth,
  formatFilter,
  getPreviousPeriod,
  parseFilter,
  type AnalyticsFilter,
} from './period.ts';

/** Turns API failures into error pages (503 when the API cannot be reached). */
export async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (cause) {
    if (cause instanceof ApiUnavailableError) error(503, 'error.unavailable');
    if (cause instanceof ApiError) error(400, cause.message);
    throw cause;
  }
}

/** What every analytics page knows about the viewer, the filter and exact-figure access. */
export function readContext(event: RequestEvent, override?: Partial<AnalyticsFilter>) {
  const user = requireUser(event);
  const today = new Date();
  const filter = {
    ...parseFilter({ params: event.url.searchParams, today }),
    ...override,
  };
  const revealReason = readRevealReason({ cookies: event.cookies, role: user.role });
  return {
    user,
    filter,
    revealReason,
    runningMonth: currentMonth({ today }),
    view: {
      lang: event.locals.lang,
      role: user.role,
      filter,
      previous: getPreviousPeriod(filter),
      query: formatFilter({ filter }),
      canReveal: user.role === 'reviewer',
      revealReason,
      next: event.url.pathname + event.url.search,
    },
  };
}

/** KPIs, every chart and the hub list for a filter: two API requests, started together. */
export async function loadAnalytics(
  event: RequestEvent,
  {
    override,
    charts = chartIds,
  }: { override?: Partial<AnalyticsFilter>; charts?: readonly ChartId[] } = {},
) {
  const { filter, revealReason, runningMonth, view } = readContext(event, override);
  const { api, lang } = event.locals;
  return guard(async () => {
    const inputs = Object.assign(
      kpiInputs({ filter, revealReason }),
      ...charts.map((id) => chartInputs({ id, filter, revealReason })),
    );
    const [hubs, answers] = await Promise.all([
      fetchHubOptions({ api, lang }),
      fetchDisaggregations({ api, inputs }),
    ]);
    return {
      ...view,
      hubs,
      kpis: kpisFromAnswers({ answers, lang, revealReason }),
      charts: charts.map((id) => chartFromAnswers({ id, answers, filter, lang, runningMonth })),
    };
  });
}

/** Form actions shared by the analytics pages: a reviewer's reason to see exact figures. */
export const revealActions = {
  reveal: async (event: RequestEvent) => {
    const user = requireUser(event);
    const form = await event.request.formData();
    const reason = String(form.get('reason') ?? '').trim();
    const next = getSafeNext({ next: form.get('next') });
    if (user.role !== 'reviewer') return fail(403, { revealError: 'forbidden', reason });
    if (reason.length < 10 || reason.length > 500) return fail(400, { revealError: 'bad', reason });
    event.cookies.set(REVEAL_COOKIE, reason, {
      path: REVEAL_PATH,
      httpOnly: true,
      sameSite: 'lax',
      secure: isSecureOrigin({ url: event.url }),
      maxAge: REVEAL_SECONDS,
    });
    redirect(303, next.startsWith(REVEAL_PATH) ? next : REVEAL_PATH);
  },
  hide: async (event: RequestEvent) => {
    requireUser(event);
    const form = await event.request.formData();
    const next = getSafeNext({ next: form.get('next') });
    event.cookies.delete(REVEAL_COOKIE, { path: REVEAL_PATH });
    redirect(303, next.startsWith(REVEAL_PATH) ? next : REVEAL_PATH);
  },
};
