import type { Executor } from '../db/client.ts';
import { auditLog } from '../db/schema/index.ts';
import { readAuthConfig } from './config.ts';
import type { LoginOutcome } from './login.ts';

/**
 * Audits a failed sign-in, and the lock-out it caused, for admins (docs/security.md, threat 5).
 * Nobody is signed in, so the rows have no user; the account tried is the entity. What is kept:
 * the account's id and why it failed. Never the password, and never the email typed for an
 * account that does not exist: that is personal data of whoever typed it (often a real
 * colleague's address with a typo), and a hash of it would not hide it (emails are easy to guess
 * and hash). Admins still see that, and when, unknown emails are tried. One INSERT for all rows,
 * so the lock-out attempt costs the same round trips as any other.
 */
export async function auditLoginFailure({
  db,
  outcome,
}: {
  db: Executor;
  outcome: Extract<LoginOutcome, { ok: false }>;
}): Promise<void> {
  const { maxFailedLogins, lockMinutes } = readAuthConfig();
  const about = { userId: null, entity: 'user', entityId: outcome.userId };
  await db.insert(auditLog).values([
    { ...about, action: 'login_failed', detail: { reason: outcome.reason } },
    ...(outcome.lockedNow
      ? [
          {
            ...about,
            action: 'lockout',
            detail: { failures: maxFailedLogins, minutes: lockMinutes },
          },
        ]
      : []),
  ]);
}
