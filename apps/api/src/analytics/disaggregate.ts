import {
  measures,
  type DimensionCode,
  type MeasureCode,
} from '@ventanilla/domain/monitoring/index';
import type { Executor } from '../db/client.ts';
import { queryRows } from '../db/rows.ts';
import { publish, type Figure } from '../disclosure/figure.ts';
import type { Protection } from '../disclosure/protection.ts';
import { monthsBetween, type AnalyticsFilter } from './compile.ts';
import { compileAnalytics } from './compile-summaries.ts';

export { monthsBetween };

export type DisaggregationResult = {
  total: Figure;
  protection: Protection;
  cells: { keys: string[]; figure: Figure }[];
};

type Row = Record<string, unknown> & { v: number | string; ks: number | string };

/** Adds exactly: decimal sums as integer millionths (float error must not tip an x.5 total). */
const addMillionths = (values: number[]) =>
  values.reduce((sum, v) => sum + Math.round(v * 1e6), 0) / 1e6;

/**
 * Runs the table in SQL (fresh on every call: the summaries are kept exact by every write). Every value leaves as a Figure carrying its
 * record-key sum, so it is published (exact or perturbed) by disclosure/ alone. Cells published
 * as 0 are left out. Estimates are summed unrounded and rounded after summing (FORM.md 8.2).
 */
export async function runDisaggregation({
  db,
  measure,
  by,
  filter,
  protection,
}: {
  db: Executor;
  measure: MeasureCode;
  by: readonly DimensionCode[];
  filter: AnalyticsFilter;
  protection: Protection;
}): Promise<DisaggregationResult> {
  const kind = measures[measure].aggregate === 'sum' ? 'magnitude' : 'count';
  const figure = (value: number, keySum: number): Figure => ({ value, keySum, kind, protection });
  if (filter.hubCodes && filter.hubCodes.length === 0)
    return { total: figure(0, 0), protection, cells: [] };
  // The monthly summaries when they hold this table (same answers), the records otherwise.
  const compiled = compileAnalytics({ measure, by, filter });
  // Prepared statements, run concurrently: a hot statement is planned once per connection.
  const [rows, totalRows] = await Promise.all([
    queryRows<Row>(db, compiled.cells),
    compiled.total ? queryRows<Row>(db, compiled.total) : Promise.resolve(null),
  ]);
  // Without a total statement the cells partition the records: values and key sums add up.
  const total = totalRows
    ? figure(Number(totalRows[0]?.v ?? 0), Number(totalRows[0]?.ks ?? 0))
    : figure(
        addMillionths(rows.map((r) => Number(r.v))),
        rows.reduce((sum, r) => sum + Number(r.ks), 0),
      );
  if (by.length === 0) return { total, protection, cells: [] };
  const cells = rows
    .map((r) => ({
      keys: by.map((_, i) => String(r[`k${i}`])),
      figure: figure(Number(r.v), Number(r.ks)),
    }))
    .filter((c) => publish(c.figure) !== 0)
    .sort((a, b) => (a.keys.join('\u0000') < b.keys.join('\u0000') ? -1 : 1));
  return { total, protection, cells };
}
