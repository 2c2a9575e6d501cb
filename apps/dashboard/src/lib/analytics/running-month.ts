/**
 * The month still running in a time series: its figures stop at today, so drawn like the others
 * it reads as a collapse. Its row says so in tables and downloads ("dic 2026 (en curso)"), the
 * chart draws it apart (see Chart.svelte) and a note explains why.
 */
import type { Lang } from '@ventanilla/ui';
import { formatMonthLabel } from './month-label.ts';
import { analyticsT } from './translate.ts';
import type { ChartTable } from './types.ts';

/** `table` with the row of `runningMonth` marked partial; other tables unchanged. */
export function markRunningMonth<T extends Pick<ChartTable, 'kind' | 'rows' | 'notes'>>({
  table,
  runningMonth,
  lang,
}: {
  table: T;
  runningMonth: string | null;
  lang: Lang;
}): T {
  if (table.kind !== 'line' || !runningMonth) return table;
  if (!table.rows.some((row) => row.code === runningMonth)) return table;
  const t = analyticsT(lang);
  return {
    ...table,
    rows: table.rows.map((row) =>
      row.code === runningMonth
        ? {
            ...row,
            partial: true,
            axisLabel: row.label,
            label: t('an.running.label', { month: row.label }),
          }
        : row,
    ),
    notes: [
      t('an.running.note', { month: formatMonthLabel({ month: runningMonth, lang }) }),
      ...table.notes,
    ],
  };
}
