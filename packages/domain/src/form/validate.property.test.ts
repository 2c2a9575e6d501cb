import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeRecord } from './normalize.ts';
import type { ActivityRecord, CaseRecord } from './record.ts';
import type { RuleId } from './rules/catalog.ts';
import {
  arbitraryActivityRecord,
  arbitraryCaseRecord,
  arbitraryHubsRecord,
  getSampleHubCountry,
} from './testing/arbitraries.ts';
import { validateRecord } from './validate.ts';

const today = '2025-06-30';
const run = (record: Record<string, unknown>) =>
  validateRecord({
    record,
    hubCountry: getSampleHubCountry({ hub: record.hub as string | null }),
    today,
  });
const errorsOf = (record: Record<string, unknown>) =>
  run(record).filter((violation) => violation.severity === 'error');

const clearSlot = (n: number) => ({
  [`a10_service_${n}`]: null,
  [`a10_service_other_${n}`]: null,
  [`a11_action_${n}`]: null,
  [`a11_action_other_${n}`]: null,
  [`a11_referral_org_${n}`]: null,
});

describe('valid-record arbitraries', () => {
  it('generated cases and activities have no errors', () => {
    fc.assert(
      fc.property(arbitraryHubsRecord({ today }), (record) => {
        expect(errorsOf(record)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
  it('normalizing a valid record changes nothing', () => {
    fc.assert(
      fc.property(arbitraryHubsRecord({ today }), (record) => {
        expect(normalizeRecord(record)).toEqual(record);
      }),
    );
  });
});

const caseMutations: [RuleId, (r: CaseRecord) => Record<string, unknown>][] = [
  ['R1', (r) => ({ ...r, a7_civil_status: null })],
  ['R2', (r) => ({ ...r, a5_age_range: 'age_30' })],
  ['R3', (r) => ({ ...r, b3_summary: 'Extra' })],
  ['R4', (r) => ({ ...r, a3_admin2: 'x'.repeat(101) })],
  ['R5', (r) => ({ ...r, a6_gender: 'other', a6_gender_other: null })],
  ['R6', (r) => ({ ...r, a6_gender: 'woman', a6_gender_other: 'Text' })],
  ['R7', (r) => ({ ...r, date: '2025-07-01' })],
  ['R8', (r) => ({ ...r, date: '2014-12-31' })],
  ['R9', (r) => ({ ...r, officer_id: '#1' })],
  ['R10', (r) => ({ ...r, consent: 'no', a0_name: 'Ana' })],
  ['R11', (r) => ({ ...r, observation: ['lgbti', 'none'] })],
  [
    'R12',
    (r) => ({
      ...r,
      a1_nationality: 'HND',
      a1_nationality_other: null,
      a1_second_nationality: 'HND',
    }),
  ],
  [
    'R13',
    (r) => ({
      ...r,
      a1_nationality: 'stateless',
      a1_nationality_other: null,
      a1_second_nationality: 'CRI',
    }),
  ],
  ['R15', (r) => ({ ...r, a4_is_migrant: 'no', a2_residence: 'returned' })],
  [
    'R17',
    (r) => ({
      ...r,
      a9_occupation: 'work',
      a9_occupation_area: null,
      a9_occupation_area_other: null,
    }),
  ],
  ['R18', (r) => ({ ...r, a9_occupation: 'retired', a9_labour_formality: 'formal' })],
  ['R19', (r) => ({ ...r, ...clearSlot(1) })],
  [
    'R20',
    (r) => ({
      ...r,
      ...clearSlot(2),
      a10_service_3: 'shelter',
      a11_action_3: 'info_verbal',
      a10_service_other_3: null,
      a11_action_other_3: null,
      a11_referral_org_3: null,
    }),
  ],
  ['R21', (r) => ({ ...r, a10_service_4: 'shelter' })],
  [
    'R22',
    (r) => ({ ...r, a11_action_1: null, a11_action_other_1: null, a11_referral_org_1: null }),
  ],
  ['R23', (r) => ({ ...r, ...clearSlot(3), a11_action_3: 'info_verbal' })],
  [
    'R24',
    (r) => ({
      ...r,
      a11_action_1: 'referred_shelter',
      a11_action_other_1: null,
      a11_referral_org_1: null,
    }),
  ],
  [
    'R25',
    (r) => ({
      ...r,
      a11_action_1: 'info_verbal',
      a11_action_other_1: null,
      a11_referral_org_1: 'Org',
    }),
  ],
  [
    'R26',
    (r) => ({
      ...r,
      ...clearSlot(1),
      ...clearSlot(2),
      a10_service_1: 'health',
      a11_action_1: 'info_verbal',
      a10_service_2: 'health',
      a11_action_2: 'info_verbal',
    }),
  ],
  [
    'R27',
    (r) => ({
      ...r,
      a14_vulnerability: 'yes',
      a14_vulnerability_types: [],
      a14_vulnerability_other: null,
    }),
  ],
  [
    'R28',
    (r) => ({
      ...r,
      a14_vulnerability: 'no',
      a14_vulnerability_types: ['stranded'],
      a14_vulnerability_other: null,
    }),
  ],
  ['R33', (r) => ({ ...r, observation: ['woman_at_risk'] })],
  ['R45', (r) => ({ ...r, a5_age_range: 'age_6_11', a7_civil_status: 'widowed' })],
  [
    'R46',
    (r) => ({
      ...r,
      a5_age_range: 'age_0_5',
      a9_occupation: 'work',
      a9_occupation_area: 'agriculture',
      a9_occupation_area_other: null,
      a9_labour_formality: 'informal',
    }),
  ],
  ['R47', (r) => ({ ...r, a5_age_range: 'age_0_5', a8_school_level: 'university_complete' })],
];

const activityMutations: [RuleId, (r: ActivityRecord) => Record<string, unknown>][] = [
  ['R1', (r) => ({ ...r, b3_summary: '' })],
  ['R2', (r) => ({ ...r, b2_topics: ['weather'] })],
  ['R3', (r) => ({ ...r, a0_name: 'Ana' })],
  ['R35', (r) => ({ ...r, hub: 'mex_tijuana', hub_other: null, b1_country: 'GTM' })],
  [
    'R36',
    (r) => ({
      ...r,
      b2_activity_type: 'training_workshop',
      b2_other: null,
      b2_topics: ['migrant_rights'],
      b2_scored_above_70: null,
    }),
  ],
  [
    'R37',
    (r) => ({
      ...r,
      b2_activity_type: 'job_fair',
      b2_other: null,
      b2_topics: ['opportunities'],
      b2_scored_above_70: 3,
    }),
  ],
  ['R38', (r) => ({ ...r, b2_activity_type: 'training_workshop', b2_scored_above_70: -2 })],
  [
    'R39',
    (r) => ({
      ...r,
      b2_activity_type: 'training_workshop',
      b4_people_reached: 'reach_1_10',
      b2_scored_above_70: 11,
    }),
  ],
  ['R40', (r) => ({ ...r, b7_pct_under_18: 15 })],
  ['R41', (r) => ({ ...r, b8_unmet_needs: 'yes', b8_unmet_needs_text: null })],
  ['R42', (r) => ({ ...r, b8_unmet_needs: 'no', b8_unmet_needs_text: 'Needs' })],
  ['R43', (r) => ({ ...r, b6_avg_age: 'avg_under_12', b7_pct_under_18: 0 })],
  ['R44', (r) => ({ ...r, b6_avg_age: 'avg_60_plus', b7_pct_under_18: 100 })],
];

describe('mutations of valid cases are reported with their rule', () => {
  for (const [rule, mutate] of caseMutations) {
    it(rule, () => {
      fc.assert(
        fc.property(arbitraryCaseRecord({ today }), (record) => {
          expect(run(mutate(record)).map((v) => v.rule)).toContain(rule);
        }),
        { numRuns: 40 },
      );
    });
  }
});

describe('mutations of valid activities are reported with their rule', () => {
  for (const [rule, mutate] of activityMutations) {
    it(rule, () => {
      fc.assert(
        fc.property(arbitraryActivityRecord({ today }), (record) => {
          expect(run(mutate(record)).map((v) => v.rule)).toContain(rule);
        }),
        { numRuns: 40 },
      );
    });
  }
});
