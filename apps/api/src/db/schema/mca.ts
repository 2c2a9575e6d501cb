import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

/**
 * The hub's roster of Community Migration Advisors (Annex 5): the "MCA database" of telephone,
 * address, place of work and a personal reference contact (000:L2896-L2904), kept for follow-up
 * by phone or visit. Contact data is personal: the hub's own staff read it, and retention clears
 * it once the MCA left more than the retention period ago.
 */
export const mcas = pgTable(
  'mcas',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hub: text('hub').notNull(),
    name: text('name').notNull(),
    phone: text('phone'),
    address: text('address'),
    workplace: text('workplace'),
    referenceName: text('reference_name'),
    referencePhone: text('reference_phone'),
    /** The community or locality where the MCA works with their neighbours. */
    community: text('community'),
    joinedOn: date('joined_on', { mode: 'string' }).notNull(),
    leftOn: date('left_on', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Optimistic concurrency: an edit names the version it read. */
    version: integer('version').notNull().default(1),
    /** The cell key method's record key: check-in compliance counts advisors (docs/data-protection.md). */
    recordKey: integer('record_key')
      .notNull()
      .default(sql`floor(random() * 1048576)::int`),
  },
  (t) => [index('mcas_hub_idx').on(t.hub), index('mcas_left_on_idx').on(t.leftOn)],
);

/** Letters of commitment (000:L2807-L2844): a renewal is a new letter; `until` null is open-ended. */
export const mcaLetters = pgTable(
  'mca_letters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mcaId: uuid('mca_id')
      .notNull()
      .references(() => mcas.id, { onDelete: 'cascade' }),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
    until: date('until', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('mca_letters_mca_idx').on(t.mcaId, t.signedOn)],
);

/** The hub's check-ins with an MCA, every 8 to 10 days (000:L2885-L2889). */
export const mcaCheckIns = pgTable(
  'mca_check_ins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mcaId: uuid('mca_id')
      .notNull()
      .references(() => mcas.id, { onDelete: 'cascade' }),
    on: date('on', { mode: 'string' }).notNull(),
    /** in_person, phone or message (packages/domain mca/check-ins). */
    channel: text('channel').notNull(),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('mca_check_ins_mca_idx').on(t.mcaId, t.on)],
);

/**
 * An MCA's action, registered as Annex 5's chart lists it (000:L2683-L2789, L2885-L2889): place,
 * situation, intervention, time used, type (direct attention or channelling) and follow-up.
 */
export const mcaActions = pgTable(
  'mca_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mcaId: uuid('mca_id')
      .notNull()
      .references(() => mcas.id, { onDelete: 'cascade' }),
    on: date('on', { mode: 'string' }).notNull(),
    place: text('place').notNull(),
    situation: text('situation'),
    intervention: text('intervention'),
    minutes: integer('minutes'),
    /** direct_attention or channelling (packages/domain mca/actions). */
    type: text('type').notNull(),
    followUp: text('follow_up'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('mca_actions_mca_idx').on(t.mcaId, t.on)],
);
