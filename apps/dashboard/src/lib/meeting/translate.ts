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

/** "hora estándar central (GMT-6)": the zone the meeting's times are stated in. */
export function describeTimeZone(lang: Lang, timeZone: string): string {
  const part = (timeZoneName: 'longGeneric' | 'shortOffset') =>
    new Intl.DateTimeFormat(lang, { timeZone, timeZoneName })
      .formatToParts(new Date())
      .find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  return `${part('longGeneric')} (${part('shortOffset')})`;
}
