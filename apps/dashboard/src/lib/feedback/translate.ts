import { createTranslator, sharedMessages, type Lang } from '@ventanilla/ui';
import { messages } from '../i18n.ts';
import { feedbackMessages } from './messages.ts';

const translators = new Map<Lang, ReturnType<typeof make>>();
const make = (lang: Lang) =>
  createTranslator({ lang, catalogs: [sharedMessages, messages, feedbackMessages] });

/** `feedbackT(lang)(key)` over the shared, dashboard and feedback catalogs. */
export function feedbackT(lang: Lang) {
  let translate = translators.get(lang);
  if (!translate) {
    translate = make(lang);
    translators.set(lang, translate);
  }
  return translate;
}
