import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { queryRows } from '../db/rows.ts';

/**
 * Table 2 figures of a hub-month (hubs handbook §3.2, Table 2, 000:L1017-L1118): attended
 * cases, activities and people reached, and migration trends (nationalities, in transit).
 * Computed live in SQL; records marked not_approved are left out (FORM.md §8).
 */
export type Figures = {
  month: string;
  cases: number;
  referrals: number;
  vulnerableCases: number;
  minorCases: number;
  womenCases: number;
  inTransitCases: number;
  activities: number;
  peopleReached: number;
  womenReached: number;
  minorsReached: number;
  activitiesWithUnmetNeeds: number;
  topNationalities: { code: string; value: number }[];
};

/** The numeric figures, in display order (the snapshot and "what changed" use them). */
export const figureKeys = [
  'cases',
  'referrals',
  'vulnerableCases',
  'minorCases',
  'womenCases',
  'inTransitCases',
  'activities',
  'peopleReached',
  'womenReached',
  'minorsReached',
  'activitiesWithUnmetNeeds',
] as const;
export type FigureKey = (typeof figureKeys)[number];

export const emptyFigures = (month: string): Figures => ({
  month,
  cases: 0,
  referrals: 0,
  vulnerableCases: 0,
  minorCases: 0,
  womenCases: 0,
  inTransitCases: 0,
  activities: 0,
  peopleReached: 0,
  womenReached: 0,
  minorsReached: 0,
  activitiesWithUnmetNeeds: 0,
  topNationalities: [],
});

const approved = sql`validation_status is distinct from 'not_approved'`;
/** A parenthesised list of values for `in` (months or hub codes). */
const monthList = (months: readonly string[]) =>
  sql`(${sql.join(
    months.map((m) => sql`${m}`),
    sql`, `,
  )})`;

/** Figures of `hub` for each of `months` (three grouped queries, whatever the number of months). */
export async function loadFigures({
  db,
  hub,
  months,
}: {
  db: Executor;
  hub: string;
  months: readonly string[];
}): Promise<Map<string, Figures>> {
  const byHub = await loadFiguresOfHubs({ db, hubs: [hub], months });
  return byHub.get(hub)!;
}

/**
 * Figures of each of `hubs` for each of `months`, hub → month → figures: three grouped queries
 * whatever the number of hubs and months, so a list of reports costs what one report costs.
 */
export async function loadFiguresOfHubs({
  db,
  hubs,
  months,
}: {
  db: Executor;
  hubs: readonly string[];
  months: readonly string[];
}): Promise<Map<string, Map<string, Figures>>> {
  const out = new Map(hubs.map((h) => [h, new Map(months.map((m) => [m, emptyFigures(m)]))]));
  if (!months.length || !hubs.length) return out;
  const inMonths = monthList(months);
  const inHubs = monthList(hubs);
  const [caseRows, activityRows, nationalityRows] = await Promise.all([
    queryRows<Record<string, string | number>>(
      db,
      sql`select hub, month,
            count(*)::int as cases,
            (count(*) filter (where referred))::int as referrals,
            (count(*) filter (where a14_vulnerability = 'yes'))::int as "vulnerableCases",
            (count(*) filter (where is_minor))::int as "minorCases",
            (count(*) filter (where gender_group = 'women'))::int as "womenCases",
            (count(*) filter (where a2_residence = 'in_transit'))::int as "inTransitCases"
          from cases where hub in ${inHubs} and month in ${inMonths} and ${approved}
          group by hub, month`,
    ),
    queryRows<Record<string, string | number>>(
      db,
      sql`select hub, month,
            count(*)::int as activities,
            round(coalesce(sum(est_people), 0))::int as "peopleReached",
            round(coalesce(sum(est_women), 0))::int as "womenReached",
            round(coalesce(sum(est_minors), 0))::int as "minorsReached",
            (count(*) filter (where b8_unmet_needs = 'yes'))::int as "activitiesWithUnmetNeeds"
          from activities where hub in ${inHubs} and month in ${inMonths} and ${approved}
          group by hub, month`,
    ),
    queryRows<{ hub: string; month: string; code: string; value: number }>(
      db,
      sql`select hub, month, code, value from (
            select hub, month, a1_nationality as code, count(*)::int as value,
              row_number() over (partition by hub, month order by count(*) desc, a1_nationality) as rank
            from cases where hub in ${inHubs} and month in ${inMonths} and ${approved}
            group by hub, month, a1_nationality) ranked
          where rank <= 5 order by hub, month, rank`,
    ),
  ]);
  for (const row of [...caseRows, ...activityRows]) {
    const figures = out.get(String(row.hub))?.get(String(row.month));
    if (!figures) continue;
    for (const [key, value] of Object.entries(row))
      if (key !== 'month' && key !== 'hub')
        (figures as unknown as Record<string, number>)[key] = Number(value);
  }
  for (const row of nationalityRows)
    out
      .get(row.hub)
      ?.get(row.month)
      ?.topNationalities.push({ code: row.code, value: Number(row.value) });
  return out;
}

/** YYYY-MM `n` months before `month`. */
export function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 - n, 1));
  return d.toISOString().slice(0, 7);
}
