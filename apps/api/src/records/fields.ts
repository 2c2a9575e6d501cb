import { listStoredFields, type FieldDef } from '@ventanilla/domain';

export type RecordKind = 'case' | 'activity';

/** Stored FORM.md fields of a record kind (registration fields first, without record_type). */
export function listRecordFields(kind: RecordKind): FieldDef[] {
  return [
    ...listStoredFields({ group: 'registration' }).filter((field) => field.name !== 'record_type'),
    ...listStoredFields({ group: kind }),
  ];
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
  for (const field of listRecordFields(kind)) record[field.name] = row[field.name] ?? null;
  return record;
}
