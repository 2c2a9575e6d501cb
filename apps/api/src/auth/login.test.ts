import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '../db/client.ts';
import { users } from '../db/schema/index.ts';
import { openTestDatabase, people, seedFixtures, testPassword } from '../test/app.ts';
import { readAuthConfig } from './config.ts';
import { attemptLogin } from './login.ts';
import { verifyPassword as realVerify } from './password.ts';

// A spy on our own argon2 verification (the real one runs): a sign-in's time is mostly its one
// argon2 verification, so every path must run exactly one, whatever the account's state.
const verifyPassword = vi.fn(realVerify);

let database: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
  await seedFixtures(database);
});
afterAll(() => drop());
beforeEach(() => {
  verifyPassword.mockClear();
});

const attempt = (email: string, password: string) =>
  attemptLogin({ db: database.db, email, password, verify: verifyPassword });

describe('sign-in does one argon2 verification on every path (uniform timing)', () => {
  it.each([
    ['the right password', people.officer, testPassword, true],
    ['a wrong password', people.reviewer, 'wrong-password', false],
    ['an unknown email', 'nobody@test.org', 'wrong-password', false],
  ])('%s', async (_name, email, password, ok) => {
    expect((await attempt(email, password)).ok).toBe(ok);
    expect(verifyPassword).toHaveBeenCalledTimes(1);
  });

  it('a disabled account', async () => {
    await database.db.update(users).set({ active: false }).where(eq(users.email, people.admin));
    expect(await attempt(people.admin, testPassword)).toMatchObject({ ok: false });
    expect(verifyPassword).toHaveBeenCalledTimes(1);
    await database.db.update(users).set({ active: true }).where(eq(users.email, people.admin));
  });

  it('a locked account, with the right password and a wrong one', async () => {
    const { maxFailedLogins } = readAuthConfig();
    for (let i = 0; i < maxFailedLogins; i++) await attempt(people.coordinator, `wrong-${i}`);
    verifyPassword.mockClear();
    expect(await attempt(people.coordinator, testPassword)).toMatchObject({
      ok: false,
      reason: 'locked',
    });
    expect(verifyPassword).toHaveBeenCalledTimes(1);
    expect(await attempt(people.coordinator, 'wrong-again')).toMatchObject({ reason: 'locked' });
    expect(verifyPassword).toHaveBeenCalledTimes(2);
    await database.db
      .update(users)
      .set({ lockedUntil: sql`now() - interval '1 second'` })
      .where(eq(users.email, people.coordinator));
    expect(await attempt(people.coordinator, testPassword)).toMatchObject({ ok: true });
    expect(verifyPassword).toHaveBeenCalledTimes(3);
  });
});
