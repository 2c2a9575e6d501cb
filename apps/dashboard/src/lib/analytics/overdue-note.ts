/**
 * The note under the overdue follow-ups figure: "today" as a date in the reader's language and
 * the zone by its place ("hora de Costa Rica (GMT-6)"), never an ISO date and an IANA id (#16).
 */
import type { Lang } from '@ventanilla/ui';
import { describeTimeZone } from '../meeting/translate.ts';
import { formatDay } from '../reports/format.ts';
import { analyticsT } from './translate.ts';

export function overdueNote({
  lang,
  today,
  timeZone,
}: {
  lang: Lang;
  /** YYYY-MM-DD in `timeZone`. */
  today: string;
  timeZone: string;
}): string {
  return analyticsT(lang)('an.ref.overdueNote', {
    today: formatDay(lang, today),
    zone: describeTimeZone(lang, timeZone),
  });
}
