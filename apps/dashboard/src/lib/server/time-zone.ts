import { readTimeZone as readZone } from '@ventanilla/ui/server';

/**
 * The time zone in which the dashboard states times (meetings, minutes, report history):
 * DASHBOARD_TIME_ZONE, an IANA name (the shared reader in @ventanilla/ui falls back to Costa
 * Rica's). Every time shown names its offset.
 */
export { defaultTimeZone } from '@ventanilla/ui/server';

export function readTimeZone(value = process.env.DASHBOARD_TIME_ZONE): string {
  return readZone(value);
}
