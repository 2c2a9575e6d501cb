import type { ReportStatus } from './states.ts';
import type { QualityFinding } from './quality.ts';

/**
 * How much an agenda item of the verification meeting needs attention (higher first): the
 * meeting discusses submitted reports with serious findings and overdue follow-ups first, and
 * leaves verified reports without findings for the end.
 */
export function scoreAgendaItem({
  status,
  findings,
  openFollowUps,
  overdueFollowUps,
}: {
  status: ReportStatus;
  findings: readonly Pick<QualityFinding, 'severity'>[];
  openFollowUps: number;
  overdueFollowUps: number;
}): number {
  const statusWeight: Record<ReportStatus, number> = {
    submitted: 40,
    reopened: 30,
    returned: 20,
    draft: 15,
    verified: 0,
  };
  const findingWeight = { high: 10, medium: 4, low: 1 } as const;
  return (
    statusWeight[status] +
    findings.reduce((sum, f) => sum + findingWeight[f.severity], 0) +
    openFollowUps * 2 +
    overdueFollowUps * 5
  );
}

/** Follow-up actions agreed at a meeting (what, owner, due date). */
export type FollowUpStatus = 'open' | 'done';

/** Whether a follow-up is overdue on `today` (YYYY-MM-DD). */
export function isFollowUpOverdue({
  status,
  dueDate,
  today,
}: {
  status: FollowUpStatus;
  dueDate: string;
  today: string;
}): boolean {
  return status === 'open' && dueDate < today;
}

/**
 * What an agenda item looked like when its meeting opened, so that the agenda keeps its order
 * while the meeting decides (a verified hub must not jump to the end and make "next" skip
 * hubs): the status before the meeting's first step on the report, and the follow-ups that were
 * open then (not those agreed in this meeting; those closed in it still count).
 */
export function describeAgendaStart<F extends { status: FollowUpStatus; dueDate: string }>({
  status,
  meetingSteps,
  followUps,
  isFromThisMeeting,
  isClosedInThisMeeting,
}: {
  status: ReportStatus;
  /** The report's steps taken in this meeting, oldest first. */
  meetingSteps: readonly { fromStatus: ReportStatus }[];
  followUps: readonly F[];
  isFromThisMeeting: (f: F) => boolean;
  isClosedInThisMeeting: (f: F) => boolean;
}): { status: ReportStatus; openFollowUps: F[] } {
  return {
    status: meetingSteps[0]?.fromStatus ?? status,
    openFollowUps: followUps.filter(
      (f) => !isFromThisMeeting(f) && (f.status === 'open' || isClosedInThisMeeting(f)),
    ),
  };
}
