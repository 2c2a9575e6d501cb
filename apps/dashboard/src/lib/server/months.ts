/** The month of `date` and the one before it, as "YYYY-MM" (UTC). */
export function getReportMonths({ date }: { date: Date }): { current: string; previous: string } {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth(); // 0-based
  const format = (y: number, m: number) => `${y}-${String(m + 1).padStart(2, '0')}`;
  return {
    current: format(year, month),
    previous: month === 0 ? format(year - 1, 11) : format(year, month - 1),
  };
}
