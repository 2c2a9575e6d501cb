import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import {
  checkReportTransition,
  reportTransitions as transitionDefs,
  type ReportAction,
  type ReportStatus,
} from '@ventanilla/domain/reports/index';
import type { Lang } from '@ventanilla/domain';
import type { Context } from '../context.ts';
import type { Executor, Tx } from '../db/client.ts';
import {
  followUpActions,
  hubs,
  monthlyReports,
  reportTransitions,
  verificationMeetings,
  type ReportNarrative,
  type StoredFigures,
} from '../db/schema/index.ts';
import { figureKeys, loadFigures, type Figures } from './figures.ts';
import { isUuid } from '../schema/input/ids.ts';

export type ReportRow = typeof monthlyReports.$inferSelect;
export type TransitionRow = typeof reportTransitions.$inferSelect;
export type MeetingRow = typeof verificationMeetings.$inferSelect;
export type FollowUpRow = typeof followUpActions.$inferSelect;

export const emptyNarrative: ReportNarrative = {
  achievements: '',
  challenges: '',
  lessonsLearned: '',
  goodPractices: '',
  migrationTrends: '',
};

export async function loadReportRows(
  db: Executor,
  hubCodes: readonly string[],
  months: readonly string[],
): Promise<ReportRow[]> {
  if (!hubCodes.length || !months.length) return [];
  return db
    .select()
    .from(monthlyReports)
    .where(
      and(inArray(monthlyReports.hub, [...hubCodes]), inArray(monthlyReports.month, [...months])),
    );
}

export async function hubExists(db: Executor, hub: string): Promise<boolean> {
  const [row] = await db.select({ code: hubs.code }).from(hubs).where(eq(hubs.code, hub));
  return !!row;
}

/** Figures as stored in a snapshot: the numbers and the top nationalities. */
export function snapshotOf(figures: Figures): StoredFigures {
  const out: StoredFigures = {};
  for (const k of figureKeys) out[k] = figures[k];
  out.topNationalities = figures.topNationalities;
  // Key sums, so that a snapshot is published to a reviewer like the live figures.
  out.keySums = figures.keySums;
  return out;
}

export type StepRefusal = { kind: 'TransitionRefused'; message: string };

/**
 * Applies one step of the report state machine in a transaction: the report row is locked
 * (`for update`, which waits for record writes holding the LOCKED_PERIOD `for share` check),
 * the domain decides, a transition row keeps who/when/why (with a figures snapshot on verify
 * and reopen) and the audit log gets the step (no free text: the reason stays in the report
 * history).
 */
export async function applyReportStep({
  ctx,
  hub,
  month,
  action,
  reason,
  meetingId,
  narrative,
}: {
  ctx: Context;
  hub: string;
  month: string;
  action: ReportAction;
  reason?: string | null;
  meetingId?: string | null;
  narrative?: ReportNarrative | null;
}): Promise<{ kind: 'ok'; row: ReportRow } | StepRefusal> {
  const user = ctx.user!;
  return ctx.db.transaction(async (tx: Tx) => {
    await tx.insert(monthlyReports).values({ hub, month }).onConflictDoNothing();
    const [report] = await tx
      .select()
      .from(monthlyReports)
      .where(and(eq(monthlyReports.hub, hub), eq(monthlyReports.month, month)))
      .for('update');
    const status = report!.status as ReportStatus;
    const check = checkReportTransition({
      action,
      status,
      role: user.role,
      hub,
      userHubs: user.hubCodes,
      reason,
    });
    if (!check.ok)
      return {
        kind: 'TransitionRefused' as const,
        message: ctx.lang === 'en' ? check.message_en : check.message_es,
      };
    const trimmed = reason?.trim() || null;
    let figures: StoredFigures | null = null;
    if (action === 'verify' || action === 'reopen') {
      const map = await loadFigures({ db: tx, hub, months: [month] });
      figures = snapshotOf(map.get(month)!);
    }
    const set: Partial<typeof monthlyReports.$inferInsert> = {
      status: check.to,
      updatedAt: new Date(),
      updatedBy: user.id,
    };
    if (action === 'saveNarrative' || (action === 'submit' && narrative))
      set.narrative = { ...emptyNarrative, ...narrative };
    if (action === 'return') set.reviewerComment = trimmed;
    if (action === 'verify') {
      set.verifiedFigures = figures;
      set.verifiedAt = new Date();
      set.verifiedBy = user.id;
      if (trimmed) set.reviewerComment = trimmed;
    }
    const [row] = await tx
      .update(monthlyReports)
      .set(set)
      .where(eq(monthlyReports.id, report!.id))
      .returning();
    if (transitionDefs[action].to !== null) {
      const [step] = await tx
        .insert(reportTransitions)
        .values({
          reportId: report!.id,
          action,
          fromStatus: status,
          toStatus: check.to,
          userId: user.id,
          reason: trimmed,
          meetingId: meetingId ?? null,
          figures,
        })
        .returning({ id: reportTransitions.id });
      await ctx.audit(
        {
          action: `report.${action}`,
          entity: 'monthly_report',
          entityId: report!.id,
          hub,
          detail: {
            month,
            from: status,
            to: check.to,
            transitionId: step!.id,
            withReason: !!trimmed,
            ...(meetingId ? { meetingId } : {}),
          },
        },
        tx,
      );
    } else {
      await ctx.audit(
        {
          action: 'report.narrative',
          entity: 'monthly_report',
          entityId: report!.id,
          hub,
          detail: { month },
        },
        tx,
      );
    }
    return { kind: 'ok' as const, row: row! };
  });
}

