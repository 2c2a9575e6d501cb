/**
 * The time zone in which an app states dates and times: an IANA name from the deployment's
 * settings (each app names its variable); by default Costa Rica's, where IOM's regional office
 * for Central America, North America and the Caribbean sits. The server runs in UTC, so without
 * a zone a step done at 20:00 in Upala would read as the next day.
 */
export const defaultTimeZone = 'America/Costa_Rica';

/** The given IANA zone in its canonical spelling, or the default when it is empty or unknown. */
export function readTimeZone(value: string | undefined): string {
  if (!value) return defaultTimeZone;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return defaultTimeZone;
  }
}
