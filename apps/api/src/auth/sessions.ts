import { and, eq, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { queryRows } from '../db/rows.ts';
import { sessions } from '../db/schema/index.ts';
import { readAuthConfig } from './config.ts';
import type { CurrentUser } from './current-user.ts';
import { createToken, hashToken } from './tokens.ts';

export type SessionInfo = { id: string; userId: string; expiresAt: Date };

/** Starts a session; returns the token (shown once) and its absolute expiry. */
export async function createSession({ db, userId }: { db: Executor; userId: string }) {
  const { lifetimeHours } = readAuthConfig();
  const token = createToken();
  const expiresAt = new Date(Date.now() + lifetimeHours * 3600_000);
  const [row] = await db
    .insert(sessions)
    .values({ tokenHash: hashToken({ token }), userId, expiresAt })
    .returning({ id: sessions.id });
  return { token, expiresAt, id: row!.id };
}

/**
 * Finds the live session for a token and marks it seen. A session dies after
 * SESSION_IDLE_MINUTES without use or at its absolute expiry.
 */
export async function resumeSession({
  db,
  token,
}: {
  db: Executor;
  token: string;
}): Promise<SessionInfo | null> {
  const { idleMinutes } = readAuthConfig();
  const idle = sql`make_interval(mins => ${idleMinutes})`;
  const [row] = await db
    .update(sessions)
    .set({ lastSeenAt: sql`now()` })
    .where(
      and(
        eq(sessions.tokenHash, hashToken({ token })),
        sql`${sessions.expiresAt} > now()`,
        sql`${sessions.lastSeenAt} + ${idle} > now()`,
      ),
    )
    .returning({ id: sessions.id, userId: sessions.userId, expiresAt: sessions.expiresAt });
  if (!row) return null;
  return row;
}

/**
 * How stale `last_seen_at` may get: a request writes it only when it is older than this, so the
 * requests of a busy page are reads (a write on every request cost ≈0.4 ms). Idle time-outs
 * are in minutes; half a minute of slack does not matter.
 */
const SEEN_RESOLUTION_SECONDS = 30;

/**
 * `resumeSession` and `loadCurrentUser` in one round trip, for every authenticated request:
 * same rules (the session is marked seen, to the half minute; an inactive user has no session),
 * read from the database on each call so that several API processes agree.
 */
export async function resumeSessionUser({
  db,
  token,
}: {
  db: Executor;
  token: string;
}): Promise<{ session: SessionInfo; user: CurrentUser } | null> {
  const { idleMinutes } = readAuthConfig();
  const [row] = await queryRows<{
    id: string;
    user_id: string;
    expires_ms: number | string;
    email: string;
    name: string;
    role: CurrentUser['role'];
    hubs: string | null;
  }>(
    db,
    sql`with s as (
      select id, user_id, expires_at, last_seen_at from sessions
      where token_hash = ${hashToken({ token })} and expires_at > now()
        and last_seen_at + make_interval(mins => ${idleMinutes}) > now()),
    seen as (
      update sessions set last_seen_at = now() from s
      where sessions.id = s.id
        and s.last_seen_at < now() - make_interval(secs => ${SEEN_RESOLUTION_SECONDS}))
    select s.id, s.user_id, (extract(epoch from s.expires_at) * 1000)::float8 as expires_ms,
      u.email, u.name, u.role,
      (select string_agg(h.hub_code, chr(31)) from user_hubs h where h.user_id = u.id) as hubs
    from s join users u on u.id = s.user_id and u.active`,
  );
  if (!row) return null;
  return {
    session: { id: row.id, userId: row.user_id, expiresAt: new Date(Number(row.expires_ms)) },
    user: {
      id: row.user_id,
      email: row.email,
      name: row.name,
      role: row.role,
      hubCodes: row.hubs ? row.hubs.split('\u001f').sort() : [],
    },
  };
}

/** Ends one session. */
export async function endSession({ db, id }: { db: Executor; id: string }): Promise<boolean> {
  const rows = await db.delete(sessions).where(eq(sessions.id, id)).returning({ id: sessions.id });
  return rows.length > 0;
}

/** Removes expired sessions of a user (housekeeping on login). */
export async function pruneSessions({
  db,
  userId,
}: {
  db: Executor;
  userId: string;
}): Promise<void> {
  const { idleMinutes } = readAuthConfig();
  await db
    .delete(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        or(
          lt(sessions.expiresAt, sql`now()`),
          sql`${sessions.lastSeenAt} + make_interval(mins => ${idleMinutes}) <= now()`,
        ),
      ),
    );
}

/**
 * Ends every session of a user, when their password is set or they are disabled: a token stolen
 * or left on a shared computer must not outlive either (nor come back when the user is enabled
 * again). Returns how many ended.
 */
export async function endUserSessions({
  db,
  userId,
}: {
  db: Executor;
  userId: string;
}): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(eq(sessions.userId, userId))
    .returning({ id: sessions.id });
  return rows.length;
}
