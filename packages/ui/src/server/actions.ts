import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { parseLang } from '@ventanilla/domain/i18n';
import type { ResultOf } from 'gql.tada';
import type { SharedKey } from '../i18n/index.ts';
import { clearSessionCookie, setLangCookie, setSessionCookie } from './cookies.ts';
import { ApiUnavailableError, createApiClient } from './graphql.ts';
import './locals.ts';
import { getSafeNext } from './next.ts';
import { LOGIN_MUTATION, LOGOUT_MUTATION } from './queries.ts';

/** What a failed sign-in returns to the form. */
export type SignInFailure = { email: string; error: SharedKey; message?: string };

/** Form action of /signin: asks the API to log in, sets `vt_session`, goes to `next`. */
export async function signIn(event: RequestEvent) {
  const form = await event.request.formData();
  const email = String(form.get('email') ?? '').trim();
  const password = String(form.get('password') ?? '');
  const next = getSafeNext({ next: form.get('next') });
  if (!email || !password) {
    return fail(400, { email, error: 'signin.error.missing' } satisfies SignInFailure);
  }

  const api = createApiClient({ lang: event.locals.lang });
  let result: ResultOf<typeof LOGIN_MUTATION>['login'];
  try {
    result = (await api(LOGIN_MUTATION, { email, password })).login;
  } catch (cause) {
    if (cause instanceof ApiUnavailableError) {
      return fail(503, { email, error: 'signin.error.unavailable' } satisfies SignInFailure);
    }
    throw cause;
  }
  if (result.__typename !== 'Session') {
    return fail(401, {
      email,
      error: 'signin.error.invalid',
      message: result.message,
    } satisfies SignInFailure);
  }
  setSessionCookie({
    cookies: event.cookies,
    url: event.url,
    token: result.token,
    expiresAt: result.expiresAt,
  });
  redirect(303, next);
}

/** Form action of /signout: ends the session at the API (best effort) and clears the cookie. */
export async function signOut(event: RequestEvent) {
  const { token, lang } = event.locals;
  if (token) {
    try {
      await createApiClient({ token, lang })(LOGOUT_MUTATION);
    } catch (cause) {
      // The cookie goes anyway; the API's idle timeout ends an orphaned session.
      console.error('[signout] logout failed', cause);
    }
  }
  clearSessionCookie({ cookies: event.cookies, url: event.url });
  redirect(303, '/signin?signedout=1');
}

/** Form action of /language: remembers `lang` for a year and goes back to `next`. */
export async function switchLanguage(event: RequestEvent) {
  const form = await event.request.formData();
  const lang = parseLang({ value: String(form.get('lang') ?? '') });
  setLangCookie({ cookies: event.cookies, url: event.url, lang });
  redirect(303, getSafeNext({ next: form.get('next') }));
}

/** GET of an action-only route (/signout, /language): nothing to show, go home. */
export function redirectHome(): never {
  redirect(303, '/');
}

/**
 * The signed-in user, or a redirect to /signin?next=<this page>. When the API cannot be
 * reached, a 503 error page instead of a misleading sign-in form.
 */
export function requireUser(event: Pick<RequestEvent, 'locals' | 'url'>) {
  const { user, apiUnavailable } = event.locals;
  if (user) return user;
  if (apiUnavailable) error(503, 'error.unavailable');
  const next = event.url.pathname + event.url.search;
  redirect(303, next === '/' ? '/signin' : `/signin?next=${encodeURIComponent(next)}`);
}

/** Load of /signin: a signed-in user goes straight on; otherwise the form's data. */
export function loadSignIn(event: Pick<RequestEvent, 'locals' | 'url'>) {
  const next = getSafeNext({ next: event.url.searchParams.get('next') });
  if (event.locals.user) redirect(303, next);
  return {
    next,
    notice: event.url.searchParams.has('signedout') ? ('signin.signedOut' as const) : null,
  };
}
