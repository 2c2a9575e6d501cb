import { readOnboardingTimeZone } from '#lib/server/time-zone.ts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
  lang: locals.lang,
  /** Every date and time on the pages is stated in this zone (the hub's, not the server's). */
  timeZone: readOnboardingTimeZone(),
  user: locals.user ? { name: locals.user.name, role: locals.user.role } : null,
  defaultTrack: locals.user?.role === 'coordinator' ? 'coordinator' : 'hub_officer',
  dashboardUrl:
    process.env.DASHBOARD_URL ?? `http://localhost:${process.env.DASHBOARD_PORT ?? 3002}`,
});
