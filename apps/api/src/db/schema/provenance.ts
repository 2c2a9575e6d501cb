import { sql } from 'drizzle-orm';
import { date, integer, jsonb, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A stored warning (FORM.md §6.0 violation with severity `warning`). */
export type StoredViolation = {
  rule: string;
  severity: 'error' | 'warning';
  fields: string[];
  slot?: number;
  message_en: string;
  message_es: string;
};

/** Registration fields (FORM.md §2.2); column names are the form's field names. */
export const registrationColumns = () => ({
  date: date('date', { mode: 'string' }).notNull(),
  hub: text('hub').notNull(),
  hub_other: text('hub_other'),
  hub_type: text('hub_type').notNull(),
  officer_id: text('officer_id').notNull(),
});

/** Month, hub country, KoBo provenance (FORM.md §7.6), validation and who/when. */
export const recordMetaColumns = () => ({
  month: text('month').notNull(),
  hubCountry: text('hub_country'),
  sourceUuid: text('source_uuid'),
  sourceUuidsSeen: text('source_uuids_seen').array().notNull().default([]),
  sourceRootUuid: text('source_root_uuid'),
  sourceId: text('source_id'),
  sourceFormId: text('source_form_id'),
  validationStatus: text('validation_status'),
  warnings: jsonb('warnings').$type<StoredViolation[]>().notNull().default([]),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid('created_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
  /**
   * The record key of the cell key method (packages/domain/src/monitoring/perturb.ts): drawn at
   * random once, when the row is stored, whatever the write path (form, import, sync, seeder);
   * backups carry it. Never exposed through the API: knowing keys would let a viewer undo the
   * perturbation. 2^20 = recordKeyRange.
   */
  recordKey: integer('record_key')
    .notNull()
    .default(sql`floor(random() * 1048576)::int`),
});
