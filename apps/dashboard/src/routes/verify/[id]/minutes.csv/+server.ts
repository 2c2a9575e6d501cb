import { error } from '@sveltejs/kit';
import { requireUser } from '@ventanilla/ui/server';
import { csvCell } from '#lib/reports/api.server.ts';
import { loadMeetingMinutes } from '#lib/meeting/api.server.ts';
import { buildMinutesTable } from '#lib/meeting/minutes.ts';
import { meetingT } from '#lib/meeting/translate.ts';
import { readTimeZone } from '#lib/server/time-zone.ts';
import type { RequestHandler } from './$types';

/** The minutes as CSV for a spreadsheet, in the reader's language (buildMinutesTable). */
export const GET: RequestHandler = async (event) => {
  const user = requireUser(event);
  if (user.role !== 'reviewer') error(403, 'forbidden');
  const lang = event.locals.lang;
  const tr = meetingT(lang);
  const meeting = await loadMeetingMinutes(event.locals.api, event.params.id);
  if (!meeting) error(404, tr('error.notFound'));
  const rows = buildMinutesTable({ meeting, lang, timeZone: readTimeZone() });
  const body = '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${tr('csv.file', { month: meeting.month })}"`,
    },
  });
};
