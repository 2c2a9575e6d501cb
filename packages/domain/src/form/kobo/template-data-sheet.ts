import type { Lang } from '../../i18n.ts';
import { placeExampleAtHub, type ExampleHub } from '../example-at-hub.ts';
import { formFields, type FieldDef } from '../fields.ts';
import { formOptionLists } from '../options/index.ts';
import type { Option, OptionList } from '../options/option.ts';
import { findFieldByLabel } from './field-labels.ts';
import { templateExampleUuid } from './template-example.ts';

export type TemplateKind = 'case' | 'activity';
export type TemplateCell = string | number | null;

/** The stored fields the template of one kind has columns for (registration + its group). */
export function listTemplateFields({ kind }: { kind: TemplateKind }): FieldDef[] {
  return formFields.filter(
    (field) => field.stored && (field.group === 'registration' || field.group === kind),
  );
}

/**
 * A column's header in the template: the question in the reader's language when the importer
 * reads that label back as this field (labels shared by two questions are not), else its name.
 */
export function templateHeader({ field, lang }: { field: FieldDef; lang: Lang }): string {
  const label = field.label[lang];
  return findFieldByLabel({ label })?.name === field.name ? label : field.name;
}

/** A stored value as the template writes it: answers as their labels, hubs as their codes. */
function templateCell(field: FieldDef, value: unknown, lang: Lang): TemplateCell {
  if (value === null || value === undefined) return null;
  const label = (code: unknown) =>
    (formOptionLists[field.list!] as OptionList).options.find((o: Option) => o.code === code)?.[
      lang
    ] ?? String(code);
  if (field.list && field.list !== 'hub')
    return Array.isArray(value) ? value.map(label).join('; ') : label(value);
  return typeof value === 'number' ? value : String(value);
}

/**
 * The import template's data sheet (the one the importer reads): its columns (every field of the
 * kind, then `_uuid`) and its one example row, set at the first hub and dated `today`, in the
 * reader's language, with the `_uuid` that marks it as the example (the importer skips it).
 */
export function buildTemplateDataSheet({
  kind,
  lang,
  hub,
  officerId,
  today,
}: {
  kind: TemplateKind;
  lang: Lang;
  hub: ExampleHub | null;
  officerId: string | null;
  /** The example's date (YYYY-MM-DD): today, so it never falls in a closed month. */
  today: string;
}): { columns: { key: string; header: string }[]; example: Record<string, TemplateCell> } {
  const fields = listTemplateFields({ kind });
  const record: Record<string, unknown> = {
    ...placeExampleAtHub({ kind, hub }),
    date: today,
    ...(officerId ? { officer_id: officerId } : {}),
  };
  return {
    columns: [
      ...fields.map((field) => ({ key: field.name, header: templateHeader({ field, lang }) })),
      { key: '_uuid', header: '_uuid' },
    ],
    example: {
      ...Object.fromEntries(fields.map((f) => [f.name, templateCell(f, record[f.name], lang)])),
      _uuid: templateExampleUuid,
    },
  };
}
