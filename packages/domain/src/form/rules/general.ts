import { listStoredFields, storedFieldsOf, type FieldDef, type Slot } from '../fields.ts';
import { isHubCode } from '../options/hub.ts';
import { formOptionLists } from '../options/index.ts';
import type { RawRecord } from '../record.ts';
import { extraMessages } from './catalog.ts';
import {
  createViolation,
  isEmpty,
  isSet,
  labelOf,
  readCodes,
  readRecordType,
  type RuleCheck,
} from './context.ts';
import type { Violation } from './violation.ts';

/** The stored fields the general rules look at: registration plus the record type's group. */
export function listFieldsInScope({ record }: { record: RawRecord }): readonly FieldDef[] {
  return fieldsInScope.get(readRecordType(record))!;
}

// Computed once per record type: the rules read them for every record.
const fieldsInScope = new Map(
  (['case', 'activity', null] as const).map((type) => [
    type,
    storedFieldsOf().filter((field) => field.group === 'registration' || field.group === type),
  ]),
);

const codeSets = new Map<string, Set<string>>(
  Object.entries(formOptionLists).map(([name, list]) => [
    name,
    new Set<string>(list.options.map((option) => option.code)),
  ]),
);

function isValidCode(field: FieldDef, code: string): boolean {
  if (field.list === 'hub') return code === 'other' || isHubCode({ code });
  return field.list !== undefined && (codeSets.get(field.list)?.has(code) ?? false);
}

/** True for an ISO `YYYY-MM-DD` string naming a real calendar day. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** R1 · Required answer: an unconditionally required field is empty (A.10 slot 1 is R19). */
export const checkRequiredAnswers: RuleCheck = ({ record }) =>
  listFieldsInScope({ record })
    .filter((field) => field.required && field.name !== 'a10_service_1')
    .filter((field) => isEmpty(record[field.name]))
    .map((field) =>
      createViolation({
        rule: 'R1',
        fields: [field.name],
        values: (lang) => ({ label: field.label[lang] }),
      }),
    );

function invalid(field: FieldDef, value: unknown, kind: 'option' | 'format'): Violation {
  const shown = typeof value === 'string' ? value : JSON.stringify(value);
  return createViolation({
    rule: 'R2',
    fields: [field.name],
    values: (lang) => ({ value: shown ?? String(value), label: field.label[lang] }),
    ...(kind === 'format'
      ? {
          template:
            field.type === 'date' ? extraMessages.invalidDate : extraMessages.invalidWholeNumber,
        }
      : {}),
  });
}

/** R2 · Valid value: codes from the list, ISO countries, parseable dates and numbers. */
export const checkValidValues: RuleCheck = ({ record }) => {
  const violations: Violation[] = [];
  for (const field of listFieldsInScope({ record })) {
    const value = record[field.name];
    if (isEmpty(value)) continue;
    switch (field.type) {
      case 'select_one':
        if (typeof value !== 'string' || !isValidCode(field, value))
          violations.push(invalid(field, value, 'option'));
        break;
      case 'select_multiple': {
        if (!Array.isArray(value) && typeof value !== 'string') {
          violations.push(invalid(field, value, 'option'));
          break;
        }
        const items: unknown[] = Array.isArray(value) ? value : readCodes(record, field.name);
        const seen = new Set<string>();
        for (const item of items) {
          if (typeof item !== 'string' || !isValidCode(field, item) || seen.has(item))
            violations.push(invalid(field, item, 'option'));
          if (typeof item === 'string') seen.add(item);
        }
        break;
      }
      case 'date':
        if (typeof value !== 'string' || !isIsoDate(value))
          violations.push(invalid(field, value, 'format'));
        break;
      case 'integer':
        if (typeof value !== 'number' || !Number.isFinite(value))
          violations.push(invalid(field, value, 'format'));
        break;
      case 'text':
        if (typeof value !== 'string') violations.push(invalid(field, value, 'format'));
        break;
    }
  }
  return violations;
};

