import { describe, expect, it } from 'vitest';
import { isReferral } from './codes.ts';
import { defaultDemo } from './test-fixture.ts';
import type { DemoCase } from './types.ts';

const MINORS = new Set(['age_0_5', 'age_6_11', 'age_12_17']);

function share(cases: readonly DemoCase[], test: (c: DemoCase) => boolean): number {
  return cases.filter(test).length / cases.length;
}

function topNationality(cases: readonly DemoCase[], hub: string): string {
  const counts = new Map<string, number>();
  for (const c of cases)
    if (c.hub === hub) counts.set(c.a1_nationality, (counts.get(c.a1_nationality) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

describe('mixes are plausible', () => {
  const { cases, activities, directory } = defaultDemo();

  it('has 15–25 % vulnerable cases and some minors', () => {
    expect(share(cases, (c) => c.a14_vulnerability === 'yes')).toBeGreaterThan(0.15);
    expect(share(cases, (c) => c.a14_vulnerability === 'yes')).toBeLessThan(0.25);
    const minors = share(cases, (c) => MINORS.has(c.a5_age_range));
    expect(minors).toBeGreaterThan(0.05);
    expect(minors).toBeLessThan(0.3);
  });

  it('follows the corridors', () => {
    expect(topNationality(cases, 'cri_upala')).toBe('NIC');
    expect(topNationality(cases, 'pan_darien')).toBe('VEN');
    expect(topNationality(cases, 'dom_dgm')).toBe('HTI');
    expect(topNationality(cases, 'dom_dajabon')).toBe('HTI');
    expect(topNationality(cases, 'hnd_san_pedro_sula')).toBe('HND');
    const transit = (hub: string) =>
      share(
        cases.filter((c) => c.hub === hub),
        (c) => c.a2_residence === 'in_transit',
      );
    expect(transit('pan_darien')).toBeGreaterThan(0.7);
    expect(transit('cri_upala')).toBeLessThan(0.15);
  });

  it('has mostly consent, names only sometimes, and 1–3 slots', () => {
    expect(share(cases, (c) => c.consent === 'yes')).toBeGreaterThan(0.85);
    const named = share(cases, (c) => c.a0_name !== null);
    expect(named).toBeGreaterThan(0.1);
    expect(named).toBeLessThan(0.5);
    expect(share(cases, (c) => c.a10_service_2 !== null)).toBeGreaterThan(0.2);
    expect(share(cases, (c) => c.a10_service_3 !== null)).toBeGreaterThan(0.03);
  });

  it('names referral organizations from the hub directory', () => {
    const orgs = new Map<string, Set<string>>();
    for (const e of directory) orgs.set(e.hub, (orgs.get(e.hub) ?? new Set()).add(e.organization));
    for (const c of cases.slice(0, 5_000)) {
      for (const [action, org] of [
        [c.a11_action_1, c.a11_referral_org_1],
        [c.a11_action_2, c.a11_referral_org_2],
        [c.a11_action_3, c.a11_referral_org_3],
      ] as const) {
        if (isReferral(action)) expect(orgs.get(c.hub)!.has(org!)).toBe(true);
        else expect(org).toBeNull();
      }
    }
  });

  it('refers unaccompanied children to child protection almost always', () => {
    const unaccompanied = cases.filter((c) => c.observation.includes('unaccompanied_child'));
    expect(unaccompanied.length).toBeGreaterThan(50);
    const referred = share(unaccompanied, (c) =>
      [c.a11_action_1, c.a11_action_2, c.a11_action_3].includes('referred_child_protection'),
    );
    expect(referred).toBeGreaterThan(0.9);
  });

  it('has about one activity per 15–25 cases, with coherent workshops', () => {
    expect(cases.length / activities.length).toBeGreaterThanOrEqual(15);
    expect(cases.length / activities.length).toBeLessThanOrEqual(25);
    const workshops = activities.filter((a) => a.b2_activity_type === 'training_workshop');
    expect(workshops.length).toBeGreaterThan(50);
    expect(workshops.every((a) => a.b2_scored_above_70 !== null)).toBe(true);
    expect(
      activities.every((a) => a.b5_pct_female % 10 === 0 && a.b7_pct_under_18 % 10 === 0),
    ).toBe(true);
  });

  it('spreads cases over seasons (December below August)', () => {
    const month = (m: string) => cases.filter((c) => c.date.slice(5, 7) === m).length;
    expect(month('12')).toBeLessThan(month('08'));
  });
});
