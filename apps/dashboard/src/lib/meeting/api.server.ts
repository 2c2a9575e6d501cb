import type { ApiClient } from '@ventanilla/ui/server';
import { AGENDA, AGENDA_ITEM, MINUTES } from './documents.ts';

/** The agenda page: the meeting and its hubs in order, with their state (no figures). */
export async function loadMeetingAgenda(api: ApiClient, id: string) {
  return (await api(AGENDA, { id })).verificationMeeting;
}

/** One hub's turn: its report, decisions and follow-ups, and the hubs before and after it. */
export async function loadAgendaItem(api: ApiClient, id: string, hub: string, timeZone?: string) {
  return (await api(AGENDA_ITEM, { id, hub, timeZone })).verificationMeeting;
}

/** The minutes: participants, notes, the agenda's outcome, decisions and follow-ups. */
export async function loadMeetingMinutes(api: ApiClient, id: string) {
  return (await api(MINUTES, { id })).verificationMeeting;
}
