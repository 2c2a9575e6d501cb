import { error } from '@sveltejs/kit';
import { createTranslator, sharedMessages } from '@ventanilla/ui';
import { requireUser } from '@ventanilla/ui/server';
import { csvCell, loadMeeting } from '#lib/reports/api.server.ts';
import { reportsT } from '#lib/reports/translate.ts';
import type { RequestHandler } from './$types';

/** The minutes of a meeting as CSV: agenda (status, findings), decisions and follow-ups. */
export const GET: RequestHandler = async (event) => {
  const user = requireUser(event);
  if (user.role !== 'reviewer') error(403, 'forbidden');
  const meeting = await loadMeeting(event.locals.api, event.params.id);
  if (!meeting)
    error(
      404,
      createTranslator({ lang: event.locals.lang, catalogs: [sharedMessages] })('error.notFound'),
    );
  const tr = reportsT(event.locals.lang);
  const rows: unknown[][] = [
    ['section', 'hub', 'month', 'status_or_action', 'detail', 'owner', 'due_date', 'by', 'at'],
  ];
  for (const item of meeting.agenda)
    rows.push([
      'agenda',
      item.report.hubCode,
      item.report.month,
      item.report.status,
      item.report.findings.map((f) => `${f.title}: ${f.message}`).join(' | '),
      '',
      '',
      '',
      '',
    ]);
  for (const d of meeting.decisions)
    rows.push(['decision', d.hubCode, d.month, d.action, d.reason ?? '', '', '', d.by, d.at]);
  for (const f of meeting.followUps)
    rows.push(['follow_up', f.hubCode, f.month, f.status, f.what, f.owner, f.dueDate, '', '']);
  const body = '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  const name = `${tr('verify.minutesTitle').toLowerCase()}-${meeting.month}.csv`;
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
    },
  });
};
