import { sql, type SQL } from 'drizzle-orm';
import type { RecordKind } from '@ventanilla/domain/monitoring/index';
import {
  countColumn,
  countedColumns,
  keySumColumn,
  summedColumns,
  summaryTables,
} from '../analytics/summary-sets.ts';
import { summariesEnabled } from '../analytics/summary-use.ts';
import type { FigureKey } from './figures.ts';

/**
 * The statements behind a report's Table 2 figures (figures.ts), from the monthly summaries or
 * from the records. Both read each figure from the same definition in summary-sets.ts (a counted
 * subset with its condition, or a summed estimate), so they count the same records and add the
 * same record keys (the cell key method then publishes both alike). Estimates are summed as
 * numeric and rounded once at the end, half away from zero, on both paths (a float8 sum rounds
 * ties to even and depends on the order it adds in).
 */

/** Where each figure is kept: a counted subset (`n_<name>`) or a summed estimate. */
const figureSources: Record<FigureKey, { kind: RecordKind; counted?: string; summed?: string }> = {
  cases: { kind: 'case', counted: '' },
  referrals: { kind: 'case', counted: 'referred' },
  vulnerableCases: { kind: 'case', counted: 'vuln_yes' },
  minorCases: { kind: 'case', counted: 'minor' },
  womenCases: { kind: 'case', counted: 'women' },
  inTransitCases: { kind: 'case', counted: 'in_transit' },
  activities: { kind: 'activity', counted: '' },
  peopleReached: { kind: 'activity', summed: 'people' },
  womenReached: { kind: 'activity', summed: 'women_reached' },
  minorsReached: { kind: 'activity', summed: 'minors_reached' },
  activitiesWithUnmetNeeds: { kind: 'activity', counted: 'unmet' },
};

export type FigureSource = 'summaries' | 'records';

const recordTables: Record<RecordKind, string> = { case: 'cases', activity: 'activities' };

/** A parenthesised list of values for `in`. */
const list = (values: readonly string[]) =>
  sql`(${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;

/** `<figure>` and `<figure>_ks` (its record-key sum) of one figure, on table alias r. */
function figureColumns(key: FigureKey, source: FigureSource): string {
  const { kind, counted, summed } = figureSources[key];
  if (summed !== undefined) {
    const column = summedColumns[kind].find((s) => s.name === summed)!.column;
    const total = source === 'summaries' ? `r.${summed}` : `r.${column}::numeric`;
    const keys = source === 'summaries' ? 'r.ks' : 'r.record_key';
    return `round(coalesce(sum(${total}), 0))::int as "${key}", coalesce(sum(${keys}), 0)::float8 as "${key}_ks"`;
  }
  if (source === 'summaries')
    return `coalesce(sum(r.${countColumn(counted!)}), 0)::int as "${key}", coalesce(sum(r.${keySumColumn(counted!)}), 0)::float8 as "${key}_ks"`;
  const condition = countedColumns[kind].find((c) => c.name === counted)!.condition;
  const filter = condition ? ` filter (where ${condition})` : '';
  return `(count(*)${filter})::int as "${key}", coalesce(sum(r.record_key)${filter}, 0)::float8 as "${key}_ks"`;
}

/** FROM and WHERE of a kind's rows of `hubs` × `months` (`dims`: the summary set, '' = totals). */
function scope(
  kind: RecordKind,
  source: FigureSource,
  hubs: readonly string[],
  months: readonly string[],
  dims = '',
): SQL {
  const inScope = sql`r.hub in ${list(hubs)} and r.month in ${list(months)}`;
  return source === 'summaries'
    ? sql`${sql.raw(summaryTables[kind])} r where r.dims = ${dims} and ${inScope}`
    : sql`${sql.raw(recordTables[kind])} r where ${inScope} and r.validation_status is distinct from 'not_approved'`;
}

/**
 * The three statements of the figures of `hubs` × `months`: case figures and activity figures
 * per hub and month, and each hub-month's five most frequent nationalities (count, then code).
 */
export function figureStatements({
  source = summariesEnabled() ? 'summaries' : 'records',
  hubs,
  months,
}: {
  /** The summaries unless ANALYTICS_SUMMARIES=off. */
  source?: FigureSource;
  hubs: readonly string[];
  months: readonly string[];
}): { cases: SQL; activities: SQL; nationalities: SQL } {
  const keysOf = (kind: RecordKind) =>
    (Object.keys(figureSources) as FigureKey[]).filter((k) => figureSources[k].kind === kind);
  const grouped = (kind: RecordKind) =>
    sql`select r.hub, r.month, ${sql.raw(
      keysOf(kind)
        .map((k) => figureColumns(k, source))
        .join(', '),
    )} from ${scope(kind, source, hubs, months)} group by r.hub, r.month`;
  const [code, count, keys, having] =
    source === 'summaries'
      ? ['r.k1', 'sum(r.n)', 'sum(r.ks)', sql` having sum(r.n) > 0`]
      : ['r.a1_nationality', 'count(*)', 'sum(r.record_key)', sql``];
  const nationalities = sql`select hub, month, code, value, ks from (
      select r.hub, r.month, ${sql.raw(code)} as code, ${sql.raw(count)}::int as value,
        coalesce(${sql.raw(keys)}, 0)::float8 as ks,
        row_number() over (partition by r.hub, r.month order by ${sql.raw(count)} desc, ${sql.raw(code)}) as rank
      from ${scope('case', source, hubs, months, 'NATIONALITY')}
      group by r.hub, r.month, ${sql.raw(code)}${having}) ranked
    where rank <= 5 order by hub, month, rank`;
  return { cases: grouped('case'), activities: grouped('activity'), nationalities };
}
