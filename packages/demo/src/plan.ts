import { SEASONALITY, planMonths, previousMonth, utcToday, type MonthPlan } from './calendar.ts';
import { buildHubDirectory } from './directory.ts';
import { buildHubContext, type HubContext } from './hub-context.ts';
import type { HubSpec } from './hub-specs.ts';
import { buildHubSpecs, toDemoHub } from './hubs.ts';
import type { DemoHub, DemoOptions, DirectoryEntry } from './types.ts';
import { weighted, type Weighted } from './weighted.ts';

/** Resolved options and everything precomputed before records are drawn. */
export interface DemoPlan {
  seed: number;
  cases: number;
  activities: number;
  months: MonthPlan[];
  today: string;
  endMonth: string;
  hubs: DemoHub[];
  directory: DirectoryEntry[];
  contexts: HubContext[];
}

/** Monthly growth of demand over the period (hubs become better known). */
const TREND = 0.012;

function isActive(spec: HubSpec, monthIndex: number, months: number): boolean {
  return spec.active || monthIndex < Math.ceil(months * 0.6);
}

export function resolvePlan(options: DemoOptions = {}): DemoPlan {
  const seed = options.seed ?? 1;
  const cases = options.cases ?? 20_000;
  if (!Number.isInteger(cases) || cases < 0) throw new RangeError('cases must be an integer >= 0');
  const today = options.today ?? utcToday();
  const endMonth = options.endMonth ?? previousMonth(today);
  const months = planMonths(endMonth, options.months ?? 24, today);
  const activities = options.activities ?? Math.round(cases / 20);
  if (!Number.isInteger(activities) || activities < 0) {
    throw new RangeError('activities must be an integer >= 0');
  }
  const specs = buildHubSpecs(options.hubs);
  const hubs = specs.map(toDemoHub);
  const directories = specs.map((s) => buildHubDirectory(s, seed));
  const contexts = specs.map((s, i) => buildHubContext(s, hubs[i]!, directories[i]!));
  return {
    seed,
    cases,
    activities,
    months,
    today,
    endMonth,
    hubs,
    directory: directories.flat(),
    contexts,
  };
}

/** Hub weights for one month and the month's total demand. */
export interface MonthHubs {
  table: Weighted<HubContext> | null;
  demand: number;
}

/** Case demand by hub for every month (volume, seasonality, harvest peaks, retirement). */
export function caseDemand(plan: DemoPlan): MonthHubs[] {
  return plan.months.map((m, i) => {
    const pairs = plan.contexts.map((c) => {
      const peak = c.spec.peakMonths.includes(m.calendarMonth) ? 1.3 : 1;
      const active = isActive(c.spec, i, plan.months.length) ? 1 : 0;
      return [c, c.spec.volume * SEASONALITY[m.calendarMonth - 1]! * peak * active] as const;
    });
    return monthHubs(pairs, m, i);
  });
}

/** Activity demand by hub: small hubs still run activities, mobile hubs run more. */
export function activityDemand(plan: DemoPlan): MonthHubs[] {
  return plan.months.map((m, i) => {
    const pairs = plan.contexts.map((c) => {
      const active = isActive(c.spec, i, plan.months.length) ? 1 : 0;
      const mobile = c.spec.type === 'mobile' ? 1.6 : 1;
      return [
        c,
        Math.sqrt(c.spec.volume) * mobile * SEASONALITY[m.calendarMonth - 1]! * active,
      ] as const;
    });
    return monthHubs(pairs, m, i);
  });
}

function monthHubs(pairs: (readonly [HubContext, number])[], m: MonthPlan, i: number): MonthHubs {
  const sum = pairs.reduce((a, [, w]) => a + w, 0);
  if (sum <= 0 || m.dates.length === 0) return { table: null, demand: 0 };
  return { table: weighted(pairs), demand: sum * (1 + TREND * i) * m.availability };
}
