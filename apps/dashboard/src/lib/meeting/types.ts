import type { ResultOf } from '@ventanilla/ui/graphql';
import type { AGENDA, AGENDA_ITEM, MINUTES } from './documents.ts';

/** Shapes of the meeting answers, read off the documents in documents.ts. */
export type MeetingAgenda = NonNullable<ResultOf<typeof AGENDA>['verificationMeeting']>;
export type MeetingMinutes = NonNullable<ResultOf<typeof MINUTES>['verificationMeeting']>;
export type MeetingHead = Omit<MeetingAgenda, 'agendaHubs'>;
export type AgendaHub = MeetingAgenda['agendaHubs'][number];
export type Decision = MeetingMinutes['decisions'][number];
export type AgendaItem = NonNullable<
  NonNullable<ResultOf<typeof AGENDA_ITEM>['verificationMeeting']>['agendaItem']
>;

/** Participants as a list: one per line (commas and semicolons also separate them). */
export function listParticipants(attendees: string | null): string[] {
  return (attendees ?? '')
    .split(/[\n;,]+/)
    .map((name) => name.trim())
    .filter(Boolean);
}
