import { sql, type SQL } from 'drizzle-orm';
import {
  dimensions,
  measures,
  type DimensionCode,
  type MeasureCode,
} from '@ventanilla/domain/monitoring/index';
import { compileDisaggregation, scopeConditions, type AnalyticsFilter } from './compile.ts';
import {
  baseColumns,
  coveringSet,
  setName,
  summaryMeasures,
  summaryTables,
} from './summary-sets.ts';
import { summariesEnabled } from './summary-use.ts';

type Query = { measure: MeasureCode; by: readonly DimensionCode[]; filter: AnalyticsFilter };

/**
 * The statements of an analytics table as the API runs them: from the monthly summaries when
 * they hold it (and ANALYTICS_SUMMARIES is not off), from the records otherwise.
 */
export function compileAnalytics(query: Query): { cells: SQL; total: SQL | null } {
  return (summariesEnabled() && compileFromSummaries(query)) || compileDisaggregation(query);
}

/**
 * `compileDisaggregation` answered from the monthly summaries, or null when they cannot answer
 * (a dimension set that is not kept): the caller then runs the record query. Same output
 * columns (k0..kn, v, ks) and the same values: a cell is the sum of its summary rows, with
 * the record-key sum of the same records, so disclosure/ publishes it identically. Only cells
 * with records are returned (`having`), as the record query groups only existing records.
 */
export function compileFromSummaries({
  measure,
  by,
  filter,
}: Query): { cells: SQL; total: SQL | null } | null {
  const kind = measures[measure].kind;
  const set = coveringSet(kind, by);
  if (!set) return null;
  const m = summaryMeasures[measure];
  // Alias r: the filter conditions are the record query's own, on the same column names.
  const from = sql.raw(`${summaryTables[kind]} r`);
  const where = (dims: readonly DimensionCode[]) =>
    sql.join([sql`r.dims = ${setName(dims)}`, ...scopeConditions(filter)], sql` and `);
  const value = sql.raw(
    m.summed
      ? `round(coalesce(sum(r.${m.value}), 0), 6)::float8`
      : `coalesce(sum(r.${m.value}), 0)::float8`,
  );
  const keySum = sql.raw(`coalesce(sum(r.${m.keySum}), 0)::float8`);
  const keys = by.map((dim, i) => {
    const column = baseColumns[dim] ?? `k${set.indexOf(dim) + 1}`;
    return sql.raw(`r.${column} as k${i}`);
  });
  const select = sql.join([...keys, sql`${value} as v`, sql`${keySum} as ks`], sql`, `);
  const grouped = by.length
    ? sql` group by ${sql.raw(by.map((_, i) => i + 1).join(', '))} having sum(r.${sql.raw(m.count)}) > 0`
    : sql``;
  const cells = sql`select ${select} from ${from} where ${where(set)}${grouped}`;
  const multi = by.some((dim) => dimensions[dim].multiValued);
  const total = multi
    ? sql`select ${value} as v, ${keySum} as ks from ${from} where ${where([])}`
    : null;
  return { cells, total };
}
