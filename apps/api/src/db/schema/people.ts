import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { cases } from './cases.ts';
import { mcas } from './mca.ts';
import { users } from './users.ts';

/**
 * Pseudonymous person codes (packages/domain people/person-code): issued by a hub, with the
 * person's consent, on a card they keep. Random, never derived from the person; a code only
 * means something within its hub.
 */
export const personCodes = pgTable(
  'person_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hub: text('hub').notNull(),
    code: text('code').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    issuedBy: uuid('issued_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * The cell key method's record key of the person (docs/data-protection.md): unique-people
     * figures count codes, so each carries its code's key, the same in every query.
     */
    recordKey: integer('record_key')
      .notNull()
      .default(sql`floor(random() * 1048576)::int`),
  },
  (t) => [uniqueIndex('person_codes_hub_code_idx').on(t.hub, t.code)],
);

/**
 * What a case says beyond the Hubs Form: where the person came from (and which MCA channelled
 * them) and, with consent, the person code that links repeat visits. Kept apart so the form's
 * record stays as FORM.md defines it, and so retention can cut the link on its own.
 */
export const caseContext = pgTable(
  'case_context',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    hub: text('hub').notNull(),
    source: text('source'),
    /** The MCA who channelled the person, when `source` is `mca`. */
    sourceMcaId: uuid('source_mca_id').references(() => mcas.id, { onDelete: 'set null' }),
    personCodeId: uuid('person_code_id').references(() => personCodes.id, {
      onDelete: 'set null',
    }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId] }),
    // Repeat visits: every case of one code.
    index('case_context_person_code_idx').on(t.personCodeId),
  ],
);
