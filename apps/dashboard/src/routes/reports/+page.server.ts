import { error } from '@sveltejs/kit';
import { ApiUnavailableError, requireUser } from '@ventanilla/ui/server';
import { listRecentMonths, loadReportList } from '#lib/reports/api.server.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  try {
    const months = listRecentMonths(new Date(), 5);
    const reports = await loadReportList(event.locals.api, months);
    return { role: user.role, months, reports };
  } catch (cause) {
    if (cause instanceof ApiUnavailableError) error(503, 'error.unavailable');
    throw cause;
  }
};
