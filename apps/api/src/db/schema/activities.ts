import {
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { recordMetaColumns, registrationColumns } from './provenance.ts';

/** One row per activity (FORM.md §4). Form fields keep their field names as column names. */
export const activities = pgTable(
  'activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...registrationColumns(),
    b1_country: text('b1_country').notNull(),
    b1_admin1: text('b1_admin1').notNull(),
    b1_admin2: text('b1_admin2').notNull(),
    b1_community: text('b1_community'),
    b2_activity_type: text('b2_activity_type').notNull(),
    b2_topics: text('b2_topics').array().notNull().default([]),
    b2_other: text('b2_other'),
    b2_scored_above_70: integer('b2_scored_above_70'),
    b3_summary: text('b3_summary').notNull(),
    b4_people_reached: text('b4_people_reached').notNull(),
    b5_pct_female: integer('b5_pct_female').notNull(),
    b6_avg_age: text('b6_avg_age').notNull(),
    b7_pct_under_18: integer('b7_pct_under_18').notNull(),
    b8_unmet_needs: text('b8_unmet_needs').notNull(),
    b8_unmet_needs_text: text('b8_unmet_needs_text'),
    b9_follow_up: text('b9_follow_up'),
    // Derived estimates (FORM.md §8.2), stored unrounded.
    estPeople: doublePrecision('est_people'),
    estWomen: doublePrecision('est_women'),
    estMinors: doublePrecision('est_minors'),
    estAvgAge: doublePrecision('est_avg_age'),
    estPassShare: doublePrecision('est_pass_share'),
    ...recordMetaColumns(),
  },
  (t) => [
    index('activities_hub_month_idx').on(t.hub, t.month),
    index('activities_month_idx').on(t.month),
    index('activities_date_idx').on(t.date),
    // A hub's list, newest first (records/list.ts): the first page without sorting the hub.
    index('activities_hub_recent_idx').on(t.hub, t.date, t.createdAt, t.id),
    index('activities_validation_idx').on(t.validationStatus),
    index('activities_source_uuid_idx').on(t.sourceUuid),
    index('activities_source_root_idx').on(t.sourceRootUuid),
    // fastupdate off: see cases_source_seen_idx.
    index('activities_source_seen_idx').using('gin', t.sourceUuidsSeen).with({ fastupdate: false }),
    index('activities_source_id_idx').on(t.sourceId, t.sourceFormId),
  ],
);

export const activityTopics = pgTable(
  'activity_topics',
  {
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    topic: text('topic').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.activityId, t.topic] }),
    index('activity_topics_topic_idx').on(t.topic),
  ],
);
