import { loadMeetingMinutes } from '#lib/meeting/api.server.ts';
import { loadMeetingPage } from '#lib/meeting/page.server.ts';
import type { PageServerLoad } from './$types';

/** The printable minutes of a meeting. */
export const load: PageServerLoad = async (event) => {
  const { found, timeZone } = await loadMeetingPage(event, () =>
    loadMeetingMinutes(event.locals.api, event.params.id),
  );
  return { meeting: found, timeZone };
};
