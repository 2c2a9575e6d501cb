import {
  bigserial,
  date,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** The hub's narrative (hubs handbook §3.2: achievements, challenges, lessons, good practices, trends). */
export type ReportNarrative = {
  achievements: string;
  challenges: string;
  lessonsLearned: string;
  goodPractices: string;
  migrationTrends: string;
};

/** Table 2 figures of a hub-month as stored in a snapshot (at verification). */
export type StoredFigures = Record<
  string,
  number | { code: string; value: number; keySum?: number }[] | Record<string, number>
>;

/** One monthly report per hub and month (issue 5). `status` follows packages/domain/src/reports. */
export const monthlyReports = pgTable(
  'monthly_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hub: text('hub').notNull(),
    month: text('month').notNull(),
    status: text('status').notNull().default('draft'),
    narrative: jsonb('narrative').$type<ReportNarrative>(),
    /** The reviewer's latest comment (on return) — the full history is in report_transitions. */
    reviewerComment: text('reviewer_comment'),
    /** Figures as they were at the latest verification (for "changed since verification"). */
    verifiedFigures: jsonb('verified_figures').$type<StoredFigures>(),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    verifiedBy: uuid('verified_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [
    uniqueIndex('monthly_reports_hub_month_idx').on(t.hub, t.month),
    index('monthly_reports_month_idx').on(t.month),
  ],
);

/** Every state change of a report: who, when, why (append-only). */
export const reportTransitions = pgTable(
  'report_transitions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => monthlyReports.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    userId: uuid('user_id'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    reason: text('reason'),
    meetingId: uuid('meeting_id'),
    /** Figures at this step (verify and reopen). */
    figures: jsonb('figures').$type<StoredFigures>(),
  },
  (t) => [
    index('report_transitions_report_idx').on(t.reportId, t.at),
    index('report_transitions_meeting_idx').on(t.meetingId),
  ],
);

/** A monthly verification meeting held by a reviewer. */
export const verificationMeetings = pgTable(
  'verification_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    month: text('month').notNull(),
    openedBy: uuid('opened_by'),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    attendees: text('attendees'),
    notes: text('notes'),
  },
  (t) => [index('verification_meetings_month_idx').on(t.month)],
);

/** A follow-up action agreed at a meeting; back on every agenda until closed. */
export const followUpActions = pgTable(
  'follow_up_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => verificationMeetings.id, { onDelete: 'cascade' }),
    hub: text('hub').notNull(),
    month: text('month').notNull(),
    what: text('what').notNull(),
    owner: text('owner').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('open'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by'),
    closedInMeetingId: uuid('closed_in_meeting_id'),
  },
  (t) => [
    index('follow_up_actions_hub_status_idx').on(t.hub, t.status),
    index('follow_up_actions_meeting_idx').on(t.meetingId),
  ],
);
