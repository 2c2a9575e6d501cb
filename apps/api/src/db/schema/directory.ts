import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A hub's local directory of organizations people can be referred to. */
export const directoryEntries = pgTable(
  'directory_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hub: text('hub').notNull(),
    organization: text('organization').notNull(),
    sector: text('sector').notNull(),
    address: text('address'),
    openingHours: text('opening_hours'),
    contact: text('contact'),
    servicesOffered: text('services_offered').array().notNull().default([]),
    conditions: text('conditions').array().notNull().default([]),
    notes: text('notes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('directory_hub_idx').on(t.hub), index('directory_sector_idx').on(t.sector)],
);
