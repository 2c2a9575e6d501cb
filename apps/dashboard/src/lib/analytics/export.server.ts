/** CSV and XLSX downloads of a chart's table: exactly the rows, columns and marks it shows. */
import ExcelJS from 'exceljs';
import type { Lang } from '@ventanilla/ui';
import { toCsvCell } from '../server/export.ts';
import { formatMonthLabel } from './month-label.ts';
import type { AnalyticsFilter } from './period.ts';
import { analyticsT } from './translate.ts';
import type { ChartTable, TableValue } from './types.ts';

/** A cell's content in a download: the number, or the word "suppressed" (never a value). */
function cellOf(value: TableValue, lang: Lang): string | number {
  if (value.suppressed || value.value == null) return analyticsT(lang)('an.suppressed');
  return value.value;
}

function fileName(table: ChartTable, filter: AnalyticsFilter, ext: string): string {
  return `ventanilla-${table.id}-${filter.from}-${filter.to}.${ext}`;
}

/** The table as CSV (UTF-8 with BOM so Excel reads accents). */
export function respondCsv({
  table,
  filter,
  lang,
}: {
  table: ChartTable;
  filter: AnalyticsFilter;
  lang: Lang;
}): Response {
  const lines = [
    [table.rowHeader, ...table.columns],
    ...table.rows.map((row) => [row.label, ...row.values.map((v) => cellOf(v, lang))]),
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
}: {
  table: ChartTable;
  filter: AnalyticsFilter;
  lang: Lang;
  filterText: string;
}): Promise<Response> {
  const t = analyticsT(lang);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.id.slice(0, 31));
  sheet.addRow([table.rowHeader, ...table.columns]).font = { bold: true };
  for (const row of table.rows)
    sheet.addRow([row.label, ...row.values.map((v) => cellOf(v, lang))]);
  sheet.getColumn(1).width = 40;
  for (let i = 2; i <= table.columns.length + 1; i++) sheet.getColumn(i).width = 18;
  const notes = workbook.addWorksheet(lang === 'es' ? 'Notas' : 'Notes');
  notes.getColumn(1).width = 120;
  notes.addRow([table.title]).font = { bold: true };
  notes.addRow([
    `${formatMonthLabel({ month: filter.from, lang })} – ${formatMonthLabel({ month: filter.to, lang })}`,
  ]);
  notes.addRow([filterText]);
  for (const note of table.notes) notes.addRow([note]);
  if (table.suppressedCells > 0 && table.threshold != null)
    notes.addRow([t('an.suppressedNote', { count: table.suppressedCells, k: table.threshold })]);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Response(buffer as ArrayBuffer, {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="${fileName(table, filter, 'xlsx')}"`,
      'cache-control': 'private, no-store',
    },
  });
}
