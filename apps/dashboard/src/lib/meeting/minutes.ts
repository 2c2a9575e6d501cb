import type { Lang } from '@ventanilla/ui';
import { formatDateTime, formatDay, formatMonth } from '../reports/format.ts';
import { listParticipants, type MeetingMinutes } from './types.ts';
import { meetingT } from './translate.ts';

/**
 * The minutes as one table for a spreadsheet (the CSV download): headers, sections and values
 * are labels in the meeting's language, and times are written for people in `timeZone` with
 * its offset. One row per fact: the meeting (month, opening, participants, notes, closing),
 * each hub's outcome, each decision, each follow-up action.
 */
export function buildMinutesTable({
  meeting,
  lang,
  timeZone,
}: {
  meeting: MeetingMinutes;
  lang: Lang;
  timeZone: string;
}): string[][] {
  const tr = meetingT(lang);
  const at = (iso: string) => formatDateTime(lang, iso, timeZone);
  const hubName = (code: string) =>
    meeting.agendaHubs.find((h) => h.hubCode === code)?.hubName ?? code;
  const header = ['section', 'hub', 'subject', 'detail', 'owner', 'due', 'by', 'at'] as const;
  const rows: string[][] = [header.map((key) => tr(`csv.${key}`))];
  const info = (subject: string, detail: string, by = '', when = '') =>
    rows.push([tr('csv.meeting'), '', subject, detail, '', '', by, when]);

  info(tr('reports.month'), formatMonth(lang, meeting.month));
  info(tr('csv.opened'), '', meeting.openedBy, at(meeting.openedAt));
  info(tr('verify.attendees'), listParticipants(meeting.attendees).join('; '));
  info(tr('verify.notes'), meeting.notes ?? '');
  info(
    tr('csv.closed'),
    meeting.closedAt ? '' : tr('verify.inProgress'),
    '',
    meeting.closedAt ? at(meeting.closedAt) : '',
  );
  for (const hub of meeting.agendaHubs)
    rows.push([
      tr('csv.agenda'),
      hub.hubName,
      tr(`status.${hub.status}`),
      describeAgendaHub(lang, hub),
      '',
      '',
      '',
      '',
    ]);
  for (const d of meeting.decisions)
    rows.push([
      tr('csv.decision'),
      hubName(d.hubCode),
      tr(`action.${d.action}` as never),
      d.reason ?? '',
      '',
      '',
      d.by,
      at(d.at),
    ]);
  for (const f of meeting.followUps)
    rows.push([
      tr('csv.followUp'),
      hubName(f.hubCode),
      f.status === 'done'
        ? tr('followUp.done')
        : f.overdue
          ? `${tr('followUp.open')} · ${tr('followUp.overdue')}`
          : tr('followUp.open'),
      f.what,
      f.owner,
      formatDay(lang, f.dueDate),
      '',
      '',
    ]);
  return rows;
}

/** "2 hallazgos (1 de severidad alta) · Decidido en esta reunión: Verificación". */
export function describeAgendaHub(lang: Lang, hub: MeetingMinutes['agendaHubs'][number]): string {
  const tr = meetingT(lang);
  const findings = tr('meeting.findings', { count: hub.findings });
  const high = hub.highFindings
    ? ` (${tr('meeting.highFindings', { count: hub.highFindings })})`
    : '';
  const decision = hub.decision
    ? tr('meeting.decided', { decision: tr(`action.${hub.decision.action}` as never) })
    : tr('meeting.undecided');
  return `${findings}${high} · ${decision}`;
}
