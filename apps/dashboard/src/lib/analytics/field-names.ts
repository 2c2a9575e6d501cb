import type { DimensionCode } from '@ventanilla/domain/monitoring/index';

/**
 * The field name that heads a dimension's codes in a chart's codes download: the record export's
 * column (FORM.md field names, `month`, `attentionRoute`) where the records have one, so a chart
 * table joins the records' codes export; the field's stem for the numbered fields
 * (`a10_service_n`, `a11_action_n`); the option list's name for the derived profiles.
 */
export const dimensionFieldNames: Readonly<Record<DimensionCode, string>> = {
  MONTH: 'month',
  COUNTRY: 'country',
  HUB: 'hub',
  HUB_TYPE: 'hub_type',
  NATIONALITY: 'a1_nationality',
  RESIDENCE: 'a2_residence',
  IS_MIGRANT: 'a4_is_migrant',
  AGE_RANGE: 'a5_age_range',
  GENDER: 'a6_gender',
  CIVIL_STATUS: 'a7_civil_status',
  SCHOOL_LEVEL: 'a8_school_level',
  OCCUPATION: 'a9_occupation',
  SERVICE: 'a10_service',
  ACTION: 'a11_action',
  VULNERABILITY_TYPE: 'a14_vulnerability_types',
  VULNERABILITY_PROFILE: 'profile',
  ATTENTION_ROUTE: 'attentionRoute',
  ACTIVITY_TYPE: 'b2_activity_type',
  TOPIC: 'b2_topics',
};
