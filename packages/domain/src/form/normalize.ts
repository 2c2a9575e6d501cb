import { formFields, storedFieldsOf, type FieldDef } from './fields.ts';
import { formOptionLists } from './options/index.ts';
import type { HubsRecord, RawRecord } from './record.ts';

/** Fields whose codes are ISO alpha-3 country codes, stored uppercase. */
export const countryFieldNames: readonly string[] = [
  'a1_nationality',
  'a1_second_nationality',
  'a3_country',
  'b1_country',
];

/** Import columns for a fourth or later service slot (§7.2); any value there triggers R21. */
export const overLimitSlotPattern =
  /^(a10_service|a10_service_other|a11_action|a11_action_other|a11_referral_org)_([4-9]|[1-9][0-9]+)$/;

/** Text as stored (§2.1, §7.4): NFC, trimmed, inner whitespace collapsed, empty → null. */
export function normalizeText({ value }: { value: unknown }): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return value;
  const text = value.normalize('NFC').replace(/\s+/gu, ' ').trim();
  return text === '' ? null : text;
}

function normalizeCode(field: FieldDef, value: unknown): unknown {
  const text = normalizeText({ value });
  if (typeof text !== 'string') return text;
  if (!countryFieldNames.includes(field.name)) return text.toLowerCase();
  const lower = text.toLowerCase();
  return lower === 'stateless' || lower === 'other' ? lower : text.toUpperCase();
}

const ranks = new Map<string, Map<string, number>>();

/** Each code's place in its option list (the order select_multiple codes are stored in). */
export function optionRanks(list: string): Map<string, number> {
  let rank = ranks.get(list);
  if (!rank) {
    rank = new Map();
    for (const option of formOptionLists[list as keyof typeof formOptionLists].options)
      if (!rank.has(option.code)) rank.set(option.code, rank.size);
    ranks.set(list, rank);
  }
  return rank;
}

/** Codes of a select_multiple: lowercased, without repeats, in option-list order (unknown codes last). */
export function normalizeSelectMultiple({
  field,
  value,
}: {
  field: FieldDef;
  value: unknown;
}): unknown {
  if (value === undefined || value === null) return [];
  let items: unknown[];
  if (typeof value === 'string') items = value.split(/\s+/u);
  else if (Array.isArray(value)) items = value;
  else return value;
  const codes: string[] = [];
  for (const item of items) {
    const code = normalizeCode(field, item);
    if (code === null) continue;
    if (typeof code !== 'string') return value;
    if (!codes.includes(code)) codes.push(code);
  }
  const order = field.list ? optionRanks(field.list) : new Map<string, number>();
  const rank = (code: string) => order.get(code) ?? order.size;
  return codes
    .map((code, index) => ({ code, index }))
    .sort((a, b) => rank(a.code) - rank(b.code) || a.index - b.index)
    .map(({ code }) => code);
}

function normalizeInteger(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (text === '') return null;
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : text;
}

function normalizeDate(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return value;
  const text = value.trim();
  return text === '' ? null : text;
}

/** Normalizes one field value as stored (§2.1, §6.0). */
export function normalizeFieldValue({
  field,
  value,
}: {
  field: FieldDef;
  value: unknown;
}): unknown {
  switch (field.type) {
    case 'text': {
      const text = normalizeText({ value });
      return field.name === 'officer_id' && typeof text === 'string' ? text.toUpperCase() : text;
    }
    case 'select_one':
      return normalizeCode(field, value);
    case 'select_multiple':
      return normalizeSelectMultiple({ field, value });
    case 'integer':
      return normalizeInteger(value);
    case 'date':
      return normalizeDate(value);
    default:
      return null;
  }
}

function isEmptyValue(value: unknown): boolean {
  return value === null || (Array.isArray(value) && value.length === 0);
}

/**
 * Normalizes a raw canonical-shaped record (§2.1 storage, §6.0): text trimmed, NFC and with
 * inner whitespace collapsed; `officer_id` and country codes uppercased; other codes lowercased;
 * empty → null; select_multiple deduplicated and in option-list order.
 *
 * The result holds the registration fields and every stored field of the record's type (empty
 * ones as null or []), plus any field of the other type that is set (so R3 can report it) and
 * any over-limit slot column that is set (R21). Form-only and unknown keys are dropped. Values
 * that cannot be normalized (a number where a code belongs, an unparseable integer) are kept as
 * they are, so that validation reports them (R2).
 */
export function normalizeRecord(raw: RawRecord): HubsRecord {
  const out: Record<string, unknown> = {};
  const recordType = normalizeFieldValue({
    field: formFields[0] as FieldDef,
    value: raw.record_type,
  });
  for (const field of storedFieldsOf()) {
    const value = normalizeFieldValue({ field, value: raw[field.name] });
    const ownGroup =
      field.group === 'registration' ||
      field.group === recordType ||
      (recordType !== 'case' && recordType !== 'activity' && field.name in raw);
    if (ownGroup || !isEmptyValue(value)) out[field.name] = value;
  }
  for (const [key, value] of Object.entries(raw)) {
    if (!overLimitSlotPattern.test(key)) continue;
    const text = normalizeText({ value });
    if (text !== null) out[key] = typeof text === 'string' ? text : value;
  }
  return out as HubsRecord;
}
