/**
 * Canonical records (FORM.md §3.6, §4.3): FORM.md field names, codes as strings, select_multiple
 * as arrays of codes, integers as numbers, empty as null (or [] for select_multiple).
 *
 * Codes are typed as `string` rather than unions, because stored and imported data keep
 * accepting retired codes and because validation must be able to look at invalid values.
 */
export type RegistrationFields = {
  record_type: string | null;
  date: string | null;
  hub: string | null;
  hub_other: string | null;
  hub_type: string | null;
  officer_id: string | null;
};

export type CaseFields = {
  consent: string | null;
  observation: string[];
  a0_name: string | null;
  a1_nationality: string | null;
  a1_nationality_other: string | null;
  a1_second_nationality: string | null;
  a2_residence: string | null;
  a3_country: string | null;
  a3_admin1: string | null;
  a3_admin2: string | null;
  a3_community: string | null;
  a4_is_migrant: string | null;
  a5_age_range: string | null;
  a6_gender: string | null;
  a6_gender_other: string | null;
  a7_civil_status: string | null;
  a8_school_level: string | null;
  a9_occupation: string | null;
  a9_occupation_area: string | null;
  a9_occupation_area_other: string | null;
  a9_labour_formality: string | null;
  a10_service_1: string | null;
  a10_service_other_1: string | null;
  a11_action_1: string | null;
  a11_action_other_1: string | null;
  a11_referral_org_1: string | null;
  a10_service_2: string | null;
  a10_service_other_2: string | null;
  a11_action_2: string | null;
  a11_action_other_2: string | null;
  a11_referral_org_2: string | null;
  a10_service_3: string | null;
  a10_service_other_3: string | null;
  a11_action_3: string | null;
  a11_action_other_3: string | null;
  a11_referral_org_3: string | null;
  a14_vulnerability: string | null;
  a14_vulnerability_types: string[];
  a14_vulnerability_other: string | null;
};

export type ActivityFields = {
  b1_country: string | null;
  b1_admin1: string | null;
  b1_admin2: string | null;
  b1_community: string | null;
  b2_activity_type: string | null;
  b2_topics: string[];
  b2_other: string | null;
  b2_scored_above_70: number | null;
  b3_summary: string | null;
  b4_people_reached: string | null;
  b5_pct_female: number | null;
  b6_avg_age: string | null;
  b7_pct_under_18: number | null;
  b8_unmet_needs: string | null;
  b8_unmet_needs_text: string | null;
  b9_follow_up: string | null;
};

export type CaseRecord = RegistrationFields & { record_type: 'case' } & CaseFields;
export type ActivityRecord = RegistrationFields & { record_type: 'activity' } & ActivityFields;

/** A canonical record of either kind. */
export type HubsRecord = CaseRecord | ActivityRecord;

/**
 * A record as it arrives (API input, importer row, form post) before or after normalization:
 * canonical field names, values of any shape. Validation takes this, so it can report values
 * of the wrong type instead of crashing on them.
 */
export type RawRecord = { readonly [field: string]: unknown };

/** §3.6: a valid case record (no errors, no warnings). */
export const exampleCase: CaseRecord = {
  record_type: 'case',
  date: '2024-03-05',
  hub: 'cri_upala',
  hub_other: null,
  hub_type: 'permanent',
  officer_id: 'CR-UPA-02',
  consent: 'yes',
  observation: ['none'],
  a0_name: null,
  a1_nationality: 'NIC',
  a1_nationality_other: null,
  a1_second_nationality: null,
  a2_residence: 'resident',
  a3_country: 'CRI',
  a3_admin1: 'Alajuela',
  a3_admin2: 'Upala',
  a3_community: null,
  a4_is_migrant: 'yes',
  a5_age_range: 'age_25_34',
  a6_gender: 'woman',
  a6_gender_other: null,
  a7_civil_status: 'common_law',
  a8_school_level: 'primary_complete',
  a9_occupation: 'work',
  a9_occupation_area: 'agriculture',
  a9_occupation_area_other: null,
  a9_labour_formality: 'informal',
  a10_service_1: 'regularization',
  a10_service_other_1: null,
  a11_action_1: 'appointment_scheduled',
  a11_action_other_1: null,
  a11_referral_org_1: null,
  a10_service_2: 'health',
  a10_service_other_2: null,
  a11_action_2: 'referred_health',
  a11_action_other_2: null,
  a11_referral_org_2: 'Área de Salud de Upala',
  a10_service_3: null,
  a10_service_other_3: null,
  a11_action_3: null,
  a11_action_other_3: null,
  a11_referral_org_3: null,
  a14_vulnerability: 'no',
  a14_vulnerability_types: [],
  a14_vulnerability_other: null,
};

/** §4.3: a valid activity record (no errors, no warnings); its estimates are worked out in §8.6. */
export const exampleActivity: ActivityRecord = {
  record_type: 'activity',
  date: '2024-03-12',
  hub: 'mex_tijuana',
  hub_other: null,
  hub_type: 'mobile',
  officer_id: 'MX-TIJ-05',
  b1_country: 'MEX',
  b1_admin1: 'Baja California',
  b1_admin2: 'Tijuana',
  b1_community: null,
  b2_activity_type: 'training_workshop',
  b2_topics: ['trafficking_prevention', 'labour_rights_recruitment'],
  b2_other: null,
  b2_scored_above_70: 12,
  b3_summary: 'Workshop on ethical recruitment and labour rights for migrants in a shelter.',
  b4_people_reached: 'reach_11_25',
  b5_pct_female: 40,
  b6_avg_age: 'avg_25_34',
  b7_pct_under_18: 10,
  b8_unmet_needs: 'yes',
  b8_unmet_needs_text: 'Work permit requirements for asylum applicants.',
  b9_follow_up: 'Second session in April.',
};

/** True for a case record. */
export function isCaseRecord(record: HubsRecord): record is CaseRecord {
  return record.record_type === 'case';
}

/** True for an activity record. */
export function isActivityRecord(record: HubsRecord): record is ActivityRecord {
  return record.record_type === 'activity';
}
