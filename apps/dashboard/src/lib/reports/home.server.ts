import type { ApiClient } from '@ventanilla/ui/server';
import { listRecentMonths, loadFollowUps, loadReportList } from './api.server.ts';
import type { FollowUp, ReportSummary } from './types.ts';

export type HomeReports = { returned: ReportSummary[]; followUps: FollowUp[] };

/**
 * The home page's reports panel: for hub roles, reports returned with comments and open
 * follow-up actions of their hubs; nothing to load for reviewers and admins (a link only).
 * Never fails the home page: the panel is left out when the API errs.
 */
export async function loadHomeReports({
  api,
  role,
}: {
  api: ApiClient;
  role: string;
}): Promise<HomeReports | null> {
  if (role !== 'hub_officer' && role !== 'coordinator') return null;
  try {
    const [reports, followUps] = await Promise.all([
      loadReportList(api, listRecentMonths(new Date(), 6)),
      loadFollowUps(api),
    ]);
    return { returned: reports.filter((r) => r.status === 'RETURNED'), followUps };
  } catch {
    return null;
  }
}
