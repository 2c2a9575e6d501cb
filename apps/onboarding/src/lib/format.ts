import type { Lang } from '@ventanilla/ui';

/** A date as "12 de marzo de 2026" / "March 12, 2026" (UTC, so server and print agree). */
export function formatDate({ value, lang }: { value: string | Date | null; lang: Lang }): string {
  if (!value) return '';
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(value),
  );
}
