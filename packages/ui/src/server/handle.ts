import type { Handle } from '@sveltejs/kit/hooks';
import { isRole } from '@ventanilla/domain/auth/roles';
import type { ResultOf } from 'gql.tada';
import { parseLang } from '@ventanilla/domain/i18n';
import type { User } from '../types.ts';
import { compressResponse } from './compress.ts';
import { clearSessionCookie, LANG_COOKIE, LANG_HEADER, SESSION_COOKIE } from './cookies.ts';
import { isCrossSiteFormSubmission } from './csrf.ts';
import { ApiError, ApiUnavailableError, createApiClient } from './graphql.ts';
import './locals.ts';
import { ME_QUERY } from './queries.ts';

/** The placeholder in src/app.html replaced by the page language: `<html lang="%vt.lang%">`. */
export const LANG_PLACEHOLDER = '%vt.lang%';

const securityHeaders: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'cross-origin-opener-policy': 'same-origin',
};

/** `me` as the apps use it: the API's enum value HUB_OFFICER becomes the domain code hub_officer. */
function normalizeUser(raw: ResultOf<typeof ME_QUERY>['me']): User | null {
  if (!raw) return null;
  const role = String(raw.role).toLowerCase();
  if (!isRole(role)) throw new Error(`Unknown role from the API: ${raw.role}`);
  return { ...raw, role, hubs: raw.hubs ?? [] };
}

/**
 * The `handle` hook both apps use: reads `vt_lang` and `vt_session`, loads `me` once per
 * request into `event.locals`, sets `<html lang>`, `content-language` and security headers, refuses cross-site form
 * posts (csrf.ts), keeps pages of a signed-in user out of shared caches and gzips what it renders
 * (compress.ts).
 */
export function createHandle(): Handle {
  return async ({ event, resolve }) => {
    if (isCrossSiteFormSubmission({ request: event.request })) {
      return new Response('Cross-site form submissions are forbidden', {
        status: 403,
        headers: { 'content-type': 'text/plain; charset=utf-8', ...securityHeaders },
      });
    }
    // The header lets the dashboard's service worker keep each offline page in both languages.
    const lang = parseLang({
      value: event.request.headers.get(LANG_HEADER) ?? event.cookies.get(LANG_COOKIE),
    });
    const token = event.cookies.get(SESSION_COOKIE) || null;
    const api = createApiClient({ token, lang });
    let user: User | null = null;
    let apiUnavailable = false;

    if (token) {
      try {
        const data = await api(ME_QUERY);
        user = normalizeUser(data.me);
        if (!user) clearSessionCookie({ cookies: event.cookies, url: event.url });
      } catch (error) {
        if (error instanceof ApiUnavailableError) {
          apiUnavailable = true;
          console.error(`[handle] ${error.message}`);
        } else if (error instanceof ApiError && error.unauthenticated) {
          clearSessionCookie({ cookies: event.cookies, url: event.url });
        } else {
          throw error;
        }
      }
    }

    Object.assign(event.locals, { lang, token: user ? token : null, user, apiUnavailable, api });

    const response = await resolve(event, {
      transformPageChunk: ({ html }) => html.replace(LANG_PLACEHOLDER, lang),
    });

    try {
      for (const [name, value] of Object.entries(securityHeaders)) {
        if (!response.headers.has(name)) response.headers.set(name, value);
      }
      // Says which language a page is in, so a cached copy can be filed under it.
      if (!response.headers.has('content-language')) response.headers.set('content-language', lang);
      if (user && !response.headers.has('cache-control')) {
        response.headers.set('cache-control', 'private, no-store');
      }
    } catch {
      // Some responses (e.g. fetched ones) have immutable headers; leave them as they are.
    }
    return compressResponse({ request: event.request, response });
  };
}
