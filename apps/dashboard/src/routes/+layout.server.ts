import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
  lang: locals.lang,
  user: locals.user ? { name: locals.user.name, role: locals.user.role } : null,
  onboardingUrl:
    process.env.ONBOARDING_URL ?? `http://localhost:${process.env.ONBOARDING_PORT ?? 3001}`,
});
