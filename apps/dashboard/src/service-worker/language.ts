/**
 * The language of the pages this service worker answers with, and the language switch when there
 * is no connection (issue 15: /record and /pending come from the cache, so the switch must too).
 *
 * The chosen language is the `vt_lang` cookie. It is read with the Cookie Store API where the
 * browser has it in service workers; otherwise the last choice seen here (a switch posted through
 * this worker, or the `content-language` of a page the server rendered for the cookie) is used,
 * kept in a small cache so that it outlives the worker.
 */
import { defaultLang, parseLang, type Lang } from '@ventanilla/domain/i18n';
import { LANG_COOKIE, LANG_COOKIE_MAX_AGE } from '@ventanilla/ui/lang-cookie.ts';
import { getSafeNext } from '@ventanilla/ui/server/next.ts';

declare const self: ServiceWorkerGlobalScope;

export const STATE_CACHE = 'vt-dashboard-state';
const CHOICE_KEY = '/__vt/lang';

let remembered: Lang | null = null;

const cookieStore = (): CookieStore | null =>
  'cookieStore' in self && self.cookieStore ? self.cookieStore : null;

/** Keeps `lang` as the last choice seen (for browsers without the Cookie Store API). */
export async function rememberLang(lang: Lang): Promise<void> {
  if (remembered === lang) return;
  remembered = lang;
  const cache = await caches.open(STATE_CACHE);
  await cache.put(new URL(CHOICE_KEY, self.location.origin).href, new Response(lang));
}

async function readRemembered(): Promise<Lang | null> {
  if (remembered) return remembered;
  const hit = await (
    await caches.open(STATE_CACHE)
  ).match(new URL(CHOICE_KEY, self.location.origin).href);
  remembered = hit ? parseLang({ value: await hit.text() }) : null;
  return remembered;
}

/** The language the person chose: the cookie when readable, else the last choice seen here. */
export async function currentLang(): Promise<Lang> {
  const store = cookieStore();
  if (store) {
    try {
      const cookie = await store.get(LANG_COOKIE);
      return parseLang({ value: cookie?.value });
    } catch {
      // Fall through to the remembered choice.
    }
  }
  return (await readRemembered()) ?? defaultLang;
}

/** The language a response of the server is in (`content-language`), or null if it does not say. */
export function langOf(response: Response): Lang | null {
  const header = response.headers.get('content-language');
  return header ? parseLang({ value: header }) : null;
}

/**
 * Answers the language form (`POST /language`): online the server sets the cookie and redirects;
 * offline this worker sets the cookie and redirects to the same page, which then comes from the
 * cache of the new language.
 */
export async function switchLanguage(request: Request): Promise<Response> {
  const form = await request.clone().formData();
  const lang = parseLang({ value: String(form.get('lang') ?? '') });
  const next = getSafeNext({ next: form.get('next') });
  await rememberLang(lang);
  try {
    return await fetch(request);
  } catch {
    try {
      await cookieStore()?.set({
        name: LANG_COOKIE,
        value: lang,
        path: '/',
        sameSite: 'lax',
        expires: Date.now() + LANG_COOKIE_MAX_AGE * 1000,
      });
    } catch {
      // The page set the cookie before posting (LanguageSwitch.svelte).
    }
    return Response.redirect(new URL(next, self.location.origin).href, 303);
  }
}
