import { error } from '@sveltejs/kit';
import { loadAnalytics } from '#lib/analytics/page.server.ts';
import { loadMonitoringSection } from '#lib/analytics/monitoring.server.ts';
import { loadReferralSection } from '#lib/analytics/referrals.server.ts';
import type { PageServerLoad } from './$types';

/** One hub's analytics (drill-down): the same KPIs, charts and referral and monitoring figures, scoped to the hub. */
export const load: PageServerLoad = async (event) => {
  const code = event.params.code;
  if (!/^[a-z0-9_]{1,64}$/.test(code)) error(404, 'error.notFound');
  const override = { hubs: [code], countries: [], hubType: null };
  const [data, referrals, monitoring] = await Promise.all([
    loadAnalytics(event, { override }),
    loadReferralSection(event, { override }),
    loadMonitoringSection(event, { override }),
  ]);
  const hub = data.hubs.find((h) => h.code === code);
  if (!hub) error(404, 'error.notFound');
  return { ...data, hub, referrals, monitoring };
};
