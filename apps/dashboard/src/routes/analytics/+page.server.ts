import { loadAnalytics, revealActions } from '#lib/analytics/page.server.ts';
import { loadMonitoringSection } from '#lib/analytics/monitoring.server.ts';
import { loadReferralSection } from '#lib/analytics/referrals.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const [page, referrals, monitoring] = await Promise.all([
    loadAnalytics(event),
    loadReferralSection(event),
    loadMonitoringSection(event),
  ]);
  return { ...page, referrals, monitoring };
};

export const actions: Actions = revealActions;
