import { loadAnalytics, revealActions } from '#lib/analytics/page.server.ts';
import { loadReferralSection } from '#lib/analytics/referrals.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const [page, referrals] = await Promise.all([loadAnalytics(event), loadReferralSection(event)]);
  return { ...page, referrals };
};

export const actions: Actions = revealActions;
