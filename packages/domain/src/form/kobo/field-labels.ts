import { findField, formFields, type FieldDef } from '../fields.ts';
import { normalizeLabel } from './normalize-label.ts';

/** Normalized en and es labels of every form row (§2.3, §3.4, §4.2); null marks a shared label. */
const fieldsByLabel = new Map<string, FieldDef | null>();
for (const field of formFields) {
  for (const text of [field.label.en, field.label.es]) {
    const key = normalizeLabel({ text });
    if (key === '') continue;
    const known = fieldsByLabel.get(key);
    fieldsByLabel.set(key, known === undefined || known === field ? field : null);
  }
}

/** The form row whose English or Spanish label normalizes to the same text as `label` (§7.2). */
export function findFieldByLabel({ label }: { label: string }): FieldDef | undefined {
  return fieldsByLabel.get(normalizeLabel({ text: label })) ?? undefined;
}

/** The form row named `name` (a header segment), case-insensitively. */
export function findFieldByName({ name }: { name: string }): FieldDef | undefined {
  return findField({ name: name.trim().toLowerCase() });
}
