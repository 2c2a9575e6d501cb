/** Calendar dates as YYYY-MM-DD strings, counted in whole days (no time zone involved). */

/** `date` moved by `days` (negative goes back). */
export function addDays({ date, days }: { date: string; days: number }): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`; negative when `to` comes first. */
export function countDays({ from, to }: { from: string; to: string }): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
