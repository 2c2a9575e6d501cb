import { createTranslator, sharedMessages, type Lang } from '@ventanilla/ui';
import { messages } from '../i18n.ts';
import { analyticsMessages } from './messages.ts';
import { monitoringMessages } from './monitoring-messages.ts';
import { referralFigureMessages } from './referral-messages.ts';

const make = (lang: Lang) =>
  createTranslator({
    lang,
    catalogs: [
      sharedMessages,
      messages,
      analyticsMessages,
      referralFigureMessages,
      monitoringMessages,
    ],
  });
const translators = new Map<Lang, ReturnType<typeof make>>();

/** `analyticsT(lang)(key, params)` over the shared, dashboard and analytics catalogs. */
export function analyticsT(lang: Lang) {
  let translate = translators.get(lang);
  if (!translate) {
    translate = make(lang);
    translators.set(lang, translate);
  }
  return translate;
}
