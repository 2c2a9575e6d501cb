import type { Lang, User } from '../types.ts';
import type { ApiClient } from './graphql.ts';

/** What the shared `handle` hook puts on `event.locals` for every request. */
export type UiLocals = {
  lang: Lang;
  /** The session token from the `vt_session` cookie, or null. */
  token: string | null;
  /** The signed-in user (`me`), or null when signed out or the session expired. */
  user: User | null;
  /** True when the API could not be reached while loading `me`. */
  apiUnavailable: boolean;
  /** A GraphQL client bound to this request's token and language. */
  api: ApiClient;
};

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace App {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface Locals extends UiLocals {}
  }
}