const caseFieldNames = listStoredFields({ group: 'case' }).map((field) => field.name);
const activityFieldNames = listStoredFields({ group: 'activity' }).map((field) => field.name);

/** R3 · Case and activity answers kept apart. */
export const checkRecordTypeSeparation: RuleCheck = ({ record }) => {
  const type = readRecordType(record);
  const foreign = type === 'case' ? activityFieldNames : type === 'activity' ? caseFieldNames : [];
  const fields = foreign.filter((name) => isSet(record[name]));
  return fields.length ? [createViolation({ rule: 'R3', fields })] : [];
};

/** R4 · Text length, in Unicode characters after trimming. */
export const checkTextLength: RuleCheck = ({ record }) =>
  listFieldsInScope({ record })
    .filter((field) => field.type === 'text' && field.maxLength !== undefined)
    .filter((field) => {
      const value = record[field.name];
      return typeof value === 'string' && [...value.trim()].length > (field.maxLength ?? Infinity);
    })
    .map((field) =>
      createViolation({
        rule: 'R4',
        fields: [field.name],
        values: (lang) => ({ label: field.label[lang], max: field.maxLength ?? 0 }),
      }),
    );

/** A selector / "other" text pair of the R5 table. */
export type OtherPair = {
  selectors: string[];
  text: string;
  group: 'registration' | 'case' | 'activity';
  slot?: Slot;
};

/** §6.1 R5 table. */
export const otherPairs: readonly OtherPair[] = [
  { selectors: ['hub'], text: 'hub_other', group: 'registration' },
  { selectors: ['a1_nationality'], text: 'a1_nationality_other', group: 'case' },
  { selectors: ['a6_gender'], text: 'a6_gender_other', group: 'case' },
  { selectors: ['a9_occupation_area'], text: 'a9_occupation_area_other', group: 'case' },
  ...([1, 2, 3] as const).flatMap((n): OtherPair[] => [
    { selectors: [`a10_service_${n}`], text: `a10_service_other_${n}`, group: 'case', slot: n },
    { selectors: [`a11_action_${n}`], text: `a11_action_other_${n}`, group: 'case', slot: n },
  ]),
  { selectors: ['a14_vulnerability_types'], text: 'a14_vulnerability_other', group: 'case' },
  { selectors: ['b2_activity_type', 'b2_topics'], text: 'b2_other', group: 'activity' },
];

const pairsByType = new Map(
  (['case', 'activity', null] as const).map((type) => [
    type,
    otherPairs.filter((pair) => pair.group === 'registration' || pair.group === type),
  ]),
);

function pairsInScope(record: RawRecord): readonly OtherPair[] {
  return pairsByType.get(readRecordType(record))!;
}

function selectsOther(record: RawRecord, pair: OtherPair): boolean {
  return pair.selectors.some((name) => {
    const value = record[name];
    return value === 'other' || (Array.isArray(value) && value.includes('other'));
  });
}

/** R5 · "Other" needs text. */
export const checkOtherHasText: RuleCheck = ({ record }) =>
  pairsInScope(record)
    .filter((pair) => selectsOther(record, pair) && isEmpty(record[pair.text]))
    .map((pair) =>
      createViolation({
        rule: 'R5',
        fields: [pair.text],
        ...(pair.slot ? { slot: pair.slot } : {}),
        values: (lang) => ({ other_label: labelOf(pair.text, lang) }),
      }),
    );

/** R6 · Text only with "Other". */
export const checkTextOnlyWithOther: RuleCheck = ({ record }) =>
  pairsInScope(record)
    .filter((pair) => isSet(record[pair.text]) && !selectsOther(record, pair))
    .map((pair) =>
      createViolation({
        rule: 'R6',
        fields: [pair.text],
        ...(pair.slot ? { slot: pair.slot } : {}),
        values: (lang) => ({ other_label: labelOf(pair.text, lang) }),
      }),
    );
