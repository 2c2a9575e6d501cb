import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** The hub registry (FORM.md §5.2). `code` is the code records carry in `hub`. */
export const hubs = pgTable(
  'hubs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    country: text('country').notNull(),
    admin1: text('admin1'),
    type: text('type').$type<'permanent' | 'mobile'>().notNull().default('permanent'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('hubs_country_idx').on(t.country)],
);
