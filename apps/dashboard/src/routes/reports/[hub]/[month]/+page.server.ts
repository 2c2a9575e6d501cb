import { error } from '@sveltejs/kit';
import { ApiError, ApiUnavailableError, requireUser } from '@ventanilla/ui/server';
import { referralSectionOf } from '#lib/analytics/referrals.server.ts';
import { loadReport } from '#lib/reports/api.server.ts';
import { readTimeZone } from '#lib/server/time-zone.ts';
import { reportStepAction } from '#lib/reports/actions.server.ts';
import { nationalityNamesOf } from '#lib/reports/nationality-names.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  const { hub, month } = event.params;
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) error(404, 'error.notFound');
  try {
    const timeZone = readTimeZone();
    const report = await loadReport(event.locals.api, hub, month, timeZone);
    if (!report) error(404, 'error.notFound');
    const lang = event.locals.lang;
    return {
      report,
      referrals: referralSectionOf({ figures: report.referralFigures, lang, timeZone }),
      nationalities: nationalityNamesOf(report.figures, lang),
      role: user.role,
      canReadRecords:
        user.role === 'admin' ||
        (user.role !== 'reviewer' && user.hubs.some((h) => h.code === hub)),
      done: event.url.searchParams.get('done'),
    };
  } catch (cause) {
    if (cause instanceof ApiUnavailableError) error(503, 'error.unavailable');
    // A month the API refuses (0000-01, 2100-01): its message, in the user's language.
    if (cause instanceof ApiError && !cause.forbidden && !cause.unauthenticated)
      error(400, cause.message);
    throw cause;
  }
};

const here = (event: { params: Record<string, string> }) =>
  `/reports/${event.params.hub}/${event.params.month}`;

export const actions: Actions = {
  save: reportStepAction('SAVE_NARRATIVE', here),
  submit: reportStepAction('SUBMIT', here),
  return: reportStepAction('RETURN', here),
  verify: reportStepAction('VERIFY', here),
  reopen: reportStepAction('REOPEN', here),
};
