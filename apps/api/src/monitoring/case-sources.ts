import { sql } from 'drizzle-orm';
import { caseTotals } from '../analytics/case-totals.ts';
import { recordFilterConditions, type AnalyticsFilter } from '../analytics/compile.ts';
import { summariesEnabled } from '../analytics/summary-use.ts';
import type { DisaggregationResult } from '../analytics/disaggregate.ts';
import type { Executor } from '../db/client.ts';
import { queryRows } from '../db/rows.ts';
import type { Figure } from '../disclosure/figure.ts';
import type { Protection } from '../disclosure/protection.ts';
import { figureOfRow, tableOfRows } from './count-rows.ts';

/** Cases whose source was never recorded (no case_context, or no source in it). */
export const SOURCE_NOT_RECORDED = 'not_recorded';

/**
 * Where the filtered cases' people came from (issue 16 items 5 and 8), counted on the cases'
 * record keys: the `mca` cell and `channelledByMca` are the same records, so the same value.
 */
export type CaseSourceFiguresResult = {
  bySource: DisaggregationResult;
  channelledByMca: Figure;
};

/** Cases channelled by one advisor: hub-staff detail (names are the roster's personal data). */
export type McaChannelledResult = { mcaId: string | null; name: string | null; cases: Figure };

type Row = { source: string; v: number; ks: number };

/** Every filtered case by its source, on the records (ANALYTICS_SUMMARIES=off). */
function compileSourcesFromRecords(filter: AnalyticsFilter) {
  const where = sql.join(recordFilterConditions(filter), sql` and `);
  return sql`select coalesce(c.source, ${SOURCE_NOT_RECORDED}) as source,
    count(*)::float8 as v, coalesce(sum(r.record_key), 0)::float8 as ks
  from cases r left join case_context c on c.case_id = r.id
  where ${where}
  group by 1`;
}

/**
 * Cases by recorded source, counted through case_context (so the cost follows the cases that
 * carry a context), and the rest of the filter's cases (the summaries' total less those) as not
 * recorded.
 */
function compileSourcesFromSummaries(filter: AnalyticsFilter) {
  const where = sql.join(recordFilterConditions(filter), sql` and `);
  return sql`with recorded as (
    select c.source, count(*)::float8 as v, coalesce(sum(r.record_key), 0)::float8 as ks
    from case_context c join cases r on r.id = c.case_id
    where ${where} and c.source is not null
    group by c.source
  )
  select source, v, ks from recorded
  union all
  select ${SOURCE_NOT_RECORDED}::text, t.n - s.v, t.ks - s.ks
  from (${caseTotals(filter)}) t,
    (select coalesce(sum(v), 0)::float8 as v, coalesce(sum(ks), 0)::float8 as ks from recorded) s
  where t.n > s.v`;
}

function compileByMca(filter: AnalyticsFilter) {
  const where = sql.join(recordFilterConditions(filter), sql` and `);
  return sql`select m.id as mca_id, m.name, count(*)::float8 as v,
    coalesce(sum(r.record_key), 0)::float8 as ks
  from cases r join case_context c on c.case_id = r.id
  left join mcas m on m.id = c.source_mca_id
  where ${where} and c.source = 'mca'
  group by m.id, m.name
  order by v desc, m.name`;
}

const noHubs = (filter: AnalyticsFilter) => !!filter.hubCodes && filter.hubCodes.length === 0;

/** Runs the case-source figures of a filter. */
export async function runCaseSourceFigures({
  db,
  filter,
  protection,
}: {
  db: Executor;
  filter: AnalyticsFilter;
  protection: Protection;
}): Promise<CaseSourceFiguresResult> {
  const rows = noHubs(filter)
    ? []
    : await queryRows<Row>(
        db,
        summariesEnabled()
          ? compileSourcesFromSummaries(filter)
          : compileSourcesFromRecords(filter),
      );
  return {
    bySource: tableOfRows(rows, (r) => r.source, protection),
    channelledByMca: figureOfRow(
      rows.find((r) => r.source === 'mca'),
      protection,
    ),
  };
}

/**
 * Cases by the advisor who channelled them; the caller must be cleared for the roster (hub staff,
 * whose filter only reaches their hubs). An advisor removed from the roster has a null id.
 */
export async function runCasesByMca({
  db,
  filter,
  protection,
}: {
  db: Executor;
  filter: AnalyticsFilter;
  protection: Protection;
}): Promise<McaChannelledResult[]> {
  if (noHubs(filter)) return [];
  const rows = await queryRows<Row & { mca_id: string | null; name: string | null }>(
    db,
    compileByMca(filter),
  );
  return rows.map((r) => ({ mcaId: r.mca_id, name: r.name, cases: figureOfRow(r, protection) }));
}
