import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { queryRows } from '../db/rows.ts';

/** An account as a sign-in attempt finds it, once the attempt is counted. */
export type CountedAttempt = {
  id: string;
  passwordHash: string;
  active: boolean;
  /** This attempt's number in the current run of attempts (1 = first since the last success). */
  attempt: number;
  /** Whether this attempt is past the limit (or the account is locked): refused unchecked. */
  refused: boolean;
  /** Whether this very attempt reached the limit and locked the account. */
  lockedNow: boolean;
};

/**
 * Counts a sign-in attempt before its password is checked, in one UPDATE … RETURNING, so that
 * attempts sent together are numbered one by one by the database (shared by every API process):
 * the first `maxFailures` of a run get their password checked, the attempt that reaches the
 * limit locks the account for `lockMinutes`, and every later one is refused without a check
 * until the lock has passed. A successful sign-in ends the run (`resetAttempts`). A lock that
 * has passed starts a new run. Null when no account has this email.
 */
export async function countAttempt({
  db,
  email,
  maxFailures,
  lockMinutes,
}: {
  db: Executor;
  email: string;
  maxFailures: number;
  lockMinutes: number;
}): Promise<CountedAttempt | null> {
  const over = maxFailures + 1;
  // Every SET expression reads the row as it was before this statement; row locks serialise
  // concurrent attempts, each seeing the count the previous one left.
  const next = sql`(case
    when locked_until > now() then ${over}::int
    when locked_until is not null then 1
    else least(failed_logins + 1, ${over}::int) end)`;
  const lockUntil = sql`now() + make_interval(mins => ${lockMinutes}::int)`;
  const [row] = await queryRows<{
    id: string;
    password_hash: string;
    active: boolean;
    attempt: number;
    locked_now: boolean;
  }>(
    db,
    sql`update users set
      failed_logins = ${next},
      locked_until = case
        when locked_until > now() then locked_until
        when ${next} >= ${maxFailures}::int then ${lockUntil}
        else null end
    where email = ${email}
    returning id, password_hash, active, failed_logins as attempt,
      coalesce(locked_until = ${lockUntil}, false) as locked_now`,
  );
  if (!row) return null;
  const attempt = Number(row.attempt);
  return {
    id: row.id,
    passwordHash: row.password_hash,
    active: row.active,
    attempt,
    refused: attempt > maxFailures,
    lockedNow: row.locked_now,
  };
}

/**
 * Ends the run of attempts after the password was found right, only if the account still has
 * that password hash and is active: an admin who changed the password or disabled the account
 * while it was being checked wins, and no session is started (it would outlive the change).
 * Takes the row lock, so run it in the transaction that starts the session.
 */
export async function resetAttempts({
  db,
  id,
  passwordHash,
}: {
  db: Executor;
  id: string;
  passwordHash: string;
}): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`update users set failed_logins = 0, locked_until = null
    where id = ${id} and active and password_hash = ${passwordHash}
    returning id`,
  );
  return rows.length > 0;
}
