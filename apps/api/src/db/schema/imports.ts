import { bigserial, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { activities } from './activities.ts';
import { cases } from './cases.ts';

/**
 * KoBo provenance of an imported record that is not part of the record itself (FORM.md §7.3):
 * when it was last imported (a record updated after `imported_at` was changed in the web app,
 * §7.6 conflict), server and device times, device id (restricted: never shown in dashboards)
 * and the form version. One row per imported record; it goes with the record.
 */
export const recordSources = pgTable(
  'record_sources',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id')
      .unique()
      .references(() => cases.id, { onDelete: 'cascade' }),
    activityId: uuid('activity_id')
      .unique()
      .references(() => activities.id, { onDelete: 'cascade' }),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull(),
    importedBy: uuid('imported_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    formStartedAt: timestamp('form_started_at', { withTimezone: true }),
    formEndedAt: timestamp('form_ended_at', { withTimezone: true }),
    deviceDate: date('device_date', { mode: 'string' }),
    deviceId: text('device_id'),
    sourceFormVersion: text('source_form_version'),
  },
  (t) => [index('record_sources_imported_idx').on(t.importedAt)],
);
