import { dateTimeFormat } from '@ventanilla/domain/date-format';
import type { Lang } from '@ventanilla/domain/i18n';

/** "12 dic 2026" / "Dec 12, 2026": a calendar date as people read it, never the ISO form. */
export function readableDay(date: string | null, lang: Lang): string {
  if (!date) return '—';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  return dateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
