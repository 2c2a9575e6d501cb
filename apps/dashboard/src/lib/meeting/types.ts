import type { FollowUp, Report, ReportStatus } from '../reports/types.ts';

/** Shapes of the meeting API answers (apps/api/src/schema/meetings.ts). */
export type Decision = {
  hubCode: string;
  month: string;
  action: string;
  toStatus: string;
  reason: string | null;
  at: string;
  by: string;
};
export type AgendaHub = {
  position: number;
  hubCode: string;
  hubName: string;
  status: ReportStatus;
  findings: number;
  highFindings: number;
  openFollowUps: number;
  decision: Pick<Decision, 'action'> | null;
};
export type MeetingHead = {
  id: string;
  month: string;
  openedAt: string;
  closedAt: string | null;
  attendees: string | null;
  notes: string | null;
  openedBy: string;
};
export type MeetingAgenda = MeetingHead & { agendaHubs: AgendaHub[] };
export type MeetingMinutes = MeetingAgenda & { decisions: Decision[]; followUps: FollowUp[] };
export type AgendaItem = {
  position: number;
  total: number;
  previous: Pick<AgendaHub, 'hubCode' | 'hubName'> | null;
  next: Pick<AgendaHub, 'hubCode' | 'hubName'> | null;
  report: Report;
  followUps: FollowUp[];
  decisions: Decision[];
};

/** Participants as a list: one per line (commas and semicolons also separate them). */
export function listParticipants(attendees: string | null): string[] {
  return (attendees ?? '')
    .split(/[\n;,]+/)
    .map((name) => name.trim())
    .filter(Boolean);
}
