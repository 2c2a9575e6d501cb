/** One cell of an export row as the CSV or XLSX reader gives it. */
export type KoboCell = string | number | boolean | Date | null | undefined;

/** A parsed cell: the value, or the text of an invalid value (shown in the R2 message). */
export type ParsedCell<T> = { ok: true; value: T } | { ok: false; shown: string };

/** The text of a cell (numbers in plain decimal form, dates as ISO), or '' when empty. */
export function readCellText({ cell }: { cell: KoboCell }): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString();
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return String(cell).trim();
}
