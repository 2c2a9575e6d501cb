/**
 * The one strict reading of dates at the API's edge. JavaScript's Date accepts what PostgreSQL
 * refuses (2026-02-30 rolls over to March; year 0 and years past 9999 have no PostgreSQL
 * spelling), so every date is checked here before it reaches SQL.
 */

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for `YYYY-MM-DD` naming a real calendar day between `minYear` and `maxYear`. */
export function isCalendarDate(value: string, { minYear = 2000, maxYear = 2099 } = {}): boolean {
  const match = datePattern.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < minYear || year > maxYear) return false;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** `YYYY-MM` with a real month. */
export const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The months the API computes over: records start in 2015; a query past these is a mistake. */
export const monthRange = { first: '2000-01', last: '2099-12' } as const;

/** True for a `YYYY-MM` month within `monthRange`. */
export function isMonthInRange(month: string): boolean {
  return monthPattern.test(month) && month >= monthRange.first && month <= monthRange.last;
}

const dateTimePattern =
  /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/i;

/**
 * An ISO 8601 date (UTC midnight) or date-time (UTC unless it has a zone), naming a real day
 * and time in the years 1–9999 (UTC); otherwise null.
 */
export function parseDateTime(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const match = dateTimePattern.exec(value);
  if (!match || !isCalendarDate(match[1]!, { minYear: 1, maxYear: 9999 })) return null;
  const [hour, minute, second] = [match[2], match[3], match[4]].map((n) => Number(n ?? 0));
  if (hour! > 23 || minute! > 59 || second! > 59) return null;
  const date = new Date(
    match[2] === undefined ? `${match[1]}T00:00:00Z` : match[5] ? value : `${value}Z`,
  );
  const year = date.getUTCFullYear();
  // A zone offset can move year 1 or 9999 across the edge.
  return Number.isNaN(date.getTime()) || year < 1 || year > 9999 ? null : date;
}
