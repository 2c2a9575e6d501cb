/**
 * Option codes of FORM.md §5 that the generator writes. Kept here so the generator does not
 * depend on the domain package's internals; tests check them against `optionLists`.
 */

export const PROGRAMME_COUNTRIES = [
  'MEX',
  'BLZ',
  'GTM',
  'SLV',
  'HND',
  'NIC',
  'CRI',
  'PAN',
  'DOM',
] as const;
export type ProgrammeCountry = (typeof PROGRAMME_COUNTRIES)[number];

export const HUB_TYPES = ['permanent', 'mobile'] as const;
export type HubType = (typeof HUB_TYPES)[number];

export type YesNo = 'yes' | 'no';

export const OBSERVATIONS = [
  'unaccompanied_child',
  'disability_unaccompanied',
  'physical_health_signs',
  'emotional_distress',
  'possible_trafficking',
  'violence_signs',
  'asylum_seeker',
  'lgbti',
  'substance_influence',
  'extracontinental',
  'controlled_by_companion',
  'disoriented_country',
  'requests_protection',
  'woman_at_risk',
  'none',
] as const;
export type Observation = (typeof OBSERVATIONS)[number];

export type Residence = 'resident' | 'in_transit' | 'returned';

export const AGE_RANGES = [
  'age_0_5',
  'age_6_11',
  'age_12_17',
  'age_18_24',
  'age_25_34',
  'age_35_44',
  'age_45_59',
  'age_60_64',
  'age_65_plus',
  'unknown',
] as const;
export type AgeRange = (typeof AGE_RANGES)[number];
export const MINOR_AGES: readonly AgeRange[] = ['age_0_5', 'age_6_11', 'age_12_17'];

export type Gender =
  'woman' | 'man' | 'trans_woman' | 'trans_man' | 'non_binary' | 'other' | 'prefer_not_to_say';

export type CivilStatus =
  'single' | 'married' | 'common_law' | 'separated' | 'divorced' | 'widowed' | 'unknown';

export const SCHOOL_LEVELS = [
  'no_schooling',
  'primary_incomplete',
  'primary_complete',
  'secondary_incomplete',
  'secondary_complete',
  'technical_incomplete',
  'technical_complete',
  'university_incomplete',
  'university_complete',
  'postgraduate',
  'unknown',
] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

export type Occupation =
  | 'study'
  | 'work'
  | 'study_and_work'
  | 'unemployed'
  | 'unpaid_care_work'
  | 'retired'
  | 'neither'
  | 'unknown';

export type OccupationArea =
  | 'agriculture'
  | 'construction'
  | 'manufacturing'
  | 'commerce'
  | 'street_vending'
  | 'domestic_work'
  | 'hospitality'
  | 'transport'
  | 'security'
  | 'education'
  | 'health_care'
  | 'personal_services'
  | 'professional'
  | 'other';

export type LabourFormality = 'formal' | 'informal' | 'unknown';

export const SERVICES = [
  'migration_procedures_info',
  'regularization',
  'status_change_renewal',
  'asylum_refugee_info',
  'document_review',
  'identity_documents',
  'migration_authority_procedure',
  'work_requirements',
  'regular_channels_abroad',
  'employment',
  'entrepreneurship',
  'education',
  'health',
  'psychosocial',
  'shelter',
  'basic_needs',
  'legal_advice',
  'translation',
  'family_location',
  'return_reintegration',
  'protection',
  'rights_information',
  'other',
] as const;
export type Service = (typeof SERVICES)[number];

export const ACTIONS = [
  'info_verbal',
  'info_written',
  'legal_advice_given',
  'documents_reviewed',
  'filing_guidance',
  'appointment_scheduled',
  'online_procedure_done',
  'file_follow_up',
  'basic_needs_met',
  'pfa_given',
  'labour_profile_registered',
  'referred_to_organization',
  'referred_child_protection',
  'referred_refugee_authority',
  'referred_trafficking_authority',
  'referred_emergency_protection',
  'referred_health',
  'referred_shelter',
  'referred_employment',
  'other',
] as const;
export type Action = (typeof ACTIONS)[number];

/** FORM.md §5.16 invariant: an action needs an organization exactly when it starts with `referred_`. */
export function isReferral(action: string | null): boolean {
  return action !== null && action.startsWith('referred_');
}

export const VULNERABILITY_TYPES = [
  'trafficking_offer',
  'documents_retained',
  'control_threats',
  'forced_labour_exploitation',
  'abduction_coercion',
  'persecution',
  'generalized_violence',
  'gender_based_violence',
  'fear_of_return',
  'asylum_seeker',
  'violence_in_transit',
  'smuggling_network',
  'stranded',
  'disaster_displaced',
  'woman_alone_pregnant',
  'serious_health_problem',
  'chronic_illness',
  'disability_unaccompanied',
  'older_adult_alone',
  'language_barrier',
  'emotional_distress',
  'unaccompanied_separated_child',
  'child_with_unrelated_adult',
  'child_rights_violation',
  'lgbti',
  'substance_influence',
  'possibly_stateless',
  'other',
] as const;
export type VulnerabilityType = (typeof VULNERABILITY_TYPES)[number];

export const ACTIVITY_TYPES = [
  'information_day',
  'information_booth',
  'information_festival',
  'training_workshop',
  'school_activity',
  'community_advisors',
  'information_campaign',
  'media_appearance',
  'digital_session',
  'job_fair',
  'other',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const ACTIVITY_TOPICS = [
  'safe_regular_migration',
  'irregular_migration_risks',
  'migrant_rights',
  'trafficking_prevention',
  'smuggling_prevention',
  'migration_procedures',
  'international_protection',
  'access_to_services',
  'labour_rights_recruitment',
  'opportunities',
  'inclusion_diversity',
  'family_location',
  'return_reintegration',
  'hub_services',
  'iom_tools',
  'other',
] as const;
export type ActivityTopic = (typeof ACTIVITY_TOPICS)[number];

/** FORM.md §5.20 bands with their bounds (`upper` null = open). */
export const PEOPLE_REACHED_BANDS = [
  { code: 'reach_1_10', lower: 1, upper: 10 },
  { code: 'reach_11_25', lower: 11, upper: 25 },
  { code: 'reach_26_50', lower: 26, upper: 50 },
  { code: 'reach_51_100', lower: 51, upper: 100 },
  { code: 'reach_101_250', lower: 101, upper: 250 },
  { code: 'reach_251_500', lower: 251, upper: 500 },
  { code: 'reach_501_1000', lower: 501, upper: 1000 },
  { code: 'reach_1001_2500', lower: 1001, upper: 2500 },
  { code: 'reach_2501_5000', lower: 2501, upper: 5000 },
  { code: 'reach_5001_plus', lower: 5001, upper: null },
] as const;
export type PeopleReachedBand = (typeof PEOPLE_REACHED_BANDS)[number]['code'];

export const AVG_AGE_BANDS = [
  'avg_under_12',
  'avg_12_17',
  'avg_18_24',
  'avg_25_34',
  'avg_35_44',
  'avg_45_59',
  'avg_60_plus',
] as const;
export type AvgAgeBand = (typeof AVG_AGE_BANDS)[number];

/** ISO alpha-2 prefixes used in officer IDs (`CR-UPA-02`). */
export const ALPHA2: Record<ProgrammeCountry, string> = {
  MEX: 'MX',
  BLZ: 'BZ',
  GTM: 'GT',
  SLV: 'SV',
  HND: 'HN',
  NIC: 'NI',
  CRI: 'CR',
  PAN: 'PA',
  DOM: 'DO',
};
