import type { HubSummary } from '@ventanilla/ui';

/**
 * Hub names by code, from the hubs the signed-in user reaches (all of them for admins): people
 * read "Upala", not `cri_upala`. A code outside them stays as it is rather than disappearing.
 */
export function nameHubs({
  hubs,
  codes,
}: {
  hubs: readonly Pick<HubSummary, 'code' | 'name'>[];
  codes: readonly string[];
}): string[] {
  return codes.map((code) => hubs.find((h) => h.code === code)?.name ?? code);
}
