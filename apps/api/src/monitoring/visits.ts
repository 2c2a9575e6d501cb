import { sql } from 'drizzle-orm';
import { recordFilterConditions, type AnalyticsFilter } from '../analytics/compile.ts';
import type { DisaggregationResult } from '../analytics/disaggregate.ts';
import type { Executor } from '../db/client.ts';
import { queryRowsPrepared } from '../db/rows.ts';
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

/**
 * One statement: the filtered cases with their code (case_context, person_codes), one row per
 * person (a code's key, or the uncoded case's own key), then people by bucket and in total. Each
 * person carries their code's record key, the same in every query; attentions carry the cases'.
 */
function compileVisitFigures(filter: AnalyticsFilter) {
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
      : await queryRowsPrepared<Row>(db, compileVisitFigures(filter));
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
