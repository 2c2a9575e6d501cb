import { error } from '@sveltejs/kit';
import { ApiUnavailableError, requireUser } from '@ventanilla/ui/server';
import { loadHubOverview } from '#lib/server/hubs.ts';
import { getReportMonths } from '#lib/server/months.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  const { current, previous } = getReportMonths({ date: new Date() });
  try {
    const hubs = await loadHubOverview({
      api: event.locals.api,
      lang: event.locals.lang,
      month: current,
      previous,
    });
    return { role: user.role, month: current, previousMonth: previous, hubs };
  } catch (cause) {
    if (cause instanceof ApiUnavailableError) error(503, 'error.unavailable');
    throw cause;
  }
};
