import { createTranslator, sharedMessages, type Lang } from '@ventanilla/ui';
import { messages } from '../i18n.ts';
import { visitMessages } from '../visits/messages.ts';
import { referralMessages } from './messages.ts';
import { followUpsOfflineMessages } from './offline-messages.ts';

const translators = new Map<Lang, ReturnType<typeof make>>();
const make = (lang: Lang) =>
  createTranslator({
    lang,
    catalogs: [sharedMessages, messages, referralMessages, followUpsOfflineMessages, visitMessages],
  });

/**
 * `referralT(lang)(key)` over the shared, dashboard, referral (with the worklist's offline texts)
 * and visit catalogs (the case page).
 */
export function referralT(lang: Lang) {
  let translate = translators.get(lang);
  if (!translate) {
    translate = make(lang);
    translators.set(lang, translate);
  }
  return translate;
}
