import { error, type RequestEvent } from '@sveltejs/kit';
import { ApiUnavailableError, requireUser } from '@ventanilla/ui/server';
import { readTimeZone } from '../server/time-zone.ts';

/**
 * Loads one page of a verification meeting for a reviewer: a 404 when the meeting (or the hub)
 * is not there, a 503 when the API is away; with the time zone the page states times in.
 */
export async function loadMeetingPage<T>(
  event: RequestEvent,
  load: () => Promise<T | null | undefined>,
): Promise<{ found: T; timeZone: string }> {
  const user = requireUser(event);
  if (user.role !== 'reviewer') error(403, 'forbidden');
  let found: T | null | undefined;
  try {
    found = await load();
  } catch (cause) {
    if (cause instanceof ApiUnavailableError) error(503, 'error.unavailable');
    throw cause;
  }
  if (!found) error(404, 'error.notFound');
  return { found, timeZone: readTimeZone() };
}
