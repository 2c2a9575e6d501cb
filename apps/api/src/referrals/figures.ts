import { sql } from 'drizzle-orm';
import { TYPED_SECTOR } from '@ventanilla/domain/referrals/index';
import { recordFilterConditions, type AnalyticsFilter } from '../analytics/compile.ts';
import type { DisaggregationResult } from '../analytics/disaggregate.ts';
import type { Executor } from '../db/client.ts';
import { queryRows } from '../db/rows.ts';
import { countFigure, publish, type Figure } from '../disclosure/figure.ts';
import type { Protection } from '../disclosure/protection.ts';

/**
 * Issue 16 item 8's referral monitoring, as figures: every count carries the sum of its
 * referrals' record keys, so disclosure/ publishes it like any analytics cell.
 */
export type ReferralFiguresResult = {
  protection: Protection;
  byState: DisaggregationResult;
  /** Closed referrals by outcome. */
  byOutcome: DisaggregationResult;
  /** By the directory entry's sector, `typed` without one. */
  bySector: DisaggregationResult;
  /** Open referrals whose follow-up date is before `today`. */
  overdueFollowUps: Figure;
  /** Closed referrals that had been sent: the records `medianDays` summarises. */
  closedAfterSending: Figure;
  /** True median of days from sent to closed (released by disclosure/statistic.ts only). */
  medianDays: number | null;
};

type Row = {
  state: string | null;
  outcome: string | null;
  sector: string | null;
  g: number;
  v: number;
  ks: number;
  overdue_v: number;
  overdue_ks: number;
  timed_v: number;
  timed_ks: number;
  median: number | null;
};

/** grouping(state, outcome, sector) of each grouping set: a set bit is a column rolled up. */
const SETS = { state: 0b011, outcome: 0b101, sector: 0b110, all: 0b111 } as const;

/**
 * One statement, one pass: referrals of the filtered cases (approved, period by the case's month,
 * hubs, countries, hub type: the analytics filter on `cases r`), reached through
 * referrals_figures_idx, counted by state, outcome and sector with GROUPING SETS; the overdue
 * count, the timed count and the median in the grand total's row.
 */
function compileReferralFigures(filter: AnalyticsFilter, today: string) {
  const where = sql.join(recordFilterConditions(filter), sql` and `);
  return sql`with f as (
    select x.state, x.outcome, coalesce(d.sector, ${TYPED_SECTOR}) as sector, x.record_key,
      (x.state <> 'closed' and x.follow_up_on < ${today}::date) as overdue,
      case when x.state = 'closed' and x.sent_on is not null and x.closed_on is not null
        then x.closed_on - x.sent_on end as days
    from cases r
    join referrals x on x.case_id = r.id
    left join directory_entries d on d.id = x.directory_entry_id
    where ${where}
  )
  select state, outcome, sector, grouping(state, outcome, sector)::int as g,
    count(*)::float8 as v, coalesce(sum(record_key), 0)::float8 as ks,
    (count(*) filter (where overdue))::float8 as overdue_v,
    coalesce(sum(record_key) filter (where overdue), 0)::float8 as overdue_ks,
    count(days)::float8 as timed_v,
    coalesce(sum(record_key) filter (where days is not null), 0)::float8 as timed_ks,
    percentile_cont(0.5) within group (order by days) as median
  from f
  group by grouping sets ((state), (outcome), (sector), ())`;
}

/** Cells (published 0 left out, as `disaggregation` does) and their total, from grouped rows. */
function tableOf(
  rows: Row[],
  code: (row: Row) => string | null,
  protection: Protection,
): DisaggregationResult {
  const own = rows.filter((r) => code(r) != null);
  const total = countFigure(
    own.reduce((s, r) => s + Number(r.v), 0),
    own.reduce((s, r) => s + Number(r.ks), 0),
    protection,
  );
  const cells = own
    .map((r) => ({ keys: [code(r)!], figure: countFigure(Number(r.v), Number(r.ks), protection) }))
    .filter((c) => publish(c.figure) !== 0)
    .sort((a, b) => (a.keys[0]! < b.keys[0]! ? -1 : 1));
  return { total, protection, cells };
}

/** Runs the referral figures of a filter; `today` (YYYY-MM-DD) decides what is overdue. */
export async function runReferralFigures({
  db,
  filter,
  today,
  protection,
}: {
  db: Executor;
  filter: AnalyticsFilter;
  today: string;
  protection: Protection;
}): Promise<ReferralFiguresResult> {
  const rows =
    filter.hubCodes && filter.hubCodes.length === 0
      ? []
      : await queryRows<Row>(db, compileReferralFigures(filter, today));
  const set = (g: number) => rows.filter((r) => Number(r.g) === g);
  const all = set(SETS.all)[0];
  return {
    protection,
    byState: tableOf(set(SETS.state), (r) => r.state, protection),
    byOutcome: tableOf(set(SETS.outcome), (r) => r.outcome, protection),
    bySector: tableOf(set(SETS.sector), (r) => r.sector, protection),
    overdueFollowUps: countFigure(
      Number(all?.overdue_v ?? 0),
      Number(all?.overdue_ks ?? 0),
      protection,
    ),
    closedAfterSending: countFigure(
      Number(all?.timed_v ?? 0),
      Number(all?.timed_ks ?? 0),
      protection,
    ),
    medianDays: all?.median == null ? null : Number(all.median),
  };
}
