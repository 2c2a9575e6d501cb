import { sql, type SQL } from 'drizzle-orm';
import { CHECK_IN_OVERDUE_DAYS } from '@ventanilla/domain/mca/index';
import type { AnalyticsFilter } from '../analytics/compile.ts';
import type { Executor } from '../db/client.ts';
import { queryRows } from '../db/rows.ts';
import type { Figure } from '../disclosure/figure.ts';
import type { Protection } from '../disclosure/protection.ts';
import { figureOfRow } from './count-rows.ts';

/**
 * MCA check-in compliance (issue 16 items 6 and 8): of the hubs' advisors active on `asOf`, those
 * the hub checked in with in the CHECK_IN_OVERDUE_DAYS days before it (not overdue, Annex 5's
 * "every 8 to 10 days"). Both counts carry the advisors' record keys.
 */
export type CheckInFiguresResult = {
  asOf: string;
  activeMcas: Figure;
  seenMcas: Figure;
};

/** The last day of a YYYY-MM month. */
const lastDayOf = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y!, m!, 0)).toISOString().slice(0, 10);
};

/** The day compliance is measured on: the period's last day, or today while it is running. */
export function checkInAsOf({ to, today }: { to: string | null; today: string }): string {
  if (!to) return today;
  const end = lastDayOf(to);
  return end < today ? end : today;
}

/** The analytics filter's hubs, countries and hub type, on the advisor's hub. */
function hubConditions(filter: AnalyticsFilter): SQL[] {
  const parts: SQL[] = [];
  const list = (values: readonly string[]) =>
    sql.join(
      values.map((v) => sql`${v}`),
      sql`, `,
    );
  if (filter.hubCodes) parts.push(sql`m.hub in (${list(filter.hubCodes)})`);
  if (filter.countries) parts.push(sql`h.country in (${list(filter.countries)})`);
  if (filter.hubType) parts.push(sql`h.type = ${filter.hubType}`);
  return parts;
}

type Row = { v: number; ks: number; seen_v: number; seen_ks: number };

function compileCheckIns(filter: AnalyticsFilter, asOf: string) {
  const conditions = [
    sql`m.joined_on <= ${asOf}::date`,
    sql`(m.left_on is null or m.left_on > ${asOf}::date)`,
    ...hubConditions(filter),
  ];
  return sql`with a as (
    select m.record_key, exists (
      select 1 from mca_check_ins k
      where k.mca_id = m.id and k.on <= ${asOf}::date
        and k.on >= ${asOf}::date - ${CHECK_IN_OVERDUE_DAYS}::int
    ) as seen
    from mcas m join hubs h on h.code = m.hub
    where ${sql.join(conditions, sql` and `)}
  )
  select count(*)::float8 as v, coalesce(sum(record_key), 0)::float8 as ks,
    (count(*) filter (where seen))::float8 as seen_v,
    coalesce(sum(record_key) filter (where seen), 0)::float8 as seen_ks
  from a`;
}

/** Runs the check-in compliance of a filter on `today` (YYYY-MM-DD, the hub's working day). */
export async function runCheckInFigures({
  db,
  filter,
  today,
  protection,
}: {
  db: Executor;
  filter: AnalyticsFilter;
  today: string;
  protection: Protection;
}): Promise<CheckInFiguresResult> {
  const asOf = checkInAsOf({ to: filter.to, today });
  const [row] =
    filter.hubCodes && filter.hubCodes.length === 0
      ? []
      : await queryRows<Row>(db, compileCheckIns(filter, asOf));
  return {
    asOf,
    activeMcas: figureOfRow(row, protection),
    seenMcas: figureOfRow(row && { v: row.seen_v, ks: row.seen_ks }, protection),
  };
}
