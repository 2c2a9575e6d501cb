import type { Lang } from '@ventanilla/domain';
import { writeAudit, type AuditEntry } from './audit/write.ts';
import type { CurrentUser } from './auth/current-user.ts';
import { readLang, readSessionToken, type RequestHeaders } from './auth/request.ts';
import { resumeSessionUser, type SessionInfo } from './auth/sessions.ts';
import type { Db, Executor } from './db/client.ts';

export type Context = {
  db: Db;
  user: CurrentUser | null;
  session: SessionInfo | null;
  lang: Lang;
  /** Appends an audit row as the caller; pass `tx` to write inside a transaction. */
  audit: (entry: AuditEntry, tx?: Executor) => Promise<void>;
};

/** Builds the request context: resumes the session (if any) and reads the language. */
export async function buildContext({
  db,
  headers,
}: {
  db: Db;
  headers: RequestHeaders;
}): Promise<Context> {
  const lang = readLang(headers);
  const token = readSessionToken(headers);
  let session: SessionInfo | null = null;
  let user: CurrentUser | null = null;
  if (token) {
    // One round trip: session check, last-seen update and the user with their hubs.
    const resumed = await resumeSessionUser({ db, token });
    if (resumed) ({ session, user } = resumed);
  }
  return {
    db,
    user,
    session,
    lang,
    audit: (entry, tx) => writeAudit({ db: tx ?? db, userId: user?.id ?? null, entry }),
  };
}
