import { dateTimeFormat } from '@ventanilla/domain/date-format';
import type { Lang } from '@ventanilla/ui';

/**
 * A moment's day as "12 de marzo de 2026" / "March 12, 2026" in the hub's time zone (the
 * layout's `timeZone`), so a step done at 20:00 in Upala is not dated by the server's UTC day;
 * server and browser render the same text whatever their own zones are.
 */
export function formatDate({
  value,
  lang,
  timeZone,
}: {
  value: string | Date | null;
  lang: Lang;
  timeZone: string;
}): string {
  if (!value) return '';
  return dateTimeFormat(lang, { dateStyle: 'long', timeZone }).format(new Date(value));
}

/** A moment as "5 dic 2026, 20:30 GMT-6" / "Dec 5, 2026, 8:30 PM GMT-6": the zone says its offset. */
export function formatDateTime({
  value,
  lang,
  timeZone,
}: {
  value: string | Date;
  lang: Lang;
  timeZone: string;
}): string {
  return dateTimeFormat(lang, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'shortOffset',
  }).format(new Date(value));
}
