import { makeActivity } from './activity.ts';
import { allocate } from './calendar.ts';
import { makeCase } from './case.ts';
import { generateCasework } from './casework/index.ts';
import { makeMeta } from './meta.ts';
import { activityDemand, caseDemand, resolvePlan, type DemoPlan, type MonthHubs } from './plan.ts';
import { Rng } from './prng.ts';
import type { DemoActivity, DemoCase, DemoData, DemoOptions } from './types.ts';
import { buildUsers } from './users.ts';
import { pickWeighted } from './weighted.ts';
import type { HubContext } from './hub-context.ts';

const CASE_STREAM = 1;
const ACTIVITY_STREAM = 2;

type Maker<T> = (rng: Rng, ctx: HubContext, date: string, id: number, recent: boolean) => T;

/** Yields `total` records in date order, spread over months, days and hubs by demand. */
function* spread<T>(
  plan: DemoPlan,
  demand: MonthHubs[],
  total: number,
  rng: Rng,
  firstId: number,
  make: Maker<T>,
): Generator<T, void, undefined> {
  const perMonth = allocate(
    total,
    demand.map((d) => d.demand),
  );
  let id = firstId;
  for (let i = 0; i < plan.months.length; i++) {
    const month = plan.months[i]!;
    const { table } = demand[i]!;
    if (!table || perMonth[i] === 0) continue;
    const perDay = allocate(perMonth[i]!, month.dayWeights);
    const recent = i >= plan.months.length - 2;
    for (let d = 0; d < month.dates.length; d++) {
      const date = month.dates[d]!;
      for (let k = 0; k < perDay[d]!; k++) {
        const ctx = pickWeighted(rng, table);
        yield make(rng, ctx, date, id++, recent);
      }
    }
  }
}

/**
 * Streams the case records of `generateDemo(options)` in date order, one at a time, so that
 * callers (imports, benchmarks) do not need to hold them all in memory.
 */
export function* iterateCases(options: DemoOptions = {}, plan: DemoPlan = resolvePlan(options)) {
  const rng = new Rng(plan.seed, CASE_STREAM);
  yield* spread<DemoCase>(plan, caseDemand(plan), plan.cases, rng, 1, (r, ctx, date, id, recent) =>
    makeCase(r, ctx, date, makeMeta(r, id, date, plan.today, recent)),
  );
}

/** Streams the activity records of `generateDemo(options)` in date order. */
export function* iterateActivities(
  options: DemoOptions = {},
  plan: DemoPlan = resolvePlan(options),
) {
  const rng = new Rng(plan.seed, ACTIVITY_STREAM);
  yield* spread<DemoActivity>(
    plan,
    activityDemand(plan),
    plan.activities,
    rng,
    plan.cases + 1,
    (r, ctx, date, id, recent) =>
      makeActivity(r, ctx, date, makeMeta(r, id, date, plan.today, recent)),
  );
}

/** Hubs, users and directory only (no records): cheap, for seeding reference data. */
export function generateReference(
  options: DemoOptions = {},
): Omit<DemoData, 'cases' | 'activities'> {
  const plan = resolvePlan(options);
  return { hubs: plan.hubs, users: buildUsers(plan.hubs), directory: plan.directory };
}

/** Generates the whole demo data set. Same options (and `today`) → identical output. */
export function generateDemo(options: DemoOptions = {}): DemoData {
  const plan = resolvePlan(options);
  const cases = [...iterateCases(options, plan)];
  return {
    hubs: plan.hubs,
    users: buildUsers(plan.hubs),
    cases,
    activities: [...iterateActivities(options, plan)],
    directory: plan.directory,
    ...(options.casework ? { casework: generateCasework(plan, cases) } : {}),
  };
}

/** The canonical record without the generator's `_meta`. */
export function toRecord<T extends { _meta: unknown }>(record: T): Omit<T, '_meta'> {
  const { _meta: _ignored, ...rest } = record;
  return rest;
}
