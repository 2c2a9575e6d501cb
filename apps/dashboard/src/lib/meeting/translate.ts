import { createTranslator, sharedMessages, type Lang } from '@ventanilla/ui';
import { messages } from '../i18n.ts';
import { reportMessages } from '../reports/messages.ts';
import { meetingMessages } from './messages.ts';

const translators = new Map<Lang, ReturnType<typeof make>>();
const make = (lang: Lang) =>
  createTranslator({ lang, catalogs: [sharedMessages, messages, reportMessages, meetingMessages] });

/** `meetingT(lang)(key)` over the shared, dashboard, report and meeting catalogs. */
export function meetingT(lang: Lang) {
  let translate = translators.get(lang);
  if (!translate) {
    translate = make(lang);
    translators.set(lang, translate);
  }
  return translate;
}

/**
 * "hora de Costa Rica (GMT-6)": the zone the meeting's times are stated in, named by its place
 * (a generic name such as "Central Standard Time" reads as the United States' zone).
 */
export function describeTimeZone(lang: Lang, timeZone: string): string {
  const offset =
    new Intl.DateTimeFormat(lang, { timeZone, timeZoneName: 'shortOffset' })
      .formatToParts(new Date())
      .find((p) => p.type === 'timeZoneName')?.value ?? '';
  const place = timeZone.split('/').pop()!.replace(/_/g, ' ');
  const name = lang === 'en' ? `${place} time` : `hora de ${place}`;
  return offset ? `${name} (${offset})` : name;
}
