import ExcelJS from 'exceljs';
import { findFieldByLabel } from '@ventanilla/domain/form/kobo/field-labels';
import { formOptionLists } from '@ventanilla/domain/form/options/index';
import type { Option, OptionList } from '@ventanilla/domain/form/options/option';
import { exampleActivity, exampleCase } from '@ventanilla/domain/form/record';
import type { FieldDef } from '@ventanilla/domain/form/fields';
import type { Lang } from '@ventanilla/domain/i18n';
import { importT } from '../import/translate.ts';
import { listFormFields, type RecordKind } from '../record/form-values.ts';

export type TemplateHub = { code: string; name: string };

/**
 * A column's header in the template: the question in the reader's language when the importer
 * reads that label back as this field (labels shared by two questions are not), else its name.
 */
export function templateHeader(field: FieldDef, lang: Lang): string {
  const label = field.label[lang];
  return findFieldByLabel({ label })?.name === field.name ? label : field.name;
}

/** The options a select field offers in the template: the caller's hubs for `hub`. */
function templateOptions(field: FieldDef, hubs: readonly TemplateHub[]): readonly Option[] {
  if (field.list === 'hub') return hubs.map((h) => ({ code: h.code, es: h.name, en: h.name }));
  return field.list ? (formOptionLists[field.list] as OptionList).options : [];
}

/** A stored value as the template writes it: answers as their labels, hubs as their codes. */
function templateCell(field: FieldDef, value: unknown, lang: Lang): string | number | null {
  if (value === null || value === undefined) return null;
  const label = (code: unknown) =>
    formOptionLists[field.list!].options.find((o: Option) => o.code === code)?.[lang] ??
    String(code);
  if (field.list && field.list !== 'hub')
    return Array.isArray(value) ? value.map(label).join('; ') : label(value);
  return typeof value === 'number' ? value : String(value);
}

/**
 * The import template of one record kind (XLSX): a data sheet (first, the one the importer reads)
 * with one example row that imports as given, the list of columns, and every option list with
 * its labels. Built from the form definitions, like the forms and the importer.
 */
export async function buildImportTemplate({
  kind,
  lang,
  hubs,
  officerId,
  today,
  uuid,
}: {
  kind: RecordKind;
  lang: Lang;
  hubs: readonly TemplateHub[];
  officerId: string | null;
  /** The example's date (YYYY-MM-DD): today, so it never falls in a closed month. */
  today: string;
  /** The example row's `_uuid`: a fresh one per download. */
  uuid: string;
}): Promise<ArrayBuffer> {
  const tr = importT(lang);
  const fields = listFormFields(kind);
  const example: Record<string, unknown> = {
    ...(kind === 'case' ? exampleCase : exampleActivity),
    date: today,
    ...(hubs[0] ? { hub: hubs[0].code } : {}),
    ...(officerId ? { officer_id: officerId } : {}),
  };
  const workbook = new ExcelJS.Workbook();

  const data = workbook.addWorksheet(tr('template.sheetData'));
  data.columns = [
    ...fields.map((field) => ({
      header: templateHeader(field, lang),
      key: field.name,
      width: Math.min(40, Math.max(14, templateHeader(field, lang).length + 2)),
    })),
    { header: '_uuid', key: '_uuid', width: 38 },
  ];
  data.getRow(1).font = { bold: true };
  data.views = [{ state: 'frozen', ySplit: 1 }];
  data.addRow({
    ...Object.fromEntries(fields.map((f) => [f.name, templateCell(f, example[f.name], lang)])),
    _uuid: uuid,
  });

  const columns = workbook.addWorksheet(tr('template.sheetColumns'));
  columns.columns = [
    { header: tr('template.column'), key: 'header', width: 40 },
    { header: tr('template.name'), key: 'name', width: 26 },
    { header: tr('template.required'), key: 'required', width: 12 },
    { header: tr('template.write'), key: 'write', width: 60 },
  ];
  columns.getRow(1).font = { bold: true };
  for (const field of fields)
    columns.addRow({
      header: templateHeader(field, lang),
      name: field.name,
      required: field.required ? tr('template.yes') : '',
      write: [tr(`template.type.${field.type}` as 'template.type.text'), field.hint?.[lang]]
        .filter(Boolean)
        .join(' '),
    });
  columns.addRow({
    header: '_uuid',
    name: '_uuid',
    required: tr('template.yes'),
    write: tr('template.uuid'),
  });

  const options = workbook.addWorksheet(tr('template.sheetOptions'));
  options.columns = [
    { header: tr('template.column'), key: 'header', width: 40 },
    { header: tr('template.answer'), key: 'label', width: 50 },
    { header: tr('template.code'), key: 'code', width: 30 },
  ];
  options.getRow(1).font = { bold: true };
  for (const field of fields)
    for (const option of templateOptions(field, hubs))
      options.addRow({
        header: templateHeader(field, lang),
        label: option[lang],
        code: option.code,
      });
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
