import { listStoredFields, type FieldDef } from '@ventanilla/domain';

export type RecordKind = 'case' | 'activity';

/** Stored FORM.md fields of a record kind (registration fields first, without record_type). */
export function listRecordFields(kind: RecordKind): FieldDef[] {
  return [...recordFields[kind]];
}

// Built once: `rowToRecord` runs for every imported row.
const recordFields: Record<RecordKind, readonly FieldDef[]> = {
  case: [
    ...listStoredFields({ group: 'registration' }).filter((field) => field.name !== 'record_type'),
    ...listStoredFields({ group: 'case' }),
  ],
  activity: [
    ...listStoredFields({ group: 'registration' }).filter((field) => field.name !== 'record_type'),
    ...listStoredFields({ group: 'activity' }),
  ],
};

/** The stored form fields of a row, without `record_type` (a row's own columns). */
export function recordFieldValues(
  kind: RecordKind,
  row: Record<string, unknown>,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of recordFields[kind]) values[field.name] = row[field.name] ?? null;
  return values;
}

/**
 * Fields that identify a person or hold free text about them: A.0 name, A.3 community and
 * every `*_other` text. Only roles with personal-data clearance see them (FORM.md §8.5).
 */
export function isPersonalField(kind: RecordKind, name: string): boolean {
  if (kind !== 'case') return false;
  return name === 'a0_name' || name === 'a3_community' || /_other(_\d)?$/.test(name);
}

/** Picks the canonical record (FORM.md field names) out of a stored row. */
export function rowToRecord(
  kind: RecordKind,
  row: Record<string, unknown>,
): Record<string, unknown> {
  const record: Record<string, unknown> = { record_type: kind };
  for (const field of recordFields[kind]) record[field.name] = row[field.name] ?? null;
  return record;
}
