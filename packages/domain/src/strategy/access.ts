import type { Role } from '../auth/roles.ts';

/**
 * Who reaches campaign plans. Coordinators plan for their hubs; hub officers read their hubs'
 * plans (they run the activities); admins reach every hub. Reviewers get none: a plan holds
 * free-text notes about communities and is not an aggregate.
 */
export function canReadCampaigns({
  role,
  hub,
  userHubs,
}: {
  role: Role;
  hub?: string;
  userHubs: readonly string[];
}): boolean {
  if (role === 'admin') return true;
  if (role !== 'coordinator' && role !== 'hub_officer') return false;
  return hub === undefined ? userHubs.length > 0 : userHubs.includes(hub);
}

/** Coordinators edit their hubs' plans; admins any. */
export function canEditCampaigns({
  role,
  hub,
  userHubs,
}: {
  role: Role;
  hub?: string;
  userHubs: readonly string[];
}): boolean {
  if (role === 'admin') return true;
  if (role !== 'coordinator') return false;
  return hub === undefined ? userHubs.length > 0 : userHubs.includes(hub);
}
