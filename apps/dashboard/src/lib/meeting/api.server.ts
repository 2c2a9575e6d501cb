import type { ApiClient } from '@ventanilla/ui/server';
import { REPORT_FIELDS, FOLLOW_UP_FIELDS } from '../reports/api.server.ts';
import type { AgendaItem, MeetingAgenda, MeetingHead, MeetingMinutes } from './types.ts';

const HEAD = 'id month openedAt closedAt attendees notes openedBy';
const HUBS = `agendaHubs { position hubCode hubName status findings highFindings openFollowUps
  decision { action } }`;
const DECISION = 'hubCode month action toStatus reason at by';

/** The agenda page: the meeting and its hubs in order, with their state (no figures). */
export async function loadMeetingAgenda(api: ApiClient, id: string) {
  const data = await api<{ verificationMeeting: MeetingAgenda | null }>(
    `query Agenda($id: ID!) { verificationMeeting(id: $id) { ${HEAD} ${HUBS} } }`,
    { id },
  );
  return data.verificationMeeting;
}

/** One hub's turn: its report, decisions and follow-ups, and the hubs before and after it. */
export async function loadAgendaItem(api: ApiClient, id: string, hub: string) {
  const data = await api<{
    verificationMeeting: (MeetingHead & { agendaItem: AgendaItem | null }) | null;
  }>(
    `query Item($id: ID!, $hub: String!) { verificationMeeting(id: $id) { ${HEAD}
      agendaItem(hub: $hub) { position total previous { hubCode hubName } next { hubCode hubName }
        report { ${REPORT_FIELDS} } followUps { ${FOLLOW_UP_FIELDS} } decisions { ${DECISION} } } } }`,
    { id, hub },
  );
  return data.verificationMeeting;
}

/** The minutes: participants, notes, the agenda's outcome, decisions and follow-ups. */
export async function loadMeetingMinutes(api: ApiClient, id: string) {
  const data = await api<{ verificationMeeting: MeetingMinutes | null }>(
    `query Minutes($id: ID!) { verificationMeeting(id: $id) { ${HEAD} ${HUBS}
      decisions { ${DECISION} } followUps { ${FOLLOW_UP_FIELDS} } } }`,
    { id },
  );
  return data.verificationMeeting;
}
