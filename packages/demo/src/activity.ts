import {
  ACTIVITY_TOPICS,
  PEOPLE_REACHED_BANDS,
  type ActivityTopic,
  type ActivityType,
  type AvgAgeBand,
  type PeopleReachedBand,
} from './codes.ts';
import {
  ACTIVITY_PLACES,
  AUDIENCES,
  FOLLOW_UP_TEXTS,
  OTHER_ACTIVITY_TEXTS,
  OTHER_TOPIC_TEXTS,
  TOPIC_PHRASES,
  TYPE_PHRASES,
  UNMET_NEEDS_TEXTS,
} from './activity-texts.ts';
import type { HubContext } from './hub-context.ts';
import type { Rng } from './prng.ts';
import type { DemoActivityRecord, DemoMeta } from './types.ts';
import { pickWeighted, weightedRecord, type Weighted } from './weighted.ts';

export const ACTIVITY_TYPE_MIX = weightedRecord<ActivityType>({
  information_day: 25,
  information_booth: 8,
  information_festival: 4,
  training_workshop: 18,
  school_activity: 14,
  community_advisors: 8,
  information_campaign: 5,
  media_appearance: 5,
  digital_session: 6,
  job_fair: 3,
  other: 3,
});

const TOPICS_BY_TYPE: Record<ActivityType, Weighted<ActivityTopic>> = {
  information_day: weightedRecord({
    hub_services: 5,
    migration_procedures: 5,
    safe_regular_migration: 4,
    migrant_rights: 3,
    access_to_services: 3,
    international_protection: 2,
    iom_tools: 2,
  }),
  information_booth: weightedRecord({
    hub_services: 5,
    iom_tools: 3,
    safe_regular_migration: 3,
    migration_procedures: 3,
  }),
  information_festival: weightedRecord({
    inclusion_diversity: 5,
    migrant_rights: 3,
    hub_services: 3,
    safe_regular_migration: 2,
  }),
  training_workshop: weightedRecord({
    trafficking_prevention: 4,
    smuggling_prevention: 2,
    labour_rights_recruitment: 4,
    migrant_rights: 3,
    international_protection: 3,
    migration_procedures: 2,
    access_to_services: 2,
    other: 0.5,
  }),
  school_activity: weightedRecord({
    irregular_migration_risks: 5,
    trafficking_prevention: 4,
    inclusion_diversity: 4,
    migrant_rights: 2,
    safe_regular_migration: 2,
  }),
  community_advisors: weightedRecord({
    hub_services: 3,
    migration_procedures: 3,
    family_location: 2,
    return_reintegration: 2,
    access_to_services: 2,
  }),
  information_campaign: weightedRecord({
    irregular_migration_risks: 4,
    trafficking_prevention: 3,
    smuggling_prevention: 3,
    safe_regular_migration: 3,
    iom_tools: 2,
  }),
  media_appearance: weightedRecord({
    hub_services: 4,
    safe_regular_migration: 3,
    irregular_migration_risks: 3,
    migrant_rights: 2,
  }),
  digital_session: weightedRecord({
    migration_procedures: 4,
    iom_tools: 3,
    international_protection: 2,
    opportunities: 2,
  }),
  job_fair: weightedRecord({
    opportunities: 5,
    labour_rights_recruitment: 4,
    migration_procedures: 1,
  }),
  other: weightedRecord({ hub_services: 3, access_to_services: 3, migrant_rights: 2, other: 1 }),
};

/** Band index ranges (into PEOPLE_REACHED_BANDS) by activity type. */
const BAND_RANGE: Record<ActivityType, readonly [number, number]> = {
  information_day: [2, 4],
  information_booth: [3, 5],
  information_festival: [5, 7],
  training_workshop: [0, 3],
  school_activity: [2, 4],
  community_advisors: [0, 2],
  information_campaign: [6, 9],
  media_appearance: [7, 9],
  digital_session: [1, 4],
  job_fair: [4, 6],
  other: [1, 3],
};

const ADULT_AGES = weightedRecord<AvgAgeBand>({
  avg_18_24: 2,
  avg_25_34: 5,
  avg_35_44: 3,
  avg_45_59: 1,
});
const TOPIC_ORDER = new Map<string, number>(ACTIVITY_TOPICS.map((c, i) => [c, i]));

function pct(rng: Rng, lo: number, hi: number): number {
  return rng.range(lo / 10, hi / 10) * 10;
}

