import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
  lang: locals.lang,
  user: locals.user
    ? {
        name: locals.user.name,
        role: locals.user.role,
        // Names for hub codes on pages served from the offline cache (the pending records).
        hubs: locals.user.hubs.map((h) => ({ code: h.code, name: h.name })),
      }
    : null,
  onboardingUrl:
    process.env.ONBOARDING_URL ?? `http://localhost:${process.env.ONBOARDING_PORT ?? 3001}`,
});
