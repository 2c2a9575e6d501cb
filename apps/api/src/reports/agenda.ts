import {
  describeAgendaStart,
  scoreAgendaItem,
  type ReportStatus,
} from '@ventanilla/domain/reports/index';
import type { Context } from '../context.ts';
import {
  loadFollowUps,
  loadMeetingDecisions,
  loadUserNames,
  type FollowUpRow,
  type MeetingRow,
} from './store.ts';

/** A decision of the meeting as the API shows it (who by display name). */
export type DecisionShape = {
  action: string;
  fromStatus: string;
  toStatus: string;
  reason: string | null;
  at: Date;
  by: string;
  hub: string;
  month: string;
};

/** One hub on a meeting's agenda, in agenda order (position from 1). */
export type AgendaEntry<V> = {
  report: V;
  position: number;
  score: number;
  followUps: FollowUpRow[];
  decisions: DecisionShape[];
};

/**
 * The agenda of a meeting: every hub's report of the month, most in need of attention first,
 * scored as things stood when the meeting opened (describeAgendaStart) so that the order holds
 * while hubs are decided one at a time. Computed once per request and meeting: the list, one
 * hub's page and its previous/next all read the same order.
 */
export function loadAgenda<V extends { hub: string }>({
  ctx,
  meeting,
  views,
  statusOf,
  findingsOf,
}: {
  ctx: Context;
  meeting: MeetingRow;
  views: () => Promise<V[]>;
  statusOf: (v: V) => ReportStatus;
  findingsOf: (v: V) => Promise<readonly { severity: 'high' | 'medium' | 'low' }[]>;
}): Promise<AgendaEntry<V>[]> {
  let byMeeting = agendas.get(ctx);
  if (!byMeeting) agendas.set(ctx, (byMeeting = new Map()));
  let found = byMeeting.get(meeting.id) as Promise<AgendaEntry<V>[]> | undefined;
  if (!found) {
    found = build({ ctx, meeting, views, statusOf, findingsOf });
    byMeeting.set(meeting.id, found);
  }
  return found;
}
const agendas = new WeakMap<Context, Map<string, Promise<AgendaEntry<unknown>[]>>>();

async function build<V extends { hub: string }>({
  ctx,
  meeting,
  views,
  statusOf,
  findingsOf,
}: Parameters<typeof loadAgenda<V>>[0]): Promise<AgendaEntry<V>[]> {
  const [list, ups, steps] = await Promise.all([
    views(),
    loadFollowUps(ctx.db, { hubCodes: 'all', meetingId: meeting.id }),
    loadMeetingDecisions(ctx.db, meeting.id),
  ]);
  const names = await loadUserNames(
    ctx.db,
    steps.map((s) => s.userId),
  );
  const decisions: DecisionShape[] = steps.map((s) => ({
    ...s,
    by: (s.userId && names.get(s.userId)) || '—',
  }));
  const openedOn = meeting.openedAt.toISOString().slice(0, 10);
  const items = await Promise.all(
    list.map(async (report) => {
      const followUps = ups.filter((f) => f.hub === report.hub);
      const own = decisions.filter((d) => d.hub === report.hub && d.month === meeting.month);
      const start = describeAgendaStart({
        status: statusOf(report),
        meetingSteps: own.map((d) => ({ fromStatus: d.fromStatus as ReportStatus })),
        followUps: followUps.map((f) => ({ ...f, status: f.status as 'open' | 'done' })),
        isFromThisMeeting: (f) => f.meetingId === meeting.id,
        isClosedInThisMeeting: (f) => f.closedInMeetingId === meeting.id,
      });
      const score = scoreAgendaItem({
        status: start.status,
        findings: await findingsOf(report),
        openFollowUps: start.openFollowUps.length,
        overdueFollowUps: start.openFollowUps.filter((f) => f.dueDate < openedOn).length,
      });
      return { report, score, followUps, decisions: own, position: 0 };
    }),
  );
  items.sort((a, b) => b.score - a.score || a.report.hub.localeCompare(b.report.hub));
  items.forEach((item, i) => (item.position = i + 1));
  return items;
}
