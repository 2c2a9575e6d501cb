import { createTranslator, sharedMessages, type Lang } from '@ventanilla/ui';
import { messages } from '../i18n.ts';
import { mcaMessages } from './messages.ts';

const translators = new Map<Lang, ReturnType<typeof make>>();
const make = (lang: Lang) =>
  createTranslator({ lang, catalogs: [sharedMessages, messages, mcaMessages] });

/** `mcaT(lang)(key)` over the shared, dashboard and community-advisor catalogs. */
export function mcaT(lang: Lang) {
  let translate = translators.get(lang);
  if (!translate) {
    translate = make(lang);
    translators.set(lang, translate);
  }
  return translate;
}
