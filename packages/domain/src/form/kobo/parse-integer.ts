import { readCellText, type KoboCell, type ParsedCell } from './kobo-cell.ts';

const numberText = /^[+-]?(\d+(\.\d*)?|\.\d+)$/u;

/**
 * §7.4 integers: `12`, `12.0` or a numeric cell; `12.5` is invalid (R2). For percentages a
 * trailing `%` is accepted (`40%`), and a number strictly between 0 and 1 written without `%` is
 * a share (0.4 → 40), rounded to 6 decimals before the whole-number check.
 */
export function parseIntegerCell({
  cell,
  percentage = false,
}: {
  cell: KoboCell;
  percentage?: boolean;
}): ParsedCell<number | null> {
  if (typeof cell === 'boolean' || cell instanceof Date)
    return { ok: false, shown: readCellText({ cell }) };
  let text = readCellText({ cell });
  if (text === '') return { ok: true, value: null };
  const shown = text;
  const hasPercent = percentage && text.endsWith('%');
  if (hasPercent) text = text.slice(0, -1).trim();
  if (typeof cell !== 'number' && !numberText.test(text)) return { ok: false, shown };
  let value = typeof cell === 'number' ? cell : Number(text);
  if (percentage && !hasPercent && value > 0 && value < 1) {
    value = Math.round(value * 100 * 1e6) / 1e6;
  }
  return Number.isInteger(value)
    ? { ok: true, value: value === 0 ? 0 : value }
    : { ok: false, shown };
}