export async function loadTransitions(db: Executor, reportId: string) {
  return db
    .select()
    .from(reportTransitions)
    .where(eq(reportTransitions.reportId, reportId))
    .orderBy(asc(reportTransitions.at), asc(reportTransitions.id));
}

/** Display names of users (for history and minutes); no other personal data. */
export async function loadUserNames(db: Executor, ids: readonly (string | null)[]) {
  const list = [...new Set(ids.filter((i): i is string => !!i))];
  if (!list.length) return new Map<string, string>();
  const rows = await db.execute(
    sql`select id::text as id, name from users where id in (${sql.join(
      list.map((i) => sql`${i}::uuid`),
      sql`, `,
    )})`,
  );
  const arr = (Array.isArray(rows) ? rows : ((rows as { rows: unknown[] }).rows ?? [])) as {
    id: string;
    name: string;
  }[];
  return new Map(arr.map((r) => [r.id, r.name]));
}

export async function openMeeting(ctx: Context, month: string, attendees: string | null) {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(verificationMeetings)
      .values({ month, attendees, openedBy: ctx.user!.id })
      .returning();
    await ctx.audit(
      {
        action: 'meeting.open',
        entity: 'verification_meeting',
        entityId: row!.id,
        detail: { month },
      },
      tx,
    );
    return row!;
  });
}

export async function loadMeeting(db: Executor, id: string): Promise<MeetingRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(verificationMeetings).where(eq(verificationMeetings.id, id));
  return row ?? null;
}

/** Records the participants and the notes of a meeting that is still open. */
export async function updateMeeting(
  ctx: Context,
  meeting: MeetingRow,
  changes: { attendees?: string | null; notes?: string | null },
) {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(verificationMeetings)
      .set(changes)
      .where(eq(verificationMeetings.id, meeting.id))
      .returning();
    // Which texts changed, never the texts: participants' names stay out of the audit log.
    await ctx.audit(
      {
        action: 'meeting.update',
        entity: 'verification_meeting',
        entityId: meeting.id,
        detail: { fields: Object.keys(changes) },
      },
      tx,
    );
    return row!;
  });
}

export async function listMeetings(db: Executor) {
  return db
    .select()
    .from(verificationMeetings)
    .orderBy(desc(verificationMeetings.openedAt))
    .limit(50);
}

/** Follow-ups of `hubs`: open ones (any meeting) plus those created or closed in `meetingId`. */
export async function loadFollowUps(
  db: Executor,
  {
    hubCodes,
    meetingId,
    openOnly,
  }: { hubCodes: string[] | 'all'; meetingId?: string; openOnly?: boolean },
): Promise<FollowUpRow[]> {
  if (hubCodes !== 'all' && !hubCodes.length) return [];
  const scope = hubCodes === 'all' ? undefined : inArray(followUpActions.hub, hubCodes);
  const which = openOnly
    ? eq(followUpActions.status, 'open')
    : meetingId
      ? sql`(${followUpActions.status} = 'open' or ${followUpActions.meetingId} = ${meetingId} or ${followUpActions.closedInMeetingId} = ${meetingId})`
      : undefined;
  return db
    .select()
    .from(followUpActions)
    .where(and(scope, which))
    .orderBy(asc(followUpActions.dueDate), asc(followUpActions.createdAt));
}

/** The report steps taken in a meeting (not submissions), oldest first. */
export async function loadMeetingDecisions(db: Executor, meetingId: string) {
  return db
    .select({
      id: reportTransitions.id,
      action: reportTransitions.action,
      fromStatus: reportTransitions.fromStatus,
      toStatus: reportTransitions.toStatus,
      reason: reportTransitions.reason,
      at: reportTransitions.at,
      userId: reportTransitions.userId,
      hub: monthlyReports.hub,
      month: monthlyReports.month,
    })
    .from(reportTransitions)
    .innerJoin(monthlyReports, eq(monthlyReports.id, reportTransitions.reportId))
    .where(and(eq(reportTransitions.meetingId, meetingId), ne(reportTransitions.action, 'submit')))
    .orderBy(asc(reportTransitions.at));
}

export type { Lang };
