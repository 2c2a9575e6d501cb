import type { IncomingMessage, ServerResponse } from 'node:http';
import { buildContext } from './context.ts';
import type { Db } from './db/client.ts';

/** What a plain HTTP route beside /graphql (`/imports`, `/xlsform`) is given. */
export type HttpRouteArgs = { db: Db; req: IncomingMessage; res: ServerResponse };

/**
 * The caller of a plain HTTP route, from `Authorization: Bearer` only (no cookie, so a
 * cross-site page cannot use the session): the GraphQL context, or null when signed out.
 */
export async function readBearerContext({ db, req }: Omit<HttpRouteArgs, 'res'>) {
  const bearer = /^Bearer\s+\S+$/iu.test(String(req.headers.authorization ?? ''));
  const ctx = bearer ? await buildContext({ db, headers: req.headers }) : null;
  return ctx?.user ? { ...ctx, user: ctx.user } : null;
}
