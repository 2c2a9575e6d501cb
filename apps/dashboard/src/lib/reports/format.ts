import { dateTimeFormat } from '@ventanilla/domain/date-format';
import type { Lang } from '@ventanilla/ui';

/** "noviembre de 2026" / "November 2026". */
export function formatMonth(lang: Lang, month: string): string {
  const [y, m] = month.split('-').map(Number);
  return dateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(y ?? 1970, (m ?? 1) - 1, 1),
  );
}

/**
 * "5 dic 2026, 09:30 GMT-6": a moment in the given time zone, which the text states (server and
 * browser render the same text whatever their own zones are).
 */
export function formatDateTime(lang: Lang, iso: string, timeZone = 'UTC'): string {
  return dateTimeFormat(lang, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'shortOffset',
  }).format(new Date(iso));
}

export function formatDay(lang: Lang, day: string): string {
  return dateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}
