import { avgAgeBandList } from './options/avg-age-band.ts';
import { peopleReachedBandList } from './options/people-reached-band.ts';
import { getMonth } from './derive-case.ts';
import { toGroupingKey } from './grouping-key.ts';
import type { ActivityRecord } from './record.ts';

/** §8.2 estimates of an activity (unrounded; round only for display). */
export type ActivityDerived = {
  hub_country: string | null;
  month: string | null;
  est_people: number | null;
  est_women: number | null;
  est_minors: number | null;
  est_avg_age: number | null;
  /** Only for `training_workshop`; null otherwise. */
  est_pass_share: number | null;
  admin1_key: string | null;
  admin2_key: string | null;
};

type ActivityInput = ActivityRecord | { record: ActivityRecord; hubCountry?: string | null };

/** §8.2 activity estimates, from the band midpoints (§5.20, §5.21). */
export function deriveActivity(input: ActivityInput): ActivityDerived {
  const { record, hubCountry } =
    'record' in input && !('record_type' in input)
      ? input
      : { record: input as ActivityRecord, hubCountry: null };
  const mid =
    peopleReachedBandList.options.find((o) => o.code === record.b4_people_reached)?.midpoint ??
    null;
  const share = (pct: number | null) => (mid !== null && pct !== null ? (mid * pct) / 100 : null);
  const passed = record.b2_scored_above_70;
  return {
    hub_country: hubCountry ?? null,
    month: getMonth({ date: record.date }),
    est_people: mid,
    est_women: share(record.b5_pct_female),
    est_minors: share(record.b7_pct_under_18),
    est_avg_age: avgAgeBandList.options.find((o) => o.code === record.b6_avg_age)?.midpoint ?? null,
    est_pass_share:
      record.b2_activity_type === 'training_workshop' && mid !== null && passed !== null
        ? Math.min(1, passed / mid)
        : null,
    admin1_key: record.b1_admin1 ? toGroupingKey({ text: record.b1_admin1 }) : null,
    admin2_key: record.b1_admin2 ? toGroupingKey({ text: record.b1_admin2 }) : null,
  };
}

/** §8.2: the mean of `est_avg_age` across activities, weighted by `est_people`. */
export function computeWeightedAverageAge({
  activities,
}: {
  activities: readonly Pick<ActivityDerived, 'est_avg_age' | 'est_people'>[];
}): number | null {
  let weighted = 0;
  let people = 0;
  for (const { est_avg_age, est_people } of activities) {
    if (est_avg_age === null || est_people === null) continue;
    weighted += est_avg_age * est_people;
    people += est_people;
  }
  return people > 0 ? weighted / people : null;
}
