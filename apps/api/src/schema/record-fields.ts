import type { FieldRef, InputFieldRef, SchemaTypes } from '@pothos/core';
import type { FieldDef } from '@ventanilla/domain';
import { builder } from '../builder.ts';
import { isPersonalField, listRecordFields, type RecordKind } from '../records/fields.ts';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : SchemaTypes;
type Row = Record<string, unknown>;

function describe(field: FieldDef, personal: boolean): string {
  const parts = [`${field.label.en} / ${field.label.es}.`];
  if (field.list) parts.push(`Codes from list \`${field.list}\`.`);
  if (personal) parts.push('Personal data: null for roles without clearance (reviewers).');
  return parts.join(' ');
}

/**
 * Output fields for every stored FORM.md field of a record kind, named as in FORM.md:
 * select_multiple → [String!]!, integer → Int, everything else → String (codes, ISO dates).
 * Personal fields are auth-scoped and resolve to null for callers without clearance.
 */
export function recordOutputFields<T extends Row>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, T>,
  kind: RecordKind,
): Record<string, FieldRef<Types, unknown, 'Object'>> {
  const fields: Record<string, FieldRef<Types, unknown, 'Object'>> = {};
  for (const field of listRecordFields(kind)) {
    const personal = isPersonalField(kind, field.name);
    const scope = personal
      ? { authScopes: { personalData: true }, unauthorizedResolver: () => null }
      : {};
    const description = describe(field, personal);
    if (field.type === 'select_multiple') {
      fields[field.name] = t.stringList({
        description,
        ...scope,
        nullable: personal,
        resolve: (row) => (row[field.name] as string[] | null) ?? [],
      }) as FieldRef<Types, unknown, 'Object'>;
    } else if (field.type === 'integer') {
      fields[field.name] = t.int({
        description,
        ...scope,
        nullable: true,
        resolve: (row) => (row[field.name] as number | null) ?? null,
      }) as FieldRef<Types, unknown, 'Object'>;
    } else {
      fields[field.name] = t.string({
        description,
        ...scope,
        nullable: true,
        resolve: (row) => (row[field.name] as string | null) ?? null,
      }) as FieldRef<Types, unknown, 'Object'>;
    }
  }
  return fields;
}

/** Input fields for a record kind: the same names and scalar types, all optional (rules report R1). */
export function recordInputFields(
  t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>,
  kind: RecordKind,
): Record<string, InputFieldRef<Types, unknown>> {
  const fields: Record<string, InputFieldRef<Types, unknown>> = {};
  for (const field of listRecordFields(kind)) {
    const description = `${field.label.en} / ${field.label.es}.`;
    if (field.type === 'select_multiple') fields[field.name] = t.stringList({ description });
    else if (field.type === 'integer') fields[field.name] = t.int({ description });
    else fields[field.name] = t.string({ description });
  }
  return fields;
}
