import { sql } from 'drizzle-orm';
import { index, integer, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The link of a hub's feedback questionnaire: whoever holds the token may answer for that hub,
 * without an account. Staff draw a new token when a link has gone too far.
 */
export const feedbackLinks = pgTable('feedback_links', {
  hub: text('hub').primaryKey(),
  token: text('token').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One anonymous answer to the questionnaire (packages/domain feedback). Only the hub and the
 * month: no time, no case, no device, so no answer can be tied back to an attention.
 */
export const feedbackResponses = pgTable(
  'feedback_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hub: text('hub').notNull(),
    month: text('month').notNull(),
    satisfaction: smallint('satisfaction'),
    clearInformation: text('clear_information'),
    respectful: text('respectful'),
    waiting: text('waiting'),
    recommend: text('recommend'),
    /** The cell key method's record key, as on cases (docs/data-protection.md). */
    recordKey: integer('record_key')
      .notNull()
      .default(sql`floor(random() * 1048576)::int`),
  },
  (t) => [index('feedback_responses_month_hub_idx').on(t.month, t.hub)],
);
