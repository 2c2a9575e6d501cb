import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.ts';
import { directoryEntries } from './directory.ts';
import { users } from './users.ts';

/**
 * A referral followed to an outcome (packages/domain referrals), with Annex 1 section 5's
 * "registration of actions taken" (000:L1589-L1645): the person's situation, the assistance
 * given and the reference instance. Kept apart from `cases` because it is the most sensitive data
 * in the system: only the hub's own staff read it, and retention clears its free text with its
 * case's personal data.
 */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hub: text('hub').notNull(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** The A.11 action it records (`referred_*`), when it comes from one. */
    action: text('action'),
    /** Annex 1's concluded profile it answers (section 5's row), when one was concluded. */
    profile: text('profile'),
    directoryEntryId: uuid('directory_entry_id').references(() => directoryEntries.id, {
      onDelete: 'set null',
    }),
    institution: text('institution').notNull(),
    contactPerson: text('contact_person'),
    contactPhone: text('contact_phone'),
    contactEmail: text('contact_email'),
    situation: text('situation'),
    assistance: text('assistance'),
    consentToRefer: boolean('consent_to_refer').notNull().default(false),
    consentToShare: boolean('consent_to_share').notNull().default(false),
    state: text('state').notNull().default('planned'),
    sentOn: date('sent_on', { mode: 'string' }),
    followUpOn: date('follow_up_on', { mode: 'string' }),
    closedOn: date('closed_on', { mode: 'string' }),
    outcome: text('outcome'),
    outcomeNote: text('outcome_note'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Optimistic concurrency: a change names the version it read. */
    version: integer('version').notNull().default(1),
    /**
     * The record key of the cell key method, as on cases and activities (provenance.ts): referral
     * figures are perturbed with the sum of the keys of the referrals in each cell. Never exposed.
     */
    recordKey: integer('record_key')
      .notNull()
      .default(sql`floor(random() * 1048576)::int`),
  },
  (t) => [
    index('referrals_case_idx').on(t.caseId),
    // The worklist: open referrals of a hub by follow-up date.
    index('referrals_hub_follow_up_idx').on(t.hub, t.followUpOn),
  ],
);
