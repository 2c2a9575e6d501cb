import { inArray, sql } from 'drizzle-orm';
import {
  dimensions,
  measures,
  suppressCells,
  type DimensionCode,
  type MeasureCode,
} from '@ventanilla/domain/monitoring/index';
import { listCodes, optionLists } from '@ventanilla/domain';
import type { Executor } from '../db/client.ts';
import { queryRows, queryRowsPrepared } from '../db/rows.ts';
import { hubs } from '../db/schema/index.ts';
import { compileDisaggregation, monthsBetween, type AnalyticsFilter } from './compile.ts';

export { monthsBetween };

export type DisaggregationResult = {
  total: number;
  threshold: number | null;
  suppressedCells: number;
  cells: { keys: string[]; value: number | null; suppressed: boolean }[];
};

type Row = Record<string, unknown> & { v: number | string };

/**
 * Every key a dimension can take under the filter: zero complements must come from here, or
 * a viewer who knows the filter would know they are zeros.
 */
async function loadKeyDomains(
  db: Executor,
  measure: MeasureCode,
  by: readonly DimensionCode[],
  filter: AnalyticsFilter,
  cellKeys: string[][],
): Promise<string[][]> {
  const needHubs = by.some((d) => d === 'HUB' || d === 'COUNTRY');
  const hubRows = needHubs
    ? (
        await (filter.hubCodes
          ? db
              .select({ code: hubs.code, country: hubs.country })
              .from(hubs)
              .where(inArray(hubs.code, filter.hubCodes))
          : db.select({ code: hubs.code, country: hubs.country }).from(hubs))
      ).filter((h) => !filter.countries || filter.countries.includes(h.country))
    : [];
  // Without from/to, any month with data anywhere is a possible key (not only those seen here).
  const period =
    by.includes('MONTH') && (!filter.from || !filter.to)
      ? (
          await queryRows<{ lo: string | null; hi: string | null }>(
            db,
            sql.raw(
              `select min(month) as lo, max(month) as hi from ${measures[measure].kind === 'case' ? 'cases' : 'activities'}`,
            ),
          )
        )[0]
      : undefined;
  return by.map((dim, i) => {
    switch (dim) {
      case 'MONTH': {
        const seen = cellKeys.map((k) => k[i]!).sort();
        const from = filter.from ?? period?.lo ?? seen[0];
        const to = filter.to ?? period?.hi ?? seen[seen.length - 1];
        return from && to ? monthsBetween(from, to) : [];
      }
      case 'HUB':
        return hubRows.map((h) => h.code).sort();
      case 'COUNTRY':
        return [...new Set(hubRows.map((h) => h.country))].sort();
      case 'HUB_TYPE':
        return filter.hubType ? [filter.hubType] : ['permanent', 'mobile'];
      default: {
        const list = dimensions[dim].list;
        return list ? listCodes({ list: optionLists[list] }) : [];
      }
    }
  });
}

/**
 * Runs the table in SQL (fresh on every call) and applies suppression when `k` is given.
 * Estimates are summed unrounded and rounded after summing (FORM.md 8.2).
 */
export async function runDisaggregation({
  db,
  measure,
  by,
  filter,
  k,
}: {
  db: Executor;
  measure: MeasureCode;
  by: readonly DimensionCode[];
  filter: AnalyticsFilter;
  /** Suppression threshold, or null when the caller is cleared / revealed. */
  k: number | null;
}): Promise<DisaggregationResult> {
  if (filter.hubCodes && filter.hubCodes.length === 0)
    return { total: 0, threshold: k, suppressedCells: 0, cells: [] };
  const compiled = compileDisaggregation({ measure, by, filter });
  // Prepared statements, run concurrently: a hot statement is planned once per connection.
  const [rows, totalRows] = await Promise.all([
    queryRowsPrepared<Row>(db, compiled.cells),
    compiled.total ? queryRowsPrepared<Row>(db, compiled.total) : Promise.resolve(null),
  ]);
  const round = measures[measure].aggregate === 'sum' ? Math.round : (x: number) => x;
  // Without a total statement, the cells add up to the total: in millionths, as integers, so
  // float error cannot tip a total of exactly x.5 (2425.25 + 664.95 + … ≠ its decimal sum).
  const rawTotal = totalRows
    ? Number(totalRows[0]?.v ?? 0)
    : rows.reduce((sum, r) => sum + Math.round(Number(r.v) * 1e6), 0) / 1e6;
  const total = round(rawTotal);
  if (by.length === 0) return { total, threshold: k, suppressedCells: 0, cells: [] };
  const table = rows
    .map((r) => ({ keys: by.map((_, i) => String(r[`k${i}`])), value: round(Number(r.v)) }))
    .filter((c) => c.value !== 0)
    .sort((a, b) => (a.keys.join('\u0000') < b.keys.join('\u0000') ? -1 : 1));
  if (k === null)
    return {
      total,
      threshold: null,
      suppressedCells: 0,
      cells: table.map((c) => ({ ...c, suppressed: false })),
    };
  const codes = await loadKeyDomains(
    db,
    measure,
    by,
    filter,
    table.map((c) => c.keys),
  );
  const result = suppressCells({
    cells: table,
    singleValued: by.map((d) => !dimensions[d].multiValued),
    k,
    codes,
  });
  return {
    total,
    threshold: k,
    suppressedCells: result.suppressedCount,
    cells: result.cells.map((c) => ({
      keys: c.keys,
      value: c.suppressed ? null : c.value,
      suppressed: c.suppressed,
    })),
  };
}
