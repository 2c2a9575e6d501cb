import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, users } from '../db/schema/index.ts';
import { addUser } from '../services/users.ts';
import { startTestApp, testPassword, type TestApp } from '../test/app.ts';
import { readAuthConfig } from './config.ts';

/**
 * Issue 14, security 2: guesses sent together must not beat the lock-out. Runs against the real
 * HTTP server, on PGlite and (TEST_DB=postgres) on PostgreSQL, where the requests really do run on
 * several connections at once.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const LOGIN = `mutation($e: String!, $p: String!) {
  login(email: $e, password: $p) { __typename ... on Session { token } ... on AuthError { message } }
}`;

async function addAccount(email: string): Promise<string> {
  const row = await addUser({
    db: app.database.db,
    input: { email, name: 'Guessed', role: 'hub_officer', hubCodes: [], password: testPassword },
  });
  return row.id;
}

/** Audit rows about one account, of one action (and one reason). */
async function auditCount(action: string, userId: string, reason?: string): Promise<number> {
  const rows = await app.database.db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, action),
        eq(auditLog.entityId, userId),
        reason === undefined ? undefined : sql`${auditLog.detail}->>'reason' = ${reason}`,
      ),
    );
  return rows.length;
}

describe('lock-out under concurrent guesses', () => {
  it('15 wrong passwords at once, then the right one 15 ms later: the right one is refused and the account stays locked', async () => {
    const { maxFailedLogins } = readAuthConfig();
    const email = 'guessed.together@test.org';
    const id = await addAccount(email);
    let answered = 0;
    const wrong = Array.from({ length: 15 }, (_, i) =>
      app.gql(LOGIN, { e: email, p: `wrong-guess-${i}` }).then((r) => {
        answered++;
        return r;
      }),
    );
    // The scenario of the issue: the right password 15 ms after the guesses, while they are
    // still being checked (each costs an argon2 verification).
    await new Promise((resolve) => setTimeout(resolve, 15));
    const inFlight = 15 - answered;
    const right = await app.gql(LOGIN, { e: email, p: testPassword });
    const guesses = await Promise.all(wrong);
    expect(inFlight).toBeGreaterThan(0);
    expect(guesses.every((g) => g.body.data.login.__typename === 'AuthError')).toBe(true);
    expect(right.body.data.login.__typename).toBe('AuthError');
    const [row] = await app.database.db.select().from(users).where(eq(users.id, id));
    expect(row!.failedLogins).toBeGreaterThanOrEqual(maxFailedLogins);
    expect(row!.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    // Still locked for the right password afterwards; every attempt and the lock-out are audited.
    const again = await app.gql(LOGIN, { e: email, p: testPassword });
    expect(again.body.data.login.__typename).toBe('AuthError');
    expect(await auditCount('login_failed', id)).toBe(17);
    expect(await auditCount('lockout', id)).toBe(1);
  });

  it('sixteen attempts at once: no more than LOGIN_MAX_FAILURES passwords are checked', async () => {
    const { maxFailedLogins } = readAuthConfig();
    const email = 'guessed.at.once@test.org';
    const id = await addAccount(email);
    const attempts = await Promise.all([
      ...Array.from({ length: 15 }, (_, i) => app.gql(LOGIN, { e: email, p: `wrong-${i}` })),
      app.gql(LOGIN, { e: email, p: testPassword }),
    ]);
    const signedIn = attempts.filter((a) => a.body.data.login.__typename === 'Session').length;
    // Attempts are counted as they arrive, before the password is checked: the first
    // LOGIN_MAX_FAILURES are checked (the right password wins only if it is one of them), every
    // later one is refused unchecked.
    expect(await auditCount('login_failed', id, 'wrong_password')).toBe(maxFailedLogins - signedIn);
    expect(await auditCount('login_failed', id, 'locked')).toBe(16 - maxFailedLogins);
    const [row] = await app.database.db.select().from(users).where(eq(users.id, id));
    expect(row!.lockedUntil !== null && row!.lockedUntil.getTime() > Date.now()).toBe(
      signedIn === 0,
    );
  });

  it('a lock that has passed starts a new count, and the right password then signs in', async () => {
    const email = 'guessed.later@test.org';
    const id = await addAccount(email);
    await Promise.all(
      Array.from({ length: 6 }, (_, i) => app.gql(LOGIN, { e: email, p: `wrong-${i}` })),
    );
    await app.database.db
      .update(users)
      .set({ lockedUntil: sql`now() - interval '1 second'` })
      .where(eq(users.id, id));
    const wrong = await app.gql(LOGIN, { e: email, p: 'wrong-again' });
    expect(wrong.body.data.login.__typename).toBe('AuthError');
    const [after] = await app.database.db.select().from(users).where(eq(users.id, id));
    expect(after).toMatchObject({ failedLogins: 1, lockedUntil: null });
    const ok = await app.gql(LOGIN, { e: email, p: testPassword });
    expect(ok.body.data.login.__typename).toBe('Session');
    const [reset] = await app.database.db.select().from(users).where(eq(users.id, id));
    expect(reset).toMatchObject({ failedLogins: 0, lockedUntil: null });
  });
});
