import type { Role } from './roles.ts';

/** Things a user may do. */
export type Action =
  | 'record.read'
  | 'record.write'
  | 'record.import'
  | 'record.export'
  | 'personalData.read'
  | 'directory.read'
  | 'directory.write'
  | 'referral.read'
  | 'referral.write'
  | 'mca.read'
  | 'mca.write'
  | 'aggregate.read'
  | 'aggregate.reveal'
  | 'report.read'
  | 'report.verify'
  | 'report.reopen'
  | 'hub.read'
  | 'hub.manage'
  | 'user.manage'
  | 'audit.read';

/**
 * How far a permission reaches: `none`; `own_hubs`, only the hubs assigned to the user; `all`,
 * every hub.
 */
export type Scope = 'none' | 'own_hubs' | 'all';

/**
 * The permission matrix. Officers and coordinators work on their own hubs; reviewers see
 * aggregates and reports across hubs (perturbed by the cell key method unless they give a reason)
 * but never personal data (names, communities, free text); admins manage hubs and users and
 * have clearance everywhere.
 */
export const permissionMatrix: Readonly<Record<Action, Readonly<Record<Role, Scope>>>> = {
  'record.read': {
    hub_officer: 'own_hubs',
    coordinator: 'own_hubs',
    reviewer: 'none',
    admin: 'all',
  },
  'record.write': {
    hub_officer: 'own_hubs',
    coordinator: 'own_hubs',
    reviewer: 'none',
    admin: 'all',
  },
  'record.import': {
    hub_officer: 'own_hubs',
    coordinator: 'own_hubs',
    reviewer: 'none',
    admin: 'all',
  },
  'record.export': {
    hub_officer: 'own_hubs',
    coordinator: 'own_hubs',
    reviewer: 'none',
    admin: 'all',
  },
  'personalData.read': {
    hub_officer: 'own_hubs',
    coordinator: 'own_hubs',
    reviewer: 'none',
    admin: 'all',
  },
  'directory.read': {
    hub_officer: 'own_hubs',
    coordinator: 'own_hubs',
    reviewer: 'all',
    admin: 'all',
  },
  'directory.write': {
    hub_officer: 'own_hubs',
    coordinator: 'own_hubs',
    reviewer: 'none',
    admin: 'all',
  },
  // Referrals and Annex 1 section 5 are the most sensitive data: the hub's own staff only, not
  // even an admin (reviewers see them as protected aggregates).
  'referral.read': {
    hub_officer: 'own_hubs',
    coordinator: 'own_hubs',
    reviewer: 'none',
    admin: 'none',
  },
  'referral.write': {
    hub_officer: 'own_hubs',
    coordinator: 'own_hubs',
    reviewer: 'none',
    admin: 'none',
  },
  // The Community Migration Advisors' roster holds their contact data (Annex 5, 000:L2896-L2904):
  // personal data the hub keeps for its own follow-up, so its own staff only, like referrals.
  'mca.read': {
    hub_officer: 'own_hubs',
    coordinator: 'own_hubs',
    reviewer: 'none',
    admin: 'none',
  },
  'mca.write': {
    hub_officer: 'own_hubs',
    coordinator: 'own_hubs',
    reviewer: 'none',
    admin: 'none',
  },
  'aggregate.read': {
    hub_officer: 'own_hubs',
    coordinator: 'own_hubs',
    reviewer: 'all',
    admin: 'all',
  },
  'aggregate.reveal': { hub_officer: 'none', coordinator: 'none', reviewer: 'all', admin: 'none' },
  'report.read': {
    hub_officer: 'own_hubs',
    coordinator: 'own_hubs',
    reviewer: 'all',
    admin: 'all',
  },
  'report.verify': { hub_officer: 'none', coordinator: 'none', reviewer: 'all', admin: 'none' },
  'report.reopen': { hub_officer: 'none', coordinator: 'none', reviewer: 'all', admin: 'none' },
  'hub.read': { hub_officer: 'own_hubs', coordinator: 'own_hubs', reviewer: 'all', admin: 'all' },
  'hub.manage': { hub_officer: 'none', coordinator: 'none', reviewer: 'none', admin: 'all' },
  'user.manage': { hub_officer: 'none', coordinator: 'none', reviewer: 'none', admin: 'all' },
  'audit.read': { hub_officer: 'none', coordinator: 'none', reviewer: 'none', admin: 'all' },
};

export const actions = Object.keys(permissionMatrix) as Action[];

/** How far `role` may do `action`. */
export function getScope({ role, action }: { role: Role; action: Action }): Scope {
  return permissionMatrix[action][role];
}

/**
 * Whether `role` may do `action`. With `hubCode`, also whether it may do it on that hub: a
 * hub-scoped permission needs the hub among `userHubs`.
 */
export function can({
  role,
  action,
  hubCode,
  userHubs = [],
}: {
  role: Role;
  action: Action;
  hubCode?: string;
  userHubs?: readonly string[];
}): boolean {
  const scope = getScope({ role, action });
  if (scope === 'none') return false;
  if (scope === 'all' || hubCode === undefined) return true;
  return userHubs.includes(hubCode);
}

/**
 * Whether the role has clearance for personal data (names, communities, free text, exact small
 * counts). With `hubCode`, whether it has it for that hub. Reviewers never have it.
 */
export function hasPersonalDataClearance({
  role,
  hubCode,
  userHubs,
}: {
  role: Role;
  hubCode?: string;
  userHubs?: readonly string[];
}): boolean {
  return can({
    role,
    action: 'personalData.read',
    ...(hubCode !== undefined ? { hubCode } : {}),
    ...(userHubs ? { userHubs } : {}),
  });
}

/** The hubs a user may see for an action: `all`, or the list of their own hubs. */
export function listVisibleHubs({
  role,
  action,
  userHubs,
}: {
  role: Role;
  action: Action;
  userHubs: readonly string[];
}): 'all' | string[] {
  const scope = getScope({ role, action });
  return scope === 'all' ? 'all' : scope === 'own_hubs' ? [...userHubs] : [];
}