/** Age profile: school activities are for minors, the rest mostly adults (B.6, B.7; R43, R44). */
function ages(rng: Rng, type: ActivityType): { avg: AvgAgeBand; under18: number } {
  if (type === 'school_activity') {
    return rng.chance(0.3)
      ? { avg: 'avg_under_12', under18: pct(rng, 80, 100) }
      : { avg: 'avg_12_17', under18: pct(rng, 70, 100) };
  }
  if (type === 'information_festival') {
    return { avg: rng.chance(0.5) ? 'avg_18_24' : 'avg_25_34', under18: pct(rng, 20, 50) };
  }
  const avg = pickWeighted(rng, ADULT_AGES);
  return { avg, under18: avg === 'avg_18_24' ? pct(rng, 0, 40) : pct(rng, 0, 20) };
}

function audience(rng: Rng, type: ActivityType, avg: AvgAgeBand): string {
  if (type === 'school_activity') {
    return avg === 'avg_under_12' ? 'estudiantes de primaria' : 'estudiantes de secundaria';
  }
  return rng.pick(AUDIENCES[type]);
}

/** Builds one canonical activity record at the hub of `ctx` on `date`. */
export function makeActivity(
  rng: Rng,
  ctx: HubContext,
  date: string,
  meta: DemoMeta,
): DemoActivityRecord & { _meta: DemoMeta } {
  const { spec } = ctx;
  const type = pickWeighted(rng, ACTIVITY_TYPE_MIX);
  const topics = new Set<ActivityTopic>();
  const n = rng.range(1, 3);
  for (let i = 0; i < 6 && topics.size < n; i++)
    topics.add(pickWeighted(rng, TOPICS_BY_TYPE[type]));
  const topicList = [...topics].sort((a, b) => TOPIC_ORDER.get(a)! - TOPIC_ORDER.get(b)!);

  const otherParts: string[] = [];
  if (type === 'other') otherParts.push(rng.pick(OTHER_ACTIVITY_TEXTS));
  if (topics.has('other')) otherParts.push(rng.pick(OTHER_TOPIC_TEXTS));

  const [lo, hi] = BAND_RANGE[type];
  const band = PEOPLE_REACHED_BANDS[rng.range(lo, hi)]!;
  let scored: number | null = null;
  if (type === 'training_workshop') {
    const upper = band.upper ?? band.lower * 2;
    const participants = rng.range(band.lower, upper);
    scored = Math.min(upper, Math.round(participants * (0.4 + rng.next() * 0.55)));
  }

  const { avg, under18 } = ages(rng, type);
  const [admin1, admin2] = pickWeighted(rng, ctx.places);
  const places = ACTIVITY_PLACES[type];
  const community = places && rng.chance(0.6) ? `${rng.pick(places)} de ${admin2}` : null;
  const shownTopics = topicList.filter((t) => t !== 'other').map((t) => TOPIC_PHRASES[t]);
  const about = shownTopics.length > 0 ? shownTopics.join(', ') : TOPIC_PHRASES.other;
  const summary = `${TYPE_PHRASES[type]} sobre ${about} con ${audience(rng, type, avg)} en ${community ?? admin2}.`;
  const unmet = rng.chance(0.35);

  return {
    record_type: 'activity',
    date,
    hub: spec.code,
    hub_other: null,
    hub_type: spec.type === 'mobile' || rng.chance(0.4) ? 'mobile' : 'permanent',
    officer_id: pickWeighted(rng, ctx.officers),
    b1_country: spec.country,
    b1_admin1: admin1,
    b1_admin2: admin2,
    b1_community: community,
    b2_activity_type: type,
    b2_topics: topicList,
    b2_other: otherParts.length > 0 ? otherParts.join('; ') : null,
    b2_scored_above_70: scored,
    b3_summary: summary,
    b4_people_reached: band.code as PeopleReachedBand,
    b5_pct_female: type === 'job_fair' ? pct(rng, 30, 60) : pct(rng, 30, 80),
    b6_avg_age: avg,
    b7_pct_under_18: under18,
    b8_unmet_needs: unmet ? 'yes' : 'no',
    b8_unmet_needs_text: unmet ? rng.pick(UNMET_NEEDS_TEXTS) : null,
    b9_follow_up: rng.chance(0.6) ? rng.pick(FOLLOW_UP_TEXTS) : null,
    _meta: meta,
  };
}
