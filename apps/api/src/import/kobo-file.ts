import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import {
  formGroups,
  formOptionLists,
  listStoredFields,
  type FieldDef,
  type Lang,
} from '@ventanilla/domain';

/**
 * Writes KoBo-style export files from canonical records (tests and benchmarks): XML names or
 * labels (es/en) as headers, with or without group prefixes, select_multiple as one column,
 * 0/1 columns or both, `;` or `,` CSV, or XLSX with real date cells.
 */
export type KoboFileStyle = {
  format: 'csv' | 'xlsx';
  headers?: 'names' | Lang;
  groups?: boolean;
  multiple?: 'single' | 'flags' | 'both';
  delimiter?: ';' | ',';
  bom?: boolean;
};

export type KoboMetaLike = {
  _uuid: string;
  _id?: number | string;
  _submission_time?: string;
  _validation_status?: string;
  rootUuid?: string;
  deprecatedID?: string;
};
export type KoboSourceRecord = Record<string, unknown> & { _meta: KoboMetaLike };

const fields = listStoredFields();
const groupLabel = new Map(formGroups.map((g) => [g.name, g.label]));
const countryLists = new Set(['country', 'nationality']);

type Column = { header: string; value: (r: KoboSourceRecord) => string | number | Date | null };

function optionLabel(field: FieldDef, code: string, lang: Lang): string {
  if (!field.list || countryLists.has(field.list) || field.list === 'hub') return code;
  const option = formOptionLists[field.list].options.find((o) => o.code === code);
  return option ? option[lang] : code;
}

export function koboColumns(style: KoboFileStyle): Column[] {
  const headers = style.headers ?? 'names';
  const multiple = style.multiple ?? 'single';
  const columns: Column[] = [];
  const prefix = (field: FieldDef) =>
    style.groups
      ? `${headers === 'names' ? field.group : groupLabel.get(field.group)![headers]}/`
      : '';
  for (const field of fields) {
    const name = headers === 'names' ? field.name : field.label[headers];
    const head = `${prefix(field)}${name}`;
    if (field.type === 'select_multiple') {
      if (multiple !== 'flags')
        columns.push({
          header: head,
          value: (r) => ((r[field.name] as string[] | undefined) ?? []).join(' ') || null,
        });
      if (multiple !== 'single') {
        for (const option of formOptionLists[field.list!].options) {
          const choice = headers === 'names' ? option.code : option[headers];
          columns.push({
            header: `${head}/${choice}`,
            value: (r) =>
              r.record_type === field.group
                ? ((r[field.name] as string[] | undefined) ?? []).includes(option.code)
                  ? 1
                  : 0
                : null,
          });
        }
      }
      continue;
    }
    columns.push({
      header: head,
      value: (r) => {
        const v = r[field.name];
        if (v === null || v === undefined || v === '') return null;
        if (field.type === 'date' && style.format === 'xlsx')
          return new Date(`${String(v)}T00:00:00Z`);
        if (field.type === 'select_one' && headers !== 'names')
          return optionLabel(field, String(v), headers);
        return v as string | number;
      },
    });
  }
  const meta: [string, (m: KoboMetaLike) => string | number | null][] = [
    ['_id', (m) => m._id ?? null],
    ['_uuid', (m) => m._uuid],
    ['meta/rootUuid', (m) => (m.rootUuid ? `uuid:${m.rootUuid}` : null)],
    ['meta/deprecatedID', (m) => (m.deprecatedID ? `uuid:${m.deprecatedID}` : null)],
    ['_submission_time', (m) => m._submission_time ?? null],
    [
      '_validation_status',
      (m) =>
        m._validation_status && m._validation_status !== 'none'
          ? `validation_status_${m._validation_status}`
          : null,
    ],
    ['_xform_id_string', () => 'hubs_form'],
    ['_status', () => 'submitted_via_web'],
  ];
  for (const [header, read] of meta) columns.push({ header, value: (r) => read(r._meta) });
  return columns;
}

function csvField(value: string | number | Date | null, delimiter: string): string {
  if (value === null) return '';
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return text.includes(delimiter) || /["\n\r]/u.test(text)
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

/** Writes records (any iterable, streamed) as a KoBo-style export file. */
export async function writeKoboFile({
  path,
  records,
  style,
}: {
  path: string;
  records: Iterable<KoboSourceRecord> | AsyncIterable<KoboSourceRecord>;
  style: KoboFileStyle;
}): Promise<number> {
  const columns = koboColumns(style);
  const stream = createWriteStream(path);
  let count = 0;
  if (style.format === 'xlsx') {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false });
    const sheet = workbook.addWorksheet('Hubs Form');
    sheet.addRow(columns.map((c) => c.header)).commit();
    for await (const record of records) {
      const row = sheet.addRow(columns.map((c) => c.value(record)));
      row.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
      });
      row.commit();
      count += 1;
    }
    sheet.commit();
    await workbook.commit();
    return count;
  }
  const delimiter = style.delimiter ?? ';';
  const write = async (line: string) => {
    if (!stream.write(line)) await once(stream, 'drain');
  };
  await write(
    `${style.bom === false ? '' : '\uFEFF'}${columns.map((c) => csvField(c.header, delimiter)).join(delimiter)}\n`,
  );
  for await (const record of records) {
    await write(`${columns.map((c) => csvField(c.value(record), delimiter)).join(delimiter)}\n`);
    count += 1;
  }
  stream.end();
  await once(stream, 'finish');
  return count;
}
