import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, sessions, users } from '../db/schema/index.ts';
import { people, startTestApp, testPassword, type TestApp } from '../test/app.ts';
import { readAuthConfig } from './config.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const LOGIN = `mutation($e: String!, $p: String!) {
  login(email: $e, password: $p) {
    __typename
    ... on Session { token expiresAt user { email role hubs { code } } }
    ... on AuthError { message }
  }
}`;
const ME = '{ me { email name role hubs { code name country type } } }';

describe('login, me, logout', () => {
  it('signs in and returns a session with the user', async () => {
    const { body } = await app.gql(LOGIN, { e: people.coordinator, p: testPassword });
    expect(body.data.login.__typename).toBe('Session');
    expect(body.data.login.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Date(body.data.login.expiresAt).getTime()).toBeGreaterThan(
      Date.now() + 11 * 3600_000,
    );
    expect(body.data.login.user).toEqual({
      email: people.coordinator,
      role: 'COORDINATOR',
      hubs: [{ code: 'cri_los_chiles' }, { code: 'cri_upala' }],
    });
  });

  it('stores only the SHA-256 of the token', async () => {
    const { body } = await app.gql(LOGIN, { e: people.officer, p: testPassword });
    const token = body.data.login.token as string;
    const rows = await app.database.db.select().from(sessions);
    expect(rows.some((r) => r.tokenHash === token)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.tokenHash))).toBe(true);
  });

  it('answers a generic, localized AuthError for a wrong password or an unknown email', async () => {
    const wrong = await app.gql(LOGIN, { e: people.reviewer, p: 'nope' }, { lang: 'en' });
    const unknown = await app.gql(LOGIN, { e: 'nobody@test.org', p: 'nope' }, { lang: 'en' });
    expect(wrong.body.data.login).toEqual(unknown.body.data.login);
    expect(wrong.body.data.login.__typename).toBe('AuthError');
    expect(wrong.body.data.login.message).toMatch(/Sign-in failed/);
    const es = await app.gql(LOGIN, { e: 'nobody@test.org', p: 'nope' });
    expect(es.body.data.login.message).toMatch(/No se pudo iniciar sesión/);
    const cookie = await app.gql(
      LOGIN,
      { e: 'nobody@test.org', p: 'x' },
      { headers: { cookie: 'vt_lang=en' } },
    );
    expect(cookie.body.data.login.message).toMatch(/Sign-in failed/);
  });

  it('a NUL byte in the email or the password is a failed sign-in, not an internal error', async () => {
    for (const [e, p] of [
      ['nobody\u0000@test.org', 'nope'],
      [people.reviewer, 'no\u0000pe'],
    ]) {
      const { body } = await app.gql(LOGIN, { e, p }, { lang: 'en' });
      expect(body.errors).toBeUndefined();
      expect(body.data.login).toEqual({
        __typename: 'AuthError',
        message: expect.stringMatching(/Sign-in failed/),
      });
    }
  });

  it('me works with the bearer token and with the vt_session cookie', async () => {
    const token = await app.login('officer');
    const bearer = await app.gql(ME, {}, { token });
    expect(bearer.body.data.me).toMatchObject({ email: people.officer, role: 'HUB_OFFICER' });
    expect(bearer.body.data.me.hubs).toEqual([
      { code: 'cri_upala', name: 'Upala', country: 'CRI', type: 'PERMANENT' },
    ]);
    const cookie = await app.gql(ME, {}, { headers: { cookie: `a=b; vt_session=${token}` } });
    expect(cookie.body.data.me.email).toBe(people.officer);
  });

  it('me is null without a session or with a bad token', async () => {
    expect((await app.gql(ME)).body.data.me).toBeNull();
    expect((await app.gql(ME, {}, { token: 'not-a-token' })).body.data.me).toBeNull();
  });

  it('logout ends the session', async () => {
    const { body } = await app.gql(LOGIN, { e: people.admin, p: testPassword });
    const token = body.data.login.token as string;
    expect((await app.gql('mutation { logout }', {}, { token })).body.data.logout).toBe(true);
    expect((await app.gql(ME, {}, { token })).body.data.me).toBeNull();
  });

  it('ends a session after 30 idle minutes and at its absolute expiry', async () => {
    const idle = (await app.gql(LOGIN, { e: people.admin, p: testPassword })).body.data.login
      .token as string;
    const old = (await app.gql(LOGIN, { e: people.admin, p: testPassword })).body.data.login
      .token as string;
    const { hashToken } = await import('./tokens.ts');
    await app.database.db
      .update(sessions)
      .set({ lastSeenAt: sql`now() - interval '31 minutes'` })
      .where(eq(sessions.tokenHash, hashToken({ token: idle })));
    await app.database.db
      .update(sessions)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(sessions.tokenHash, hashToken({ token: old })));
    expect((await app.gql(ME, {}, { token: idle })).body.data.me).toBeNull();
    expect((await app.gql(ME, {}, { token: old })).body.data.me).toBeNull();
    // 29 idle minutes is still fine
    const fresh = (await app.gql(LOGIN, { e: people.admin, p: testPassword })).body.data.login
      .token as string;
    await app.database.db
      .update(sessions)
      .set({ lastSeenAt: sql`now() - interval '29 minutes'` })
      .where(eq(sessions.tokenHash, hashToken({ token: fresh })));
    expect((await app.gql(ME, {}, { token: fresh })).body.data.me.email).toBe(people.admin);
  });

  it('locks the account after 5 failures in a row, in the database, with the same generic message', async () => {
    const email = people.officerTijuana;
    for (let i = 0; i < 5; i++) {
      const r = await app.gql(LOGIN, { e: email, p: `wrong-${i}` });
      expect(r.body.data.login.__typename).toBe('AuthError');
    }
    const [row] = await app.database.db.select().from(users).where(eq(users.email, email));
    expect(row!.failedLogins).toBe(5);
    expect(row!.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    const locked = await app.gql(LOGIN, { e: email, p: testPassword });
    expect(locked.body.data.login.__typename).toBe('AuthError');
    // once the lock has passed, the right password works and resets the count
    await app.database.db
      .update(users)
      .set({ lockedUntil: sql`now() - interval '1 second'` })
      .where(eq(users.email, email));
    const ok = await app.gql(LOGIN, { e: email, p: testPassword });
    expect(ok.body.data.login.__typename).toBe('Session');
    const [after] = await app.database.db.select().from(users).where(eq(users.email, email));
    expect(after!.failedLogins).toBe(0);
  });

  it('writes login and logout to the audit log', async () => {
    const rows = await app.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entity, 'session'));
    expect(rows.some((r) => r.action === 'login')).toBe(true);
    expect(rows.some((r) => r.action === 'logout')).toBe(true);
  });

  it('writes failed sign-ins and lock-outs to the audit log, never the password nor the email typed', async () => {
    const { maxFailedLogins } = readAuthConfig();
    const [target] = await app.database.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, people.coordinator));
    const before = await app.database.db.select({ id: auditLog.id }).from(auditLog);
    const since = Math.max(0, ...before.map((r) => r.id));
    for (let i = 0; i < maxFailedLogins; i++)
      await app.gql(LOGIN, { e: people.coordinator, p: `Secret-Guess-${i}` });
    await app.gql(LOGIN, { e: people.coordinator, p: testPassword });
    await app.gql(LOGIN, { e: 'Stranger.Person@Example.org', p: 'Secret-Guess-x' });
    const rows = (await app.database.db.select().from(auditLog)).filter((r) => r.id > since);
    const about = (action: string) =>
      rows
        .filter((r) => r.action === action)
        .map((r) => ({
          userId: r.userId,
          entity: r.entity,
          entityId: r.entityId,
          detail: r.detail,
        }));
    expect(about('login_failed')).toEqual([
      ...Array.from({ length: maxFailedLogins }, () => ({
        userId: null,
        entity: 'user',
        entityId: target!.id,
        detail: { reason: 'wrong_password' },
      })),
      { userId: null, entity: 'user', entityId: target!.id, detail: { reason: 'locked' } },
      { userId: null, entity: 'user', entityId: null, detail: { reason: 'unknown_account' } },
    ]);
    expect(about('lockout')).toEqual([
      {
        userId: null,
        entity: 'user',
        entityId: target!.id,
        detail: { failures: maxFailedLogins, minutes: readAuthConfig().lockMinutes },
      },
    ]);
    const text = JSON.stringify(rows).toLowerCase();
    expect(text).not.toContain('secret-guess');
    expect(text).not.toContain('stranger');
    expect(text).not.toContain(people.coordinator);
    // Admins see them through the API.
    const admin = await app.login('admin');
    const seen = await app.gql(
      '{ auditLog(filter: { action: "lockout" }) { entity entityId } }',
      {},
      { token: admin },
    );
    expect(seen.body.data.auditLog).toContainEqual({ entity: 'user', entityId: target!.id });
    await app.database.db
      .update(users)
      .set({ failedLogins: 0, lockedUntil: null })
      .where(eq(users.id, target!.id));
  });
});
