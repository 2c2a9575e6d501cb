import { isIsoDate } from '../rules/general.ts';
import { readCellText, type KoboCell, type ParsedCell } from './kobo-cell.ts';

/** The workbook date system: 1900 (Windows default) or 1904 (old Mac workbooks). */
export type DateSystem = 1900 | 1904;

const excelEpoch = Date.UTC(1899, 11, 30);
/** Days between the 1900 and the 1904 date systems. */
const days1904 = 1462;
/** Excel's last day, 9999-12-31, as a 1900-system serial. */
const maxSerial = 2_958_465;

const isoDateTime =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/iu;
const numeric = /^\d+(\.\d+)?$/u;

/** The UTC instant of an Excel serial (days and fraction of a day since the epoch of its system). */
export function convertExcelSerial({
  serial,
  dateSystem = 1900,
}: {
  serial: number;
  dateSystem?: DateSystem;
}): Date | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > maxSerial) return undefined;
  const offset = dateSystem === 1904 ? days1904 : 0;
  return new Date(excelEpoch + Math.round((serial + offset) * 86_400) * 1000);
}

/**
 * §7.4 dates: ISO `YYYY-MM-DD`; an ISO datetime, of which the date part is taken as written
 * (no time-zone conversion); an Excel serial (number or numeric text), `1899-12-30` plus
 * `floor(serial)` days, plus 1462 days in the 1904 system; a Date cell (its UTC day, which is
 * how spreadsheet readers return date cells). Anything else is invalid (R2).
 */
export function parseDateCell({
  cell,
  dateSystem = 1900,
}: {
  cell: KoboCell;
  dateSystem?: DateSystem;
}): ParsedCell<string | null> {
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime())
      ? { ok: false, shown: String(cell) }
      : { ok: true, value: cell.toISOString().slice(0, 10) };
  }
  const text = readCellText({ cell });
  if (text === '') return { ok: true, value: null };
  if (isIsoDate(text)) return { ok: true, value: text };
  const datetime = isoDateTime.exec(text);
  if (datetime?.[1] && isIsoDate(datetime[1])) return { ok: true, value: datetime[1] };
  if (typeof cell === 'number' || numeric.test(text)) {
    const date = convertExcelSerial({ serial: Math.floor(Number(text)), dateSystem });
    if (date) return { ok: true, value: date.toISOString().slice(0, 10) };
  }
  return { ok: false, shown: text };
}

/**
 * A metadata timestamp (§7.3 `start`, `end`, `_submission_time`): ISO datetimes are kept as
 * written, except that `assumeUtc` turns one without an offset into UTC (`…Z`); Excel serials
 * and Date cells give the wall-clock time (with `Z` when `assumeUtc`). Undefined when invalid.
 */
export function parseTimestampCell({
  cell,
  dateSystem = 1900,
  assumeUtc = false,
}: {
  cell: KoboCell;
  dateSystem?: DateSystem;
  assumeUtc?: boolean;
}): ParsedCell<string | null> {
  const format = (date: Date) => (assumeUtc ? date.toISOString() : date.toISOString().slice(0, 19));
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime())
      ? { ok: false, shown: String(cell) }
      : { ok: true, value: format(cell) };
  const text = readCellText({ cell });
  if (text === '') return { ok: true, value: null };
  const datetime = isoDateTime.exec(text);
  if (datetime?.[1] && isIsoDate(datetime[1])) {
    const iso = text.replace(' ', 'T');
    if (!assumeUtc) return { ok: true, value: iso };
    const instant = new Date(datetime[6] ? iso : `${iso}Z`);
    return Number.isNaN(instant.getTime())
      ? { ok: false, shown: text }
      : { ok: true, value: instant.toISOString() };
  }
  if (isIsoDate(text)) return { ok: true, value: assumeUtc ? `${text}T00:00:00.000Z` : text };
  if (typeof cell === 'number' || numeric.test(text)) {
    const date = convertExcelSerial({ serial: Number(text), dateSystem });
    if (date) return { ok: true, value: format(date) };
  }
  return { ok: false, shown: text };
}
