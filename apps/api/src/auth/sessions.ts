import { and, eq, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { sessions } from '../db/schema/index.ts';
import { readAuthConfig } from './config.ts';
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
