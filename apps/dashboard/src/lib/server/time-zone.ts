/**
 * The time zone in which the dashboard states times (meetings, minutes, report history):
 * DASHBOARD_TIME_ZONE, an IANA name; by default Costa Rica's, where IOM's regional office for
 * Central America, North America and the Caribbean sits. Every time shown names its offset.
 */
export const defaultTimeZone = 'America/Costa_Rica';

export function readTimeZone(value = process.env.DASHBOARD_TIME_ZONE): string {
  if (!value) return defaultTimeZone;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return defaultTimeZone;
  }
}
