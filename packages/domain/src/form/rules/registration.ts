import { createViolation, readString, type RuleCheck } from './context.ts';
import { isIsoDate } from './general.ts';

/** The earliest valid date (R8). */
export const earliestDate = '2015-01-01';

/** R9: the normalized officer ID format. */
export const officerIdPattern = /^[A-Z0-9][A-Z0-9._-]{0,31}$/;

/** R7 · Date not in the future (compared with `today_utc`). */
export const checkDateNotFuture: RuleCheck = ({ record, today }) => {
  const date = readString(record, 'date');
  return date && isIsoDate(date) && date > today
    ? [createViolation({ rule: 'R7', fields: ['date'] })]
    : [];
};

/** R8 · Date not before 2015. */
export const checkDateNotBefore2015: RuleCheck = ({ record }) => {
  const date = readString(record, 'date');
  return date && isIsoDate(date) && date < earliestDate
    ? [createViolation({ rule: 'R8', fields: ['date'] })]
    : [];
};

/** R9 · Officer ID format, after trimming and uppercasing. */
export const checkOfficerId: RuleCheck = ({ record }) => {
  const id = readString(record, 'officer_id')?.trim();
  return id && !officerIdPattern.test(id.toUpperCase())
    ? [createViolation({ rule: 'R9', fields: ['officer_id'] })]
    : [];
};
