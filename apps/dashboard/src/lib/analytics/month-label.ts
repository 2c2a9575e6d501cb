import type { Lang } from '@ventanilla/ui';

const formats = new Map<Lang, Intl.DateTimeFormat>();

/** "septiembre de 2026" / "September 2026" (light: no domain lists, safe for the client). */
export function formatMonthLabel({ month, lang }: { month: string; lang: Lang }): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'es' ? 'es' : 'en-GB', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formats.set(lang, format);
  }
  return format.format(new Date(`${month}-01T00:00:00Z`));
}
