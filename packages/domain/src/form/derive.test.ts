import { describe, expect, it } from 'vitest';
import {
  computeWeightedAverageAge,
  deriveActivity,
  deriveAttentionRoute,
  deriveCase,
  deriveProfiles,
} from './derive.ts';
import { toGroupingKey } from './grouping-key.ts';
import { exampleActivity, exampleCase } from './record.ts';

describe('§8.3 attention route', () => {
  it.each([
    [[], 'age_25_34', 'not_recorded'],
    [['none'], 'age_25_34', 'two_step'],
    [['none'], 'age_12_17', 'four_step'],
    [['lgbti'], 'age_25_34', 'four_step'],
    [[], 'age_6_11', 'four_step'],
    [[], 'unknown', 'not_recorded'],
  ])('%j with %s → %s', (observation, ageRange, route) => {
    expect(deriveAttentionRoute({ observation, ageRange })).toBe(route);
  });
});

describe('§8.4 profile roll-up', () => {
  it.each([
    ['no', [], []],
    ['yes', ['fear_of_return', 'violence_in_transit'], ['refugee', 'migrant_at_risk']],
    ['yes', ['trafficking_offer', 'documents_retained'], ['trafficking']],
    ['yes', ['lgbti'], ['none']],
    ['yes', ['unaccompanied_separated_child', 'control_threats'], ['trafficking', 'child_at_risk']],
  ])('%s %j → %j', (vulnerability, types, profiles) => {
    expect(deriveProfiles({ vulnerability, types })).toEqual(profiles);
  });
  it('sets the flags', () => {
    const derived = deriveCase({
      ...exampleCase,
      a14_vulnerability: 'yes',
      a14_vulnerability_types: ['lgbti', 'stranded'],
    });
    expect(derived.profiles).toEqual(['migrant_at_risk']);
    expect(derived.profile_flags).toEqual({
      has_trafficking: false,
      has_refugee: false,
      has_migrant_at_risk: true,
      has_child_at_risk: false,
      has_other_vulnerability: false,
    });
  });
});

describe('§8.6 worked example', () => {
  it('activity estimates', () => {
    const d = deriveActivity({ record: exampleActivity, hubCountry: 'MEX' });
    expect(d.hub_country).toBe('MEX');
    expect(d.month).toBe('2024-03');
    expect(d.est_people).toBe(18);
    expect(d.est_women).toBeCloseTo(7.2, 10);
    expect(Math.round(d.est_women!)).toBe(7);
    expect(d.est_minors).toBeCloseTo(1.8, 10);
    expect(Math.round(d.est_minors!)).toBe(2);
    expect(d.est_avg_age).toBe(30);
    expect(d.est_pass_share).toBeCloseTo(0.667, 3);
    expect(Math.round(d.est_pass_share! * 100)).toBe(67);
  });
  it('pass share is capped at 1 and only for workshops', () => {
    expect(deriveActivity({ ...exampleActivity, b2_scored_above_70: 25 }).est_pass_share).toBe(1);
    expect(
      deriveActivity({ ...exampleActivity, b2_activity_type: 'job_fair', b2_scored_above_70: null })
        .est_pass_share,
    ).toBeNull();
  });
  it('case values', () => {
    const d = deriveCase({ record: exampleCase, hubCountry: 'CRI' });
    expect(d).toMatchObject({
      hub_country: 'CRI',
      month: '2024-03',
      is_minor: false,
      life_stage: 'adult',
      gender_group: 'women',
      residence_group: 'resident',
      services: ['regularization', 'health'],
      services_count: 2,
      actions: ['appointment_scheduled', 'referred_health'],
      referred: true,
      referral_orgs: ['Área de Salud de Upala'],
      attention_route: 'two_step',
      profiles: [],
    });
  });
  it('unknown age gives is_minor null; returned residence groups as resident', () => {
    const d = deriveCase({ ...exampleCase, a5_age_range: 'unknown', a2_residence: 'returned' });
    expect(d.is_minor).toBeNull();
    expect(d.life_stage).toBe('unknown');
    expect(d.residence_group).toBe('resident');
  });
  it('groups referral organizations by casefolded, accent-stripped text', () => {
    const d = deriveCase({
      ...exampleCase,
      a11_action_1: 'referred_health',
      a11_referral_org_1: 'Area de salud  de UPALA',
    });
    expect(d.referral_orgs).toEqual(['Area de salud  de UPALA']);
    expect(toGroupingKey({ text: ' Área  de Salud ' })).toBe('area de salud');
  });
  it('weights the average age by people reached', () => {
    expect(
      computeWeightedAverageAge({
        activities: [
          { est_avg_age: 30, est_people: 18 },
          { est_avg_age: 15, est_people: 5.5 },
        ],
      }),
    ).toBeCloseTo((30 * 18 + 15 * 5.5) / 23.5, 10);
    expect(computeWeightedAverageAge({ activities: [] })).toBeNull();
  });
});
