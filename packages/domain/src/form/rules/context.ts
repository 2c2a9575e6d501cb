import type { Lang } from '../../i18n.ts';
import { getField, type Slot } from '../fields.ts';
import type { RawRecord } from '../record.ts';
import { ruleCatalog, type RuleId, type Severity } from './catalog.ts';
import { fillTemplate } from './fill-template.ts';
import type { Violation } from './violation.ts';

/** What every rule function receives. */
export type RuleInput = {
  record: RawRecord;
  /** §2.4: the hub's alpha-3 country from the registry; undefined while `hub` = `other`. */
  hubCountry?: string | null;
  /** `today_utc` as YYYY-MM-DD. */
  today: string;
};

/** A rule: a pure function from a record to the violations it finds. */
export type RuleCheck = (input: RuleInput) => Violation[];

/** §2.1 "empty": null, absent, blank text, or a selection with no codes. */
export function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** `set(f)`: not empty. */
export function isSet(value: unknown): boolean {
  return !isEmpty(value);
}

/** The value of a field if it is a string (codes, text, dates), otherwise null. */
export function readString(record: RawRecord, name: string): string | null {
  const value = record[name];
  return typeof value === 'string' ? value : null;
}

/** The codes of a select_multiple, ignoring anything that is not a string. */
export function readCodes(record: RawRecord, name: string): string[] {
  const value = record[name];
  if (typeof value === 'string') return value.split(/\s+/u).filter((code) => code !== '');
  return Array.isArray(value)
    ? value.filter((code): code is string => typeof code === 'string')
    : [];
}

/** `has(f, c)`. */
export function hasCode(record: RawRecord, name: string, code: string): boolean {
  return readCodes(record, name).includes(code);
}

/** An integer field's value if it is a finite number, otherwise null. */
export function readNumber(record: RawRecord, name: string): number | null {
  const value = record[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The label of a field in a language. */
export function labelOf(name: string, lang: Lang): string {
  return getField({ name }).label[lang];
}

type Values = Record<string, string | number>;

/** Builds a violation with the rule's normative message, placeholders filled per language. */
export function createViolation({
  rule,
  fields,
  slot,
  values,
  template,
}: {
  rule: RuleId;
  fields: string[];
  slot?: Slot;
  /** Placeholder values; a function when they depend on the language (labels). */
  values?: Values | ((lang: Lang) => Values);
  /** Overrides the rule's main message (e.g. R2 for dates and numbers). */
  template?: { en: string; es: string };
}): Violation {
  const def = ruleCatalog[rule];
  if (def.kind === 'acceptance') throw new Error(`${rule} reports nothing`);
  const text = template ?? (def as { message: { en: string; es: string } }).message;
  const valuesFor = (lang: Lang): Values =>
    typeof values === 'function' ? values(lang) : (values ?? {});
  const violation: Violation = {
    rule,
    severity: def.kind as Severity,
    fields,
    message_en: fillTemplate({ template: text.en, values: valuesFor('en') }),
    message_es: fillTemplate({ template: text.es, values: valuesFor('es') }),
  };
  if (slot !== undefined) violation.slot = slot;
  return violation;
}

/** The record type if it is one of the two known ones. */
export function readRecordType(record: RawRecord): 'case' | 'activity' | null {
  const value = record.record_type;
  return value === 'case' || value === 'activity' ? value : null;
}

/** Slot field names for slot n. */
export function slotFields(n: Slot) {
  return {
    service: `a10_service_${n}`,
    serviceOther: `a10_service_other_${n}`,
    action: `a11_action_${n}`,
    actionOther: `a11_action_other_${n}`,
    referralOrg: `a11_referral_org_${n}`,
  };
}
