import { pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

/**
 * Idempotency keys of record writes (issue 9): a device that queued a record offline sends it
 * with a random key; a retry of the same key (an answer lost on a dropped connection) returns the
 * record stored the first time instead of storing it twice. Keys are per user, so a key never
 * reveals another person's record. The row is written in the record's own transaction.
 * Referral moves queued offline use the same table (kind `referral_move`, referrals/move-once.ts).
 */
export const recordClientKeys = pgTable(
  'record_client_keys',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    clientKey: text('client_key').notNull(),
    /** 'case' | 'activity' | 'referral_move' */
    kind: text('kind').notNull(),
    recordId: uuid('record_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.clientKey] })],
);
