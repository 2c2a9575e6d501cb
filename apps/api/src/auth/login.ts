import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { users } from '../db/schema/index.ts';
import { readAuthConfig } from './config.ts';
import { getDummyHash, verifyPassword } from './password.ts';
import { createSession, pruneSessions } from './sessions.ts';

export type LoginOutcome =
  | { ok: true; userId: string; token: string; expiresAt: Date; sessionId: string }
  | { ok: false; reason: 'unknown' | 'locked' | 'wrong_password' };

/**
 * Checks credentials. Failures are counted per account in the database; after
 * LOGIN_MAX_FAILURES in a row the account is locked for LOGIN_LOCK_MINUTES.
 */
export async function attemptLogin({
  db,
  email,
  password,
}: {
  db: Executor;
  email: string;
  password: string;
}): Promise<LoginOutcome> {
  const { maxFailedLogins, lockMinutes } = readAuthConfig();
  const normalized = email.trim().toLowerCase();
  const [user] = await db
    .select({
      id: users.id,
      passwordHash: users.passwordHash,
      active: users.active,
      locked: sql<boolean>`coalesce(${users.lockedUntil} > now(), false)`,
    })
    .from(users)
    .where(eq(users.email, normalized));
  if (!user || !user.active) {
    await verifyPassword({ hash: await getDummyHash(), password });
    return { ok: false, reason: 'unknown' };
  }
  if (user.locked) return { ok: false, reason: 'locked' };
  const valid = await verifyPassword({ hash: user.passwordHash, password });
  if (!valid) {
    // Not locked here, so locked_until is null or past: a past lock starts a new count.
    const failures = sql`(case when ${users.lockedUntil} is not null then 1 else ${users.failedLogins} + 1 end)`;
    await db
      .update(users)
      .set({
        failedLogins: failures,
        lockedUntil: sql`case when ${failures} >= ${maxFailedLogins} then now() + make_interval(mins => ${lockMinutes}) else null end`,
      })
      .where(eq(users.id, user.id));
    return { ok: false, reason: 'wrong_password' };
  }
  await db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
  await pruneSessions({ db, userId: user.id });
  const session = await createSession({ db, userId: user.id });
  return {
    ok: true,
    userId: user.id,
    token: session.token,
    expiresAt: session.expiresAt,
    sessionId: session.id,
  };
}
