import { peopleReachedBandList } from '../options/people-reached-band.ts';
import {
  createViolation,
  isEmpty,
  isSet,
  readNumber,
  readString,
  type RuleCheck,
} from './context.ts';
import { isTenStepPercentage } from './percentage.ts';

const underageBands: readonly string[] = ['avg_under_12', 'avg_12_17'];

/** The percentage fields of R40. */
export const percentageFieldNames: readonly string[] = ['b5_pct_female', 'b7_pct_under_18'];

/** R35 · Activity outside the hub's country (warning; needs the hub's country). */
export const checkActivityInHubCountry: RuleCheck = ({ record, hubCountry }) => {
  const country = readString(record, 'b1_country');
  return hubCountry && country && country !== hubCountry
    ? [createViolation({ rule: 'R35', fields: ['b1_country'] })]
    : [];
};

/** R36 · A training workshop needs the pass count. */
export const checkWorkshopHasPassCount: RuleCheck = ({ record }) =>
  record.b2_activity_type === 'training_workshop' && isEmpty(record.b2_scored_above_70)
    ? [createViolation({ rule: 'R36', fields: ['b2_scored_above_70'] })]
    : [];

/** R37 · Pass count only for training workshops. */
export const checkPassCountOnlyForWorkshop: RuleCheck = ({ record }) =>
  record.b2_activity_type !== 'training_workshop' && isSet(record.b2_scored_above_70)
    ? [createViolation({ rule: 'R37', fields: ['b2_scored_above_70'] })]
    : [];

/** R38 · Pass count is a whole number, 0 or more (unparseable values are R2). */
export const checkPassCountWholeNumber: RuleCheck = ({ record }) => {
  const value = readNumber(record, 'b2_scored_above_70');
  return value !== null && (!Number.isInteger(value) || value < 0)
    ? [createViolation({ rule: 'R38', fields: ['b2_scored_above_70'] })]
    : [];
};

/** R39 · Pass count within the upper bound of the people reached band. */
export const checkPassCountWithinReach: RuleCheck = ({ record }) => {
  const value = readNumber(record, 'b2_scored_above_70');
  const band = peopleReachedBandList.options.find((o) => o.code === record.b4_people_reached);
  const upper = band?.upper;
  return value !== null && typeof upper === 'number' && value > upper
    ? [
        createViolation({
          rule: 'R39',
          fields: ['b2_scored_above_70', 'b4_people_reached'],
          values: { value, upper },
        }),
      ]
    : [];
};

/** R40 · Percentages in steps of 10 (never rounded). */
export const checkPercentageSteps: RuleCheck = ({ record }) =>
  percentageFieldNames
    .filter((name) => {
      const value = readNumber(record, name);
      return value !== null && !isTenStepPercentage({ value });
    })
    .map((name) => createViolation({ rule: 'R40', fields: [name] }));

/** R41 · Unmet needs described. */
export const checkUnmetNeedsDescribed: RuleCheck = ({ record }) =>
  record.b8_unmet_needs === 'yes' && isEmpty(record.b8_unmet_needs_text)
    ? [createViolation({ rule: 'R41', fields: ['b8_unmet_needs_text'] })]
    : [];

/** R42 · No needs text when the answer is "no". */
export const checkNoNeedsTextWhenNo: RuleCheck = ({ record }) =>
  record.b8_unmet_needs === 'no' && isSet(record.b8_unmet_needs_text)
    ? [createViolation({ rule: 'R42', fields: ['b8_unmet_needs_text'] })]
    : [];

/** R43 · Average age under 18 but 0 % minors (warning). */
export const checkYoungAverageHasMinors: RuleCheck = ({ record }) =>
  underageBands.includes(String(record.b6_avg_age)) && readNumber(record, 'b7_pct_under_18') === 0
    ? [createViolation({ rule: 'R43', fields: ['b6_avg_age', 'b7_pct_under_18'] })]
    : [];

/** R44 · 100 % minors but an adult average age (warning). */
export const checkAllMinorsHaveYoungAverage: RuleCheck = ({ record }) =>
  readNumber(record, 'b7_pct_under_18') === 100 &&
  isSet(record.b6_avg_age) &&
  !underageBands.includes(String(record.b6_avg_age))
    ? [createViolation({ rule: 'R44', fields: ['b6_avg_age', 'b7_pct_under_18'] })]
    : [];
