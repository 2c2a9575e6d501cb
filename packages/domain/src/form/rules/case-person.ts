import {
  createViolation,
  hasCode,
  isEmpty,
  isSet,
  readCodes,
  readString,
  type RuleCheck,
} from './context.ts';

/** Occupations that need the area and formality of work (§5.12 `requires_work_details`). */
export const workingOccupations: readonly string[] = ['work', 'study_and_work'];

/** R10 · No name or community without consent. */
export const checkNoIdentityWithoutConsent: RuleCheck = ({ record }) => {
  if (record.consent !== 'no') return [];
  const fields = ['a0_name', 'a3_community'].filter((name) => isSet(record[name]));
  return fields.length ? [createViolation({ rule: 'R10', fields })] : [];
};

/** R11 · "None" observation is exclusive. */
export const checkNoneObservationExclusive: RuleCheck = ({ record }) =>
  hasCode(record, 'observation', 'none') && readCodes(record, 'observation').length > 1
    ? [createViolation({ rule: 'R11', fields: ['observation'] })]
    : [];

/** R12 · Second nationality differs from the first. */
export const checkSecondNationalityDiffers: RuleCheck = ({ record }) => {
  const second = readString(record, 'a1_second_nationality');
  return second && second === record.a1_nationality
    ? [createViolation({ rule: 'R12', fields: ['a1_second_nationality'] })]
    : [];
};

/** R13 · No second nationality for a stateless person. */
export const checkStatelessHasNoSecondNationality: RuleCheck = ({ record }) =>
  record.a1_nationality === 'stateless' && isSet(record.a1_second_nationality)
    ? [createViolation({ rule: 'R13', fields: ['a1_second_nationality'] })]
    : [];

/**
 * R14 · Non-migrants with a residence are valid (acceptance rule): `a4_is_migrant` = `no` is valid
 * with every `a2_residence`, and never makes it optional or empty. It reports nothing; it is here
 * so that the rule set is complete and no other rule is written against it.
 */
export const acceptNonMigrantResidence: RuleCheck = () => [];

/** R15 · Non-migrant in transit or returned (warning). */
export const checkNonMigrantInTransit: RuleCheck = ({ record }) =>
  record.a4_is_migrant === 'no' &&
  (record.a2_residence === 'in_transit' || record.a2_residence === 'returned')
    ? [createViolation({ rule: 'R15', fields: ['a2_residence', 'a4_is_migrant'] })]
    : [];

/** R16 · Resident with an address abroad (warning; needs the hub's country). */
export const checkResidentAddressInHubCountry: RuleCheck = ({ record, hubCountry }) => {
  const country = readString(record, 'a3_country');
  return record.a2_residence === 'resident' && hubCountry && country && country !== hubCountry
    ? [createViolation({ rule: 'R16', fields: ['a2_residence', 'a3_country'] })]
    : [];
};

/** R17 · Work details required. */
export const checkWorkDetailsRequired: RuleCheck = ({ record }) => {
  if (!workingOccupations.includes(String(record.a9_occupation))) return [];
  const fields = ['a9_occupation_area', 'a9_labour_formality'].filter((name) =>
    isEmpty(record[name]),
  );
  return fields.length ? [createViolation({ rule: 'R17', fields })] : [];
};

/** R18 · Work details only for people who work. */
export const checkWorkDetailsOnlyWhenWorking: RuleCheck = ({ record }) => {
  if (workingOccupations.includes(String(record.a9_occupation))) return [];
  const fields = ['a9_occupation_area', 'a9_occupation_area_other', 'a9_labour_formality'].filter(
    (name) => isSet(record[name]),
  );
  return fields.length ? [createViolation({ rule: 'R18', fields })] : [];
};
