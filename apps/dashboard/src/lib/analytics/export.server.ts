/**
 * CSV and XLSX downloads of a chart's table: exactly the rows, columns and notes it shows
 * (the protection note among them), and whether a reviewer's exact figures were revealed.
 * By default headers and rows read in the reader's language (a Spanish CSV split by `;`, as
 * Spanish Excel reads it); with `codes`, the dimension's field name, the row and series codes,
 * split by `,` (the same choice as the record exports).
 */
import ExcelJS from 'exceljs';
import type { Lang } from '@ventanilla/ui';
import { csvDelimiter, toCsvCell } from '../server/export.ts';
import { chartFileName } from './file-name.ts';
import { formatMonthLabel } from './month-label.ts';
import type { AnalyticsFilter } from './period.ts';
import { analyticsT } from './translate.ts';
import type { ChartTable } from './types.ts';

/** The notes a download carries: the chart's, and the audit note after a reveal. */
function notesOf(table: ChartTable, lang: Lang, revealed: boolean): string[] {
  return revealed && !table.protected
    ? [...table.notes, analyticsT(lang)('an.revealedPage')]
    : table.notes;
}

/** The header row and the data rows: labels in the reader's language, or codes. */
function tableCells(table: ChartTable, codes: boolean): (string | number)[][] {
  return [
    codes ? [table.rowField, ...table.columnCodes] : [table.rowHeader, ...table.columns],
    ...table.rows.map((row) => [codes ? row.code : row.label, ...row.values.map((v) => v.value)]),
  ];
}

/**
 * The table as CSV (UTF-8 with BOM so Excel reads accents), then an empty line and the notes,
 * one a line.
 */
export function respondCsv({
  table,
  filter,
  lang,
  revealed,
  codes = false,
}: {
  table: ChartTable;
  filter: AnalyticsFilter;
  lang: Lang;
  revealed: boolean;
  codes?: boolean;
}): Response {
  const notes = notesOf(table, lang, revealed);
  const delimiter = codes ? ',' : csvDelimiter(lang);
  const lines = [
    ...tableCells(table, codes),
    ...(notes.length ? [[], ...notes.map((note) => [note])] : []),
  ].map((cells) => cells.map(toCsvCell).join(delimiter));
  const filename = chartFileName({ id: table.id, filter, lang, codes, ext: 'csv' });
  return new Response(`\uFEFF${lines.join('\r\n')}\r\n`, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'private, no-store',
    },
  });
}

/** The table as XLSX: the table on the first sheet, the filters and notes on the second. */
export async function respondXlsx({
  table,
  filter,
  lang,
  filterText,
  revealed,
  codes = false,
}: {
  table: ChartTable;
  filter: AnalyticsFilter;
  lang: Lang;
  filterText: string;
  revealed: boolean;
  codes?: boolean;
}): Promise<Response> {
  const workbook = new ExcelJS.Workbook();
  // Sheet names people read, not the chart's code.
  const sheet = workbook.addWorksheet(lang === 'es' ? 'Tabla' : 'Table');
  const [header = [], ...rows] = tableCells(table, codes);
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.getColumn(1).width = 40;
  for (let i = 2; i <= table.columns.length + 1; i++) sheet.getColumn(i).width = 18;
  const notes = workbook.addWorksheet(lang === 'es' ? 'Notas' : 'Notes');
  notes.getColumn(1).width = 120;
  notes.addRow([table.title]).font = { bold: true };
  notes.addRow([
    `${formatMonthLabel({ month: filter.from, lang })} – ${formatMonthLabel({ month: filter.to, lang })}`,
  ]);
  notes.addRow([filterText]);
  for (const note of notesOf(table, lang, revealed)) notes.addRow([note]);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Response(buffer as ArrayBuffer, {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="${chartFileName({ id: table.id, filter, lang, codes, ext: 'xlsx' })}"`,
      'cache-control': 'private, no-store',
    },
  });
}
