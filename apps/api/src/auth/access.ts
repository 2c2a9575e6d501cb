import {
  can,
  hasPersonalDataClearance as domainClearance,
  listVisibleHubs,
  type Action,
} from '@ventanilla/domain';
import type { CurrentUser, Role } from './current-user.ts';

export type { Action };

/**
 * The one place that turns a caller into what they may reach, from the domain permission
 * matrix (packages/domain/src/auth): officers and coordinators their own hubs; reviewers
 * aggregates and reports of every hub but no records or personal data; admins everything.
 */
export function visibleHubs(user: CurrentUser, action: Action): 'all' | string[] {
  return listVisibleHubs({ role: user.role, action, userHubs: user.hubCodes });
}

/** May the caller do `action` on `hub`? */
export function canOnHub(user: CurrentUser, action: Action, hub: string): boolean {
  return can({ role: user.role, action, hubCode: hub, userHubs: user.hubCodes });
}

/** May the caller do `action` at all (on some hub)? */
export function canDo(role: Role, action: Action): boolean {
  return can({ role, action });
}

/** Narrows requested hub codes to those the caller reaches for `action` (none asked = all reachable). */
export function scopeHubCodes(
  user: CurrentUser,
  action: Action,
  requested?: readonly string[] | null,
): string[] | 'all' {
  const reach = visibleHubs(user, action);
  if (reach === 'all') return requested && requested.length > 0 ? [...requested] : 'all';
  if (!requested || requested.length === 0) return reach;
  return requested.filter((code) => reach.includes(code));
}

/** Clearance to see personal data (names, communities, free text) at all. */
export function hasPersonalDataClearance(role: Role): boolean {
  return domainClearance({ role });
}
