import { describe, expect, it } from 'vitest';
import {
  expectAttentionRoute,
  expectEstimates,
  expectProfiles,
  expectReferred,
} from './form-oracle.ts';

/** The oracle against FORM.md's own worked tables (§8.3, §8.4, §8.6). */
describe('FORM.md §8 oracle', () => {
  it('gives the attention routes of the §8.3 table', () => {
    const table: [string[], string, string][] = [
      [[], 'age_25_34', 'not_recorded'],
      [['none'], 'age_25_34', 'two_step'],
      [['none'], 'age_12_17', 'four_step'],
      [['lgbti'], 'age_25_34', 'four_step'],
      [[], 'age_6_11', 'four_step'],
      [[], 'unknown', 'not_recorded'],
    ];
    for (const [observation, ageRange, route] of table)
      expect(expectAttentionRoute({ observation, ageRange }), `${observation} ${ageRange}`).toBe(
        route,
      );
  });

  it('gives the profiles of the §8.4 table', () => {
    const table: [string, string[], string[]][] = [
      ['no', [], []],
      ['yes', ['fear_of_return', 'violence_in_transit'], ['refugee', 'migrant_at_risk']],
      ['yes', ['trafficking_offer', 'documents_retained'], ['trafficking']],
      ['yes', ['lgbti'], ['none']],
      [
        'yes',
        ['unaccompanied_separated_child', 'control_threats'],
        ['trafficking', 'child_at_risk'],
      ],
    ];
    for (const [vulnerability, types, profiles] of table)
      expect(expectProfiles({ vulnerability, types }), types.join()).toEqual(profiles);
  });

  it('gives the §8.6 worked example and the §3.6 case', () => {
    expect(
      expectEstimates({ peopleReached: 'reach_11_25', pctFemale: 40, pctUnder18: 10 }),
    ).toEqual({ est_people: 18, est_women: 7.2, est_minors: 1.8 });
    expect(expectReferred({ actions: ['info_verbal', 'referred_health', null] })).toBe(true);
    expect(expectReferred({ actions: ['info_verbal', 'other'] })).toBe(false);
  });
});
