/**
 * CSV and XLSX downloads of a chart's table: exactly the rows, columns and notes it shows
 * (the protection note among them), and whether a reviewer's exact figures were revealed.
 */
import ExcelJS from 'exceljs';
import type { Lang } from '@ventanilla/ui';
import { toCsvCell } from '../server/export.ts';
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

function fileName(table: ChartTable, filter: AnalyticsFilter, ext: string): string {
  return `ventanilla-${table.id}-${filter.from}-${filter.to}.${ext}`;
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
}: {
  table: ChartTable;
  filter: AnalyticsFilter;
  lang: Lang;
  revealed: boolean;
}): Response {
  const notes = notesOf(table, lang, revealed);
  const lines = [
    [table.rowHeader, ...table.columns],
    ...table.rows.map((row) => [row.label, ...row.values.map((v) => v.value)]),
    ...(notes.length ? [[], ...notes.map((note) => [note])] : []),
  ].map((cells) => cells.map(toCsvCell).join(','));
  return new Response(`\uFEFF${lines.join('\r\n')}\r\n`, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName(table, filter, 'csv')}"`,
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
}: {
  table: ChartTable;
  filter: AnalyticsFilter;
  lang: Lang;
  filterText: string;
  revealed: boolean;
}): Promise<Response> {
  const workbook = new ExcelJS.Workbook();
  // Sheet names people read, not the chart's code.
  const sheet = workbook.addWorksheet(lang === 'es' ? 'Tabla' : 'Table');
  sheet.addRow([table.rowHeader, ...table.columns]).font = { bold: true };
  for (const row of table.rows) sheet.addRow([row.label, ...row.values.map((v) => v.value)]);
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
      'content-disposition': `attachment; filename="${fileName(table, filter, 'xlsx')}"`,
      'cache-control': 'private, no-store',
    },
  });
}
