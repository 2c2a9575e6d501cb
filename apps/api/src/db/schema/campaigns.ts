import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { CampaignDocument } from '@ventanilla/domain/strategy/index';
import { activities } from './activities.ts';
import { users } from './users.ts';

/**
 * A hub's communication campaign plan (hubs handbook Annex 4). The plan is one JSON document
 * (normalised by packages/domain/strategy); `version` grows by one on every write so that an
 * edit based on an older version is refused instead of overwriting someone else's work.
 */
export const campaigns = pgTable(
  'campaigns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hub: text('hub').notNull(),
    title: text('title').notNull(),
    version: integer('version').notNull().default(1),
    document: jsonb('document').$type<CampaignDocument>().notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('campaigns_hub_idx').on(t.hub, t.updatedAt)],
);

/**
 * Recorded activities linked to a campaign's planned activities, kept in step with the
 * document on every write, so reach is summed in SQL against the activities table.
 */
export const campaignActivityLinks = pgTable(
  'campaign_activity_links',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    plannedId: text('planned_id').notNull(),
    objectiveId: text('objective_id'),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.campaignId, t.plannedId, t.activityId] }),
    index('campaign_links_activity_idx').on(t.activityId),
  ],
);
