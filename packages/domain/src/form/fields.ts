import type { Lang, Localized } from '../i18n.ts';
import { activityFields } from './fields/activity.ts';
import { caseFields } from './fields/case.ts';
import type { FieldDef, FieldGroup, GroupDef, Slot } from './fields/field-def.ts';
import { registrationFields } from './fields/registration.ts';

export type { FieldDef, FieldGroup, FieldType, GroupDef, Slot } from './fields/field-def.ts';

/** XLSForm languages and their column suffixes (§2.1). */
export const xlsformLanguages: Record<Lang, string> = { es: 'Español (es)', en: 'English (en)' };

/** XLSForm `settings` sheet (§2.1). */
export const formSettings = {
  form_id: 'hubs_form',
  form_title: { es: 'Formulario de Ventanillas', en: 'Hubs Form' } satisfies Localized,
  default_language: 'Español (es)',
  version: '1.0',
} as const;

/** XLSForm metadata rows, first in the survey, with types of the same name (§2.1). */
export const formMetadataRows = ['start', 'end', 'today', 'deviceid'] as const;

/** The three groups, in form order (§2.1, §2.3). */
export const formGroups: readonly GroupDef[] = [
  { name: 'registration', label: { en: 'Registration', es: 'Registro' } },
  {
    name: 'case',
    label: { en: 'Attention case', es: 'Caso de atención' },
    relevant: "${record_type} = 'case'",
  },
  {
    name: 'activity',
    label: { en: 'Activity', es: 'Actividad' },
    relevant: "${record_type} = 'activity'",
  },
];

/** Every row of the Hubs Form in form order: registration, case, activity (§2.2, §3.1, §4.1). */
export const formFields: readonly FieldDef[] = [
  ...registrationFields,
  ...caseFields,
  ...activityFields,
];

const fieldsByName = new Map(formFields.map((field) => [field.name, field]));

/** The definition of a field by name, or undefined. */
export function findField({ name }: { name: string }): FieldDef | undefined {
  return fieldsByName.get(name);
}

/** The definition of a field by name; throws for an unknown name (a programming error). */
export function getField({ name }: { name: string }): FieldDef {
  const field = fieldsByName.get(name);
  if (!field) throw new Error(`Unknown field ${name}`);
  return field;
}

/** The stored fields (no notes, no a12/a13 helpers) of a group, in form order. */
export function listStoredFields({ group }: { group?: FieldGroup } = {}): FieldDef[] {
  // A copy, so a caller may change its list; the hot paths read `storedFieldsOf` instead.
  return [...storedFieldsOf(group)];
}

const storedByGroup = new Map<FieldGroup | undefined, readonly FieldDef[]>();

/**
 * `listStoredFields` without the copy, computed once per group: the importer and the rules
 * ask for these lists for every row.
 */
export function storedFieldsOf(group?: FieldGroup): readonly FieldDef[] {
  let list = storedByGroup.get(group);
  if (!list) {
    list = Object.freeze(
      formFields.filter((field) => field.stored && (group === undefined || field.group === group)),
    );
    storedByGroup.set(group, list);
  }
  return list;
}

/** The label of a field in a language. */
export function getFieldLabel({ name, lang }: { name: string; lang: Lang }): string {
  return getField({ name }).label[lang];
}

/** The XLSForm `type` cell of a field, e.g. `select_one yes_no`. */
export function formatXlsformType({ field }: { field: FieldDef }): string {
  return field.list ? `${field.type} ${field.list}` : field.type;
}

/** Service slot numbers. */
export const serviceSlots: readonly Slot[] = [1, 2, 3];
