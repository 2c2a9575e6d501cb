import { error } from '@sveltejs/kit';
import { requireUser } from '@ventanilla/ui/server';
import { loadMeetingMinutes } from '#lib/meeting/api.server.ts';
import { buildMinutesTable } from '#lib/meeting/minutes.ts';
import { writeMinutesCsv } from '#lib/meeting/minutes-csv.ts';
import { meetingT } from '#lib/meeting/translate.ts';
import { readTimeZone } from '#lib/server/time-zone.ts';
import type { RequestHandler } from './$types';

/**
 * The minutes as CSV for a spreadsheet, in the reader's language (buildMinutesTable), split as
 * the reader's Excel expects (writeMinutesCsv).
 */
export const GET: RequestHandler = async (event) => {
  const user = requireUser(event);
  if (user.role !== 'reviewer') error(403, 'forbidden');
  const lang = event.locals.lang;
  const tr = meetingT(lang);
  const meeting = await loadMeetingMinutes(event.locals.api, event.params.id);
  if (!meeting) error(404, tr('error.notFound'));
  const rows = buildMinutesTable({ meeting, lang, timeZone: readTimeZone() });
  return new Response(writeMinutesCsv({ rows, lang }), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${tr('csv.file', { month: meeting.month })}"`,
    },
  });
};
