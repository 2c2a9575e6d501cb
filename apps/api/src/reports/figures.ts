import type { Executor } from '../db/client.ts';
import { queryRows } from '../db/rows.ts';
import { figureStatements, type FigureSource } from './figure-sql.ts';

/**
 * Table 2 figures of a hub-month (hubs handbook §3.2, Table 2, 000:L1017-L1118): attended
 * cases, activities and people reached, and migration trends (nationalities, in transit).
 * Computed live in SQL (from the monthly summaries, kept exact with every write, or the
 * records); records marked not_approved are left out (FORM.md §8).
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
  topNationalities: { code: string; value: number; keySum: number }[];
  /** The record-key sum behind each figure, for the cell key method (disclosure/). */
  keySums: Record<FigureKey, number>;
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
  keySums: Object.fromEntries(figureKeys.map((k) => [k, 0])) as Record<FigureKey, number>,
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

/** Figures of `hub` for each of `months` (three grouped queries, whatever the number of months). */
export async function loadFigures({
  db,
  hub,
  months,
  source,
}: {
  db: Executor;
  hub: string;
  months: readonly string[];
  source?: FigureSource;
}): Promise<Map<string, Figures>> {
  const byHub = await loadFiguresOfHubs({ db, hubs: [hub], months, source });
  return byHub.get(hub)!;
}

/**
 * Figures of each of `hubs` for each of `months`, hub → month → figures: three grouped queries
 * whatever the number of hubs and months, so a list of reports costs what one report costs.
 * Read from the monthly summaries (a few rows per hub-month, however many records it has)
 * unless `source` or ANALYTICS_SUMMARIES=off asks for the records; the answers are the same.
 */
export async function loadFiguresOfHubs({
  db,
  hubs,
  months,
  source,
}: {
  db: Executor;
  hubs: readonly string[];
  months: readonly string[];
  source?: FigureSource;
}): Promise<Map<string, Map<string, Figures>>> {
  const out = new Map(hubs.map((h) => [h, new Map(months.map((m) => [m, emptyFigures(m)]))]));
  if (!months.length || !hubs.length) return out;
  // Each figure with the sum of its records' keys (`<figure>_ks`), for disclosure/.
  const statements = figureStatements({ source, hubs, months });
  const [caseRows, activityRows, nationalityRows] = await Promise.all([
    queryRows<Record<string, string | number>>(db, statements.cases),
    queryRows<Record<string, string | number>>(db, statements.activities),
    queryRows<{ hub: string; month: string; code: string; value: number; ks: number }>(
      db,
      statements.nationalities,
    ),
  ]);
  for (const row of [...caseRows, ...activityRows]) {
    const figures = out.get(String(row.hub))?.get(String(row.month));
    if (!figures) continue;
    for (const key of figureKeys) {
      if (!(key in row)) continue;
      figures[key] = Number(row[key]);
      figures.keySums[key] = Number(row[`${key}_ks`]);
    }
  }
  for (const row of nationalityRows)
    out
      .get(row.hub)
      ?.get(row.month)
      ?.topNationalities.push({ code: row.code, value: Number(row.value), keySum: Number(row.ks) });
  return out;
}

/** YYYY-MM `n` months before `month`. */
export function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 - n, 1));
  return d.toISOString().slice(0, 7);
}
