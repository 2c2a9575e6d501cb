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

/**
 * Unique people and repeat visits (issue 16 items 4 and 8). A person is a person code of the
 * hub, or an attention without a code (each one counted as a person of its own): so unique
 * people never exceed attentions, and equal them where no codes are used. Attentions are counted
 * as FORM.md §8.1 counts them (cases of the period); a person counts in every period they came in.
 */
export type VisitFiguresResult = {
  attentions: Figure;
  uniquePeople: Figure;
  /** People with a code and two or more attentions in the period. */
  repeatPeople: Figure;
  /** People by their attentions in the period (keys 1, 2, 3, 4+). */
  byVisits: DisaggregationResult;
};

/** Buckets of `byVisits`, in order. */
export const visitBuckets = ['1', '2', '3', '4+'] as const;

type Row = {
  bucket: string | null;
  g: number;
  v: number;
  ks: number;
  repeat_v: number;
  repeat_ks: number;
  visits_v: number;
  visits_ks: number;
};

/** One statement on the records: every filtered case with its code, if any (ANALYTICS_SUMMARIES=off). */
function compileVisitFiguresFromRecords(filter: AnalyticsFilter) {
  const where = sql.join(recordFilterConditions(filter), sql` and `);
  return sql`with f as (
    select r.record_key, p.id as person, p.record_key as person_key
    from cases r
    left join case_context c on c.case_id = r.id
    left join person_codes p on p.id = c.person_code_id
    where ${where}
  ), people as (
    select min(person_key) as key, count(*) as visits, sum(record_key) as visit_keys
    from f where person is not null group by person
    union all
    select record_key, 1, record_key from f where person is null
  )
  select bucket, grouping(bucket)::int as g,
    count(*)::float8 as v, coalesce(sum(key), 0)::float8 as ks,
    (count(*) filter (where visits >= 2))::float8 as repeat_v,
    coalesce(sum(key) filter (where visits >= 2), 0)::float8 as repeat_ks,
    coalesce(sum(visits), 0)::float8 as visits_v, coalesce(sum(visit_keys), 0)::float8 as visits_ks
  from (select *, case when visits >= 4 then '4+' else visits::text end as bucket from people) p
  group by grouping sets ((bucket), ())`;
}

/**
 * One statement, from the summaries. The filtered cases that carry a code (case_context → cases, so the cost follows
 * coded cases, not the period's every case) give one row per person: their code's key, their
 * attentions and the sum of those attentions' keys. Every other case is a person of its own with
 * one attention and its own key: they are added as one row of `cnt` people, the filter's case
 * totals (from the summaries) less the coded cases. Then people by bucket and in total; each person
 * carries their code's record key, the same in every query; attentions carry the cases'.
 */
function compileVisitFiguresFromSummaries(filter: AnalyticsFilter) {
  const where = sql.join(recordFilterConditions(filter), sql` and `);
  return sql`with coded as (
    select r.record_key, p.id as person, p.record_key as person_key
    from case_context c
    join cases r on r.id = c.case_id
    join person_codes p on p.id = c.person_code_id
    where ${where}
  ), people as (
    select 1::float8 as cnt, min(person_key)::float8 as key, count(*)::float8 as visits,
      count(*)::float8 as attentions, sum(record_key)::float8 as visit_keys
    from coded group by person
    union all
    select t.n - c.n, t.ks - c.ks, 1, t.n - c.n, t.ks - c.ks
    from (${caseTotals(filter)}) t,
      (select count(*)::float8 as n, coalesce(sum(record_key), 0)::float8 as ks from coded) c
    where t.n > c.n
  )
  select bucket, grouping(bucket)::int as g,
    coalesce(sum(cnt), 0)::float8 as v, coalesce(sum(key), 0)::float8 as ks,
    coalesce(sum(cnt) filter (where visits >= 2), 0)::float8 as repeat_v,
    coalesce(sum(key) filter (where visits >= 2), 0)::float8 as repeat_ks,
    coalesce(sum(attentions), 0)::float8 as visits_v,
    coalesce(sum(visit_keys), 0)::float8 as visits_ks
  from (select *, case when visits >= 4 then '4+' else visits::text end as bucket from people) p
  group by grouping sets ((bucket), ())`;
}

/** Runs the visit figures of a filter. */
export async function runVisitFigures({
  db,
  filter,
  protection,
}: {
  db: Executor;
  filter: AnalyticsFilter;
  protection: Protection;
}): Promise<VisitFiguresResult> {
  const rows =
    filter.hubCodes && filter.hubCodes.length === 0
      ? []
      : await queryRows<Row>(
          db,
          summariesEnabled()
            ? compileVisitFiguresFromSummaries(filter)
            : compileVisitFiguresFromRecords(filter),
        );
  const all = rows.find((r) => Number(r.g) === 1);
  return {
    attentions: figureOfRow(all && { v: all.visits_v, ks: all.visits_ks }, protection),
    uniquePeople: figureOfRow(all, protection),
    repeatPeople: figureOfRow(all && { v: all.repeat_v, ks: all.repeat_ks }, protection),
    byVisits: tableOfRows(
      rows.filter((r) => Number(r.g) === 0),
      (r) => r.bucket,
      protection,
    ),
  };
}
