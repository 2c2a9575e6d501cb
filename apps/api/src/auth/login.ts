import type { Db } from '../db/client.ts';
import { countAttempt, resetAttempts } from './attempts.ts';
import { readAuthConfig } from './config.ts';
import { getDummyHash, verifyPassword } from './password.ts';
import { createSession, pruneSessions } from './sessions.ts';

/** Why a sign-in failed; the caller always gets the same generic message. */
export type LoginFailure = 'unknown_account' | 'inactive' | 'locked' | 'wrong_password';

export type LoginOutcome =
  | { ok: true; userId: string; token: string; expiresAt: Date; sessionId: string }
  | { ok: false; reason: LoginFailure; userId: string | null; lockedNow: boolean };

/**
 * Checks credentials. Each attempt is counted in the database before its password is checked
 * (attempts.ts): after LOGIN_MAX_FAILURES in a row the account is locked for
 * LOGIN_LOCK_MINUTES, and attempts sent together cannot beat that. Every path runs exactly one
 * argon2 verification (against a dummy hash when there is no password to check), so the time
 * of an answer does not tell whether the email exists or the account is locked.
 */
export async function attemptLogin({
  db,
  email,
  password,
  verify = verifyPassword,
}: {
  db: Db;
  email: string;
  password: string;
  /** The argon2 check (a test counts its calls). */
  verify?: typeof verifyPassword;
}): Promise<LoginOutcome> {
  const { maxFailedLogins, lockMinutes } = readAuthConfig();
  const normalized = email.trim().toLowerCase();
  // PostgreSQL text cannot hold NUL, so no account has such an email (and the query would fail).
  const account = normalized.includes('\u0000')
    ? null
    : await countAttempt({ db, email: normalized, maxFailures: maxFailedLogins, lockMinutes });
  const failed = (reason: LoginFailure): LoginOutcome => ({
    ok: false,
    reason,
    userId: account?.id ?? null,
    lockedNow: reason === 'wrong_password' && account!.lockedNow,
  });
  if (!account || !account.active || account.refused) {
    await verify({ hash: await getDummyHash(), password });
    return failed(!account ? 'unknown_account' : !account.active ? 'inactive' : 'locked');
  }
  if (!(await verify({ hash: account.passwordHash, password }))) return failed('wrong_password');
  const session = await db.transaction(async (tx) => {
    if (!(await resetAttempts({ db: tx, id: account.id, passwordHash: account.passwordHash })))
      return null;
    await pruneSessions({ db: tx, userId: account.id });
    return createSession({ db: tx, userId: account.id });
  });
  // The password or the account changed while it was checked: the old password no longer counts.
  if (!session) return failed('wrong_password');
  return {
    ok: true,
    userId: account.id,
    token: session.token,
    expiresAt: session.expiresAt,
    sessionId: session.id,
  };
}
