import { iterateActivities, iterateCases, resolvePlan } from '@ventanilla/demo';
import type { KoboSourceRecord } from '@ventanilla/api/testing';

/** `n` demo records (95 % cases, 5 % activities over 24 months) as KoBo source records. */
export async function* koboRecords(
  n: number,
  today: string,
  seed = 42,
): AsyncGenerator<KoboSourceRecord> {
  const options = {
    seed,
    cases: Math.round(n * 0.95),
    activities: n - Math.round(n * 0.95),
    months: 24,
    today,
  };
  const plan = resolvePlan(options);
  for (const c of iterateCases(options, plan)) yield c as unknown as KoboSourceRecord;
  for (const a of iterateActivities(options, plan)) yield a as unknown as KoboSourceRecord;
}
