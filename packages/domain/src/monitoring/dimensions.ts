import type { Localized } from '../i18n.ts';
import type { ListName } from '../form/options/index.ts';

/** The two record kinds analytics count. */
export type RecordKind = 'case' | 'activity';

export const dimensionCodes = [
  'MONTH',
  'COUNTRY',
  'HUB',
  'HUB_TYPE',
  'NATIONALITY',
  'RESIDENCE',
  'IS_MIGRANT',
  'AGE_RANGE',
  'GENDER',
  'CIVIL_STATUS',
  'SCHOOL_LEVEL',
  'OCCUPATION',
  'SERVICE',
  'ACTION',
  'VULNERABILITY_TYPE',
  'VULNERABILITY_PROFILE',
  'ATTENTION_ROUTE',
  'ACTIVITY_TYPE',
  'TOPIC',
] as const;

/** The `Dimension` enum of the `disaggregation` contract (API.md). */
export type DimensionCode = (typeof dimensionCodes)[number];

/**
 * A way to split a measure. `list` names the option list whose labels the keys take (null for
 * MONTH, whose keys are `YYYY-MM`); `multiValued` dimensions count a record once per distinct
 * value (so their cells do not add up to the total); `source` says where the value comes from.
 */
export type DimensionDef = {
  readonly code: DimensionCode;
  readonly kinds: readonly RecordKind[];
  readonly multiValued: boolean;
  readonly list: ListName | null;
  readonly source: string;
  readonly label: Localized;
};

const both: readonly RecordKind[] = ['case', 'activity'];
const caseOnly: readonly RecordKind[] = ['case'];
const activityOnly: readonly RecordKind[] = ['activity'];

const def = (
  code: DimensionCode,
  kinds: readonly RecordKind[],
  list: ListName | null,
  source: string,
  label: Localized,
  multiValued = false,
): DimensionDef => ({ code, kinds, multiValued, list, source, label });

/** Every dimension, keyed by its enum code. Labels of keys come from the existing option lists. */
export const dimensions: Readonly<Record<DimensionCode, DimensionDef>> = {
  MONTH: def('MONTH', both, null, 'month of `date` (FORM.md 8.1)', { en: 'Month', es: 'Mes' }),
  COUNTRY: def('COUNTRY', both, 'country', "hub's country from the registry (FORM.md 8.1)", {
    en: 'Country',
    es: 'País',
  }),
  HUB: def('HUB', both, 'hub', 'hub', { en: 'Hub', es: 'Ventanilla' }),
  HUB_TYPE: def('HUB_TYPE', both, 'hub_type', 'hub_type (permanent or mobile attention)', {
    en: 'Hub type',
    es: 'Tipo de ventanilla',
  }),
  NATIONALITY: def('NATIONALITY', caseOnly, 'nationality', 'a1_nationality', {
    en: 'Nationality',
    es: 'Nacionalidad',
  }),
  RESIDENCE: def('RESIDENCE', caseOnly, 'residence', 'a2_residence', {
    en: 'Residence',
    es: 'Residencia',
  }),
  IS_MIGRANT: def('IS_MIGRANT', caseOnly, 'yes_no', 'a4_is_migrant', {
    en: 'Migrant',
    es: 'Persona migrante',
  }),
  AGE_RANGE: def('AGE_RANGE', caseOnly, 'age_range', 'a5_age_range', {
    en: 'Age range',
    es: 'Rango de edad',
  }),
  GENDER: def('GENDER', caseOnly, 'gender', 'a6_gender', { en: 'Gender', es: 'Género' }),
  CIVIL_STATUS: def('CIVIL_STATUS', caseOnly, 'civil_status', 'a7_civil_status', {
    en: 'Civil status',
    es: 'Estado civil',
  }),
  SCHOOL_LEVEL: def('SCHOOL_LEVEL', caseOnly, 'school_level', 'a8_school_level', {
    en: 'School level',
    es: 'Nivel educativo',
  }),
  OCCUPATION: def('OCCUPATION', caseOnly, 'occupation', 'a9_occupation', {
    en: 'Occupation',
    es: 'Ocupación',
  }),
  SERVICE: def(
    'SERVICE',
    caseOnly,
    'service',
    'distinct a10_service_n',
    { en: 'Service requested', es: 'Servicio solicitado' },
    true,
  ),
  ACTION: def(
    'ACTION',
    caseOnly,
    'action',
    'distinct non-empty a11_action_n',
    { en: 'Action', es: 'Acción' },
    true,
  ),
  VULNERABILITY_TYPE: def(
    'VULNERABILITY_TYPE',
    caseOnly,
    'vulnerability_type',
    'a14_vulnerability_types',
    { en: 'Vulnerability type', es: 'Tipo de vulnerabilidad' },
    true,
  ),
  VULNERABILITY_PROFILE: def(
    'VULNERABILITY_PROFILE',
    caseOnly,
    'profile',
    'profiles (FORM.md 8.4); a case counts once in each of its profiles',
    { en: 'Vulnerability profile', es: 'Perfil de vulnerabilidad' },
    true,
  ),
  ATTENTION_ROUTE: def('ATTENTION_ROUTE', caseOnly, 'attention_route', 'FORM.md 8.3', {
    en: 'Attention route',
    es: 'Ruta de atención',
  }),
  ACTIVITY_TYPE: def('ACTIVITY_TYPE', activityOnly, 'activity_type', 'b2_activity_type', {
    en: 'Activity type',
    es: 'Tipo de actividad',
  }),
  TOPIC: def(
    'TOPIC',
    activityOnly,
    'activity_topic',
    'b2_topics',
    { en: 'Topic', es: 'Tema' },
    true,
  ),
};

/** Whether `dimension` can split records of `kind`. */
export function isDimensionApplicable({
  dimension,
  kind,
}: {
  dimension: DimensionCode;
  kind: RecordKind;
}): boolean {
  return dimensions[dimension].kinds.includes(kind);
}
