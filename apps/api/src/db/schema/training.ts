import {
  boolean,
  index,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './users.ts';

/**
 * One person's state of one training item (packages/domain/src/training). Items completed by
 * real work (first case, directory sectors…) are derived when progress is read, not stored.
 */
export const trainingProgress = pgTable(
  'training_progress',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    itemId: text('item_id').notNull(),
    status: text('status').$type<'in_progress' | 'signoff_requested' | 'completed'>().notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    /** e.g. an external course certificate reference. */
    evidence: text('evidence'),
    signoffRequestedAt: timestamp('signoff_requested_at', { withTimezone: true }),
    signedOffBy: uuid('signed_off_by').references(() => users.id, { onDelete: 'set null' }),
    signedOffAt: timestamp('signed_off_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('training_progress_user_item').on(t.userId, t.itemId),
    index('training_progress_status_idx').on(t.status),
  ],
);

/** Each graded attempt at a knowledge check. */
export const trainingAttempts = pgTable(
  'training_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    itemId: text('item_id').notNull(),
    score: real('score').notNull(),
    passed: boolean('passed').notNull(),
    answers: jsonb('answers').$type<Record<string, string[]>>().notNull(),
    /** Attempts before a coordinator's reset do not count towards the limit. */
    voided: boolean('voided').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('training_attempts_user_item_idx').on(t.userId, t.itemId)],
);
