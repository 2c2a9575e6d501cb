import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
  lang: locals.lang,
  user: locals.user ? { name: locals.user.name, role: locals.user.role } : null,
  defaultTrack: locals.user?.role === 'coordinator' ? 'coordinator' : 'hub_officer',
  dashboardUrl:
    process.env.DASHBOARD_URL ?? `http://localhost:${process.env.DASHBOARD_PORT ?? 3002}`,
});
