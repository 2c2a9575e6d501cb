import { bigint, index, integer, numeric, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * Monthly per-hub summaries of the records (issue 17), kept exact in the same transaction as
 * every write by triggers (src/analytics/summary-sql.ts, migration 0019) and read by the
 * analytics queries when they can answer (src/analytics/summary-sets.ts says what they hold).
 * One row is a cell (or part of one: a cell may have a few rows, readers add them up) of one set
 * of dimensions (`dims`, values k1, k2) for a hub-month, the record's hub country and hub type.
 * `n_x` counts records, `ks_x` sums their record keys (the cell key method); never exposed.
 */
const keyColumns = () => ({
  dims: text('dims').notNull(),
  month: text('month').notNull(),
  hub: text('hub').notNull(),
  hub_country: text('hub_country').notNull(),
  hub_type: text('hub_type').notNull(),
  k1: text('k1').notNull(),
  k2: text('k2').notNull(),
});

const counted = (name: string) => ({
  [name ? `n_${name}` : 'n']: integer(name ? `n_${name}` : 'n')
    .notNull()
    .default(0),
  [name ? `ks_${name}` : 'ks']: bigint(name ? `ks_${name}` : 'ks', { mode: 'number' })
    .notNull()
    .default(0),
});

export const caseSummaries = pgTable(
  'case_summaries',
  {
    ...keyColumns(),
    ...counted(''),
    ...counted('referred'),
    ...counted('vulnerable'),
    ...counted('vuln_yes'),
    ...counted('minor'),
    ...counted('women'),
    ...counted('in_transit'),
  },
  (t) => [
    index('case_summaries_cell_idx').on(
      t.dims,
      t.month,
      t.hub,
      t.hub_country,
      t.hub_type,
      t.k1,
      t.k2,
    ),
  ],
);

export const activitySummaries = pgTable(
  'activity_summaries',
  {
    ...keyColumns(),
    ...counted(''),
    ...counted('unmet'),
    people: numeric('people').notNull().default('0'),
    women_reached: numeric('women_reached').notNull().default('0'),
    minors_reached: numeric('minors_reached').notNull().default('0'),
  },
  (t) => [
    index('activity_summaries_cell_idx').on(
      t.dims,
      t.month,
      t.hub,
      t.hub_country,
      t.hub_type,
      t.k1,
      t.k2,
    ),
  ],
);
