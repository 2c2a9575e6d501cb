import { describe, expect, it } from 'vitest';
import {
  actions,
  can,
  hasPersonalDataClearance,
  listVisibleHubs,
  permissionMatrix,
} from './permissions.ts';
import { getRole, isRole, roles } from './roles.ts';

describe('roles', () => {
  it('has four roles with labels', () => {
    expect(roles).toEqual(['hub_officer', 'coordinator', 'reviewer', 'admin']);
    expect(getRole({ role: 'reviewer' }).label.es).toBe('Revisor(a) de la OIM');
    expect(isRole('admin')).toBe(true);
    expect(isRole('root')).toBe(false);
  });
});

describe('permissions', () => {
  it('defines every action for every role', () => {
    for (const action of actions)
      expect(Object.keys(permissionMatrix[action]).sort()).toEqual([...roles].sort());
  });
  it('scopes officers and coordinators to their hubs', () => {
    expect(
      can({
        role: 'hub_officer',
        action: 'record.write',
        hubCode: 'cri_upala',
        userHubs: ['cri_upala'],
      }),
    ).toBe(true);
    expect(
      can({
        role: 'hub_officer',
        action: 'record.write',
        hubCode: 'mex_tijuana',
        userHubs: ['cri_upala'],
      }),
    ).toBe(false);
    expect(
      listVisibleHubs({
        role: 'coordinator',
        action: 'record.read',
        userHubs: ['cri_upala', 'cri_los_chiles'],
      }),
    ).toEqual(['cri_upala', 'cri_los_chiles']);
  });
  it('gives reviewers aggregates and reports across hubs, never personal data', () => {
    expect(can({ role: 'reviewer', action: 'aggregate.read', hubCode: 'mex_tijuana' })).toBe(true);
    expect(can({ role: 'reviewer', action: 'report.verify' })).toBe(true);
    expect(can({ role: 'reviewer', action: 'record.read' })).toBe(false);
    expect(hasPersonalDataClearance({ role: 'reviewer' })).toBe(false);
  });
  it('lets admins manage hubs and users, with clearance everywhere', () => {
    expect(can({ role: 'admin', action: 'hub.manage' })).toBe(true);
    expect(can({ role: 'admin', action: 'user.manage' })).toBe(true);
    expect(can({ role: 'coordinator', action: 'user.manage' })).toBe(false);
    expect(hasPersonalDataClearance({ role: 'admin', hubCode: 'cri_upala', userHubs: [] })).toBe(
      true,
    );
    expect(
      hasPersonalDataClearance({
        role: 'hub_officer',
        hubCode: 'mex_tijuana',
        userHubs: ['cri_upala'],
      }),
    ).toBe(false);
  });
});
