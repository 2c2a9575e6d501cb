import ExcelJS from 'exceljs';
import type { ExampleHub } from '@ventanilla/domain/form/example-at-hub';
import {
  buildTemplateDataSheet,
  listTemplateFields,
  templateHeader,
} from '@ventanilla/domain/form/kobo/template-data-sheet';
import { formOptionLists } from '@ventanilla/domain/form/options/index';
import type { Option, OptionList } from '@ventanilla/domain/form/options/option';
import type { FieldDef } from '@ventanilla/domain/form/fields';
import type { Lang } from '@ventanilla/domain/i18n';
import { importT } from '../import/translate.ts';
import type { RecordKind } from '../record/form-values.ts';

/** A hub the template offers; its registry place (country, state or province) sets the example's. */
export type TemplateHub = ExampleHub & { name: string };

/** The options a select field offers in the template: the caller's hubs for `hub`. */
function templateOptions(field: FieldDef, hubs: readonly TemplateHub[]): readonly Option[] {
  if (field.list === 'hub') return hubs.map((h) => ({ code: h.code, es: h.name, en: h.name }));
  return field.list ? (formOptionLists[field.list] as OptionList).options : [];
}

/**
 * The import template of one record kind (XLSX): a data sheet (first, the one the importer reads)
 * with one example row, the list of columns, and every option list with its labels. Built from
 * the form definitions, like the forms and the importer. The example row is set at the first hub
 * (hub and place agree) and carries the template's `_uuid` marker, so the importer skips it.
 */
export async function buildImportTemplate({
  kind,
  lang,
  hubs,
  officerId,
  today,
}: {
  kind: RecordKind;
  lang: Lang;
  hubs: readonly TemplateHub[];
  officerId: string | null;
  /** The example's date (YYYY-MM-DD): today, so it never falls in a closed month. */
  today: string;
}): Promise<ArrayBuffer> {
  const tr = importT(lang);
  const fields = listTemplateFields({ kind });
  const sheet = buildTemplateDataSheet({ kind, lang, hub: hubs[0] ?? null, officerId, today });
  const workbook = new ExcelJS.Workbook();

  const data = workbook.addWorksheet(tr('template.sheetData'));
  data.columns = sheet.columns.map(({ key, header }) => ({
    header,
    key,
    width: key === '_uuid' ? 30 : Math.min(40, Math.max(14, header.length + 2)),
  }));
  data.getRow(1).font = { bold: true };
  data.views = [{ state: 'frozen', ySplit: 1 }];
  data.addRow(sheet.example);

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
      header: templateHeader({ field, lang }),
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
        header: templateHeader({ field, lang }),
        label: option[lang],
        code: option.code,
      });
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
