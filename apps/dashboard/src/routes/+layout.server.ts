import { deviceKeyOf } from '#lib/server/records.ts';
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
  // Files what this device keeps per person without the user id (offline/warm-mark.ts).
  deviceKey: locals.user ? deviceKeyOf(locals.user) : null,
  onboardingUrl:
    process.env.ONBOARDING_URL ?? `http://localhost:${process.env.ONBOARDING_PORT ?? 3001}`,
});
