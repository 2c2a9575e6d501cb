import { error } from '@sveltejs/kit';
import { ApiUnavailableError, requireUser } from '@ventanilla/ui/server';
import { loadHubOverview } from '#lib/server/hubs.ts';
import { getReportMonths } from '#lib/server/months.ts';
import { loadHomeReports } from '#lib/reports/home.server.ts';
import { can } from '@ventanilla/domain/auth/permissions';
import { loadDueReferrals, todayIn } from '#lib/referrals/api.server.ts';
import { readTimeZone } from '#lib/server/time-zone.ts';
import { loadRoster } from '#lib/mca/api.server.ts';
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
    const reports = await loadHomeReports({ api: event.locals.api, role: user.role });
    // Hub staff see how many referral follow-ups are due (the worklist, /follow-ups).
    const hubStaff = can({ role: user.role, action: 'referral.read' });
    const followUpsDue = hubStaff
      ? (await loadDueReferrals(event.locals.api, todayIn(readTimeZone()))).length
      : null;
    // Hub staff also see how many community advisors are overdue for a check-in (/mca).
    const mcasOverdue = can({ role: user.role, action: 'mca.read' })
      ? (await loadRoster(event.locals.api, todayIn(readTimeZone()))).filter(
          (m) => m.checkIn.state === 'overdue',
        ).length
      : null;
    return {
      role: user.role,
      month: current,
      previousMonth: previous,
      hubs,
      reports,
      followUpsDue,
      hubStaff,
      mcasOverdue,
    };
  } catch (cause) {
    if (cause instanceof ApiUnavailableError) error(503, 'error.unavailable');
    throw cause;
  }
};
