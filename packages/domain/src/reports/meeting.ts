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
