import type { Cookies } from '@sveltejs/kit';
import type { Lang } from '../types.ts';
import { LANG_COOKIE, LANG_COOKIE_MAX_AGE } from '../lang-cookie.ts';
import { isSecureOrigin } from './csrf.ts';

export { LANG_COOKIE, LANG_HEADER } from '../lang-cookie.ts';

/** Opaque session token from the API's `login`; shared by both apps (cookies ignore ports). */
export const SESSION_COOKIE = 'vt_session';

function baseOptions(url: URL) {
  return { path: '/', sameSite: 'lax' as const, secure: isSecureOrigin({ url }) };
}

export function setSessionCookie({
  cookies,
  url,
  token,
  expiresAt,
}: {
  cookies: Cookies;
  url: URL;
  token: string;
  expiresAt?: string | null;
}): void {
  const expires = expiresAt ? new Date(expiresAt) : undefined;
  cookies.set(SESSION_COOKIE, token, {
    ...baseOptions(url),
    httpOnly: true,
    ...(expires && !Number.isNaN(expires.getTime()) ? { expires } : {}),
  });
}

export function clearSessionCookie({ cookies, url }: { cookies: Cookies; url: URL }): void {
  cookies.delete(SESSION_COOKIE, { ...baseOptions(url), httpOnly: true });
}

export function setLangCookie({
  cookies,
  url,
  lang,
}: {
  cookies: Cookies;
  url: URL;
  lang: Lang;
}): void {
  // Not httpOnly: nothing secret, and a later client-side switch may read it.
  cookies.set(LANG_COOKIE, lang, {
    ...baseOptions(url),
    httpOnly: false,
    maxAge: LANG_COOKIE_MAX_AGE,
  });
}
