/**
 * Where the chosen language travels, shared by the servers, the pages and the dashboard's service
 * worker (which answers the language switch itself when offline). No framework imports: the
 * service worker bundles this file.
 */

/** The chosen language, `es` (default) or `en`; not httpOnly so a page or service worker may set it. */
export const LANG_COOKIE = 'vt_lang';

/** A request header that asks for a page in a language without changing the cookie (cache warming). */
export const LANG_HEADER = 'x-vt-lang';

/** The cookie is kept a year. */
export const LANG_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;
