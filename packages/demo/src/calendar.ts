/** Month and day planning: which dates exist, and how many records fall on each. */

/** Relative demand by calendar month (January first): lower in December and January. */
export const SEASONALITY = [0.85, 0.9, 1, 0.93, 1.05, 1, 1.1, 1.15, 1.1, 1.05, 0.95, 0.75] as const;

/** Relative demand by weekday (Sunday first). Mobile hubs and weekend fairs keep weekends > 0. */
const WEEKDAY = [0.08, 1, 1, 1, 1, 0.95, 0.35] as const;

export interface MonthPlan {
  /** `YYYY-MM`. */
  month: string;
  /** Calendar month 1–12. */
  calendarMonth: number;
  /** Dates `YYYY-MM-DD` of the month that are not after today. */
  dates: string[];
  /** Weight of each date (same order as `dates`). */
  dayWeights: number[];
  /** Share of the month's days that are available (1 unless the month reaches today). */
  availability: number;
}

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Today's UTC date as `YYYY-MM-DD`. */
export function utcToday(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The month before the month of `today` (`YYYY-MM`). */
export function previousMonth(today: string): string {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** Plans `months` months ending with `endMonth`, dropping dates after `today`. */
export function planMonths(endMonth: string, months: number, today: string): MonthPlan[] {
  const match = MONTH_RE.exec(endMonth);
  if (!match) throw new RangeError(`endMonth must be YYYY-MM, got '${endMonth}'`);
  if (!DATE_RE.test(today)) throw new RangeError(`today must be YYYY-MM-DD, got '${today}'`);
  if (!Number.isInteger(months) || months < 1) throw new RangeError('months must be >= 1');
  const endIndex = Number(match[1]) * 12 + Number(match[2]) - 1;
  const plans: MonthPlan[] = [];
  for (let idx = endIndex - months + 1; idx <= endIndex; idx++) {
    const year = Math.floor(idx / 12);
    const m0 = idx % 12;
    const month = `${year}-${String(m0 + 1).padStart(2, '0')}`;
    if (month < '2015-01') throw new RangeError('records cannot be dated before 2015-01-01 (R8)');
    const length = new Date(Date.UTC(year, m0 + 1, 0)).getUTCDate();
    const dates: string[] = [];
    const dayWeights: number[] = [];
    for (let d = 1; d <= length; d++) {
      const date = `${month}-${String(d).padStart(2, '0')}`;
      if (date > today) break;
      dates.push(date);
      dayWeights.push(WEEKDAY[new Date(Date.UTC(year, m0, d)).getUTCDay()]!);
    }
    plans.push({
      month,
      calendarMonth: m0 + 1,
      dates,
      dayWeights,
      availability: dates.length / length,
    });
  }
  if (plans.every((p) => p.dates.length === 0)) {
    throw new RangeError('every month of the period is after today');
  }
  return plans;
}

/**
 * Splits `total` into integers proportional to `weights` (largest remainder; ties go to the
 * lower index). The result always sums to `total`.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map(Math.floor);
  let rest = total - counts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (rest <= 0) break;
    if ((weights[i] as number) <= 0) continue;
    counts[i]!++;
    rest--;
  }
  return counts;
}
