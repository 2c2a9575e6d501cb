import { eq } from 'drizzle-orm';
import { exampleActivity, exampleCase } from '@ventanilla/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../db/schema/index.ts';
import { people, startTestApp, type TestApp } from '../test/app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const { record_type: _c, ...caseInput } = exampleCase;
const { record_type: _a, ...activityInput } = exampleActivity;

describe('hubs', () => {
  it('computes monthly stats in SQL', async () => {
    const officer = await app.login('officer');
    await app.gql(
      'mutation($i: CaseInput!) { caseRecord(input: $i) { __typename } }',
      { i: caseInput },
      { token: officer },
    );
    await app.gql(
      'mutation($i: CaseInput!) { caseRecord(input: $i) { __typename } }',
      {
        i: { ...caseInput, a14_vulnerability: 'yes', a14_vulnerability_types: ['fear_of_return'] },
      },
      { token: officer },
    );
    const tj = await app.login('officerTijuana');
    const act = await app.gql(
      'mutation($i: ActivityInput!) { activityRecord(input: $i) { __typename } }',
      { i: activityInput },
      { token: tj },
    );
    expect(act.body.data.activityRecord.__typename).toBe('ActivitySaved');
    const { body } = await app.gql(
      '{ hubs { code stats(month: "2024-03") { cases activities referrals vulnerableCases } } }',
      {},
      { token: await app.login('admin') },
    );
    const byCode = Object.fromEntries(
      body.data.hubs.map((h: { code: string; stats: unknown }) => [h.code, h.stats]),
    );
    expect(byCode.cri_upala).toEqual({ cases: 2, activities: 0, referrals: 2, vulnerableCases: 1 });
    expect(byCode.mex_tijuana).toEqual({
      cases: 0,
      activities: 1,
      referrals: 0,
      vulnerableCases: 0,
    });
  });

  it('admins add and update hubs; bad input and duplicates are typed failures', async () => {
    const token = await app.login('admin');
    const add = await app.gql(
      'mutation { hubAdd(input: { code: "pan_darien", name: "Darién", country: "PAN", type: MOBILE }) { __typename ... on Hub { code type active } } }',
      {},
      { token },
    );
    expect(add.body.data.hubAdd).toEqual({
      __typename: 'Hub',
      code: 'pan_darien',
      type: 'MOBILE',
      active: true,
    });
    const dup = await app.gql(
      'mutation { hubAdd(input: { code: "pan_darien", name: "X", country: "PAN" }) { __typename } }',
      {},
      { token },
    );
    expect(dup.body.data.hubAdd.__typename).toBe('ValidationFailed');
    const bad = await app.gql(
      'mutation { hubAdd(input: { code: "Bad Code", name: "X", country: "panama" }) { __typename ... on ValidationFailed { issues { fields } } } }',
      {},
      { token },
    );
    expect(bad.body.data.hubAdd.issues.map((i: { fields: string[] }) => i.fields[0])).toEqual([
      'code',
      'country',
    ]);
    const upd = await app.gql(
      'mutation { hubUpdate(code: "pan_darien", input: { active: false }) { __typename ... on Hub { active } } }',
      {},
      { token },
    );
    expect(upd.body.data.hubUpdate).toEqual({ __typename: 'Hub', active: false });
    const missing = await app.gql(
      'mutation { hubUpdate(code: "xxx_none", input: { name: "Y" }) { __typename } }',
      {},
      { token },
    );
    expect(missing.body.data.hubUpdate.__typename).toBe('NotFound');
  });
});

describe('users', () => {
  it('admins add users, change role and hubs, and the new user can sign in', async () => {
    const token = await app.login('admin');
    const add = await app.gql(
      'mutation { userAdd(input: { email: "New@Test.org", name: "New", role: HUB_OFFICER, hubCodes: ["cri_upala"], password: "a-long-password" }) { __typename ... on User { id email role hubs { code } } } }',
      {},
      { token },
    );
    const user = add.body.data.userAdd;
    expect(user).toMatchObject({
      __typename: 'User',
      email: 'new@test.org',
      role: 'HUB_OFFICER',
      hubs: [{ code: 'cri_upala' }],
    });
    const upd = await app.gql(
      'mutation($id: ID!) { userUpdate(id: $id, input: { role: COORDINATOR, hubCodes: ["cri_upala", "mex_tijuana"] }) { __typename ... on User { role hubs { code } } } }',
      { id: user.id },
      { token },
    );
    expect(upd.body.data.userUpdate).toEqual({
      __typename: 'User',
      role: 'COORDINATOR',
      hubs: [{ code: 'cri_upala' }, { code: 'mex_tijuana' }],
    });
    const login = await app.gql(
      'mutation { login(email: "new@test.org", password: "a-long-password") { __typename } }',
    );
    expect(login.body.data.login.__typename).toBe('Session');
    const unknownHub = await app.gql(
      'mutation { userAdd(input: { email: "x@test.org", name: "X", role: HUB_OFFICER, hubCodes: ["nop_nope"], password: "short" }) { __typename ... on ValidationFailed { issues { fields message } } } }',
      {},
      { token, lang: 'en' },
    );
    expect(
      unknownHub.body.data.userAdd.issues.map((i: { fields: string[] }) => i.fields[0]).sort(),
    ).toEqual(['hubCodes', 'password']);
    const list = await app.gql('{ users { email } }', {}, { token });
    expect(list.body.data.users.map((u: { email: string }) => u.email)).toContain(people.reviewer);
  });
});

describe('sessions end when a password is set or a user is disabled', () => {
  const ME = '{ me { email } }';
  const signIn = async (email: string, password: string) =>
    (
      await app.gql(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { __typename ... on Session { token } } }',
        { e: email, p: password },
      )
    ).body.data.login;
  const addAccount = async (email: string) => {
    const add = await app.gql(
      'mutation($e: String!) { userAdd(input: { email: $e, name: "Someone", role: HUB_OFFICER, hubCodes: ["cri_upala"], password: "first-password" }) { ... on User { id } } }',
      { e: email },
      { token: await app.login('admin') },
    );
    return add.body.data.userAdd.id as string;
  };
  const update = async (id: string, input: Record<string, unknown>, token?: string) =>
    (
      await app.gql(
        'mutation($id: ID!, $input: UserUpdateInput!) { userUpdate(id: $id, input: $input) { __typename } }',
        { id, input },
        { token: token ?? (await app.login('admin')) },
      )
    ).body.data.userUpdate.__typename;
  const sessionsOf = async (userId: string) =>
    (await app.database.db.select().from(sessions).where(eq(sessions.userId, userId))).length;

  it('an admin setting a password ends every session of that user', async () => {
    const id = await addAccount('password.reset@test.org');
    const first = (await signIn('password.reset@test.org', 'first-password')).token;
    const second = (await signIn('password.reset@test.org', 'first-password')).token;
    expect((await app.gql(ME, {}, { token: first })).body.data.me).not.toBeNull();
    expect(await update(id, { password: 'second-password' })).toBe('User');
    expect(await sessionsOf(id)).toBe(0);
    for (const token of [first, second])
      expect((await app.gql(ME, {}, { token })).body.data.me).toBeNull();
    expect((await signIn('password.reset@test.org', 'first-password')).__typename).toBe(
      'AuthError',
    );
    expect((await signIn('password.reset@test.org', 'second-password')).__typename).toBe('Session');
  });

  it('disabling a user ends their sessions for good: enabling them again brings no old token back', async () => {
    const id = await addAccount('disabled.user@test.org');
    const token = (await signIn('disabled.user@test.org', 'first-password')).token;
    expect(await update(id, { active: false })).toBe('User');
    expect((await app.gql(ME, {}, { token })).body.data.me).toBeNull();
    expect(await update(id, { active: true })).toBe('User');
    expect((await app.gql(ME, {}, { token })).body.data.me).toBeNull();
    expect(await sessionsOf(id)).toBe(0);
    expect((await signIn('disabled.user@test.org', 'first-password')).__typename).toBe('Session');
  });

  it('other changes keep sessions; an admin setting their own password ends their own too', async () => {
    const id = await addAccount('renamed.user@test.org');
    const token = (await signIn('renamed.user@test.org', 'first-password')).token;
    expect(await update(id, { name: 'Renamed', hubCodes: ['mex_tijuana'] })).toBe('User');
    expect((await app.gql(ME, {}, { token })).body.data.me).toEqual({
      email: 'renamed.user@test.org',
    });
    const adminId = (
      await app.gql(
        'mutation { userAdd(input: { email: "second.admin@test.org", name: "Admin Two", role: ADMIN, password: "first-password" }) { ... on User { id } } }',
        {},
        { token: await app.login('admin') },
      )
    ).body.data.userAdd.id as string;
    const own = (await signIn('second.admin@test.org', 'first-password')).token;
    expect(await update(adminId, { password: 'second-password' }, own)).toBe('User');
    expect((await app.gql(ME, {}, { token: own })).body.data.me).toBeNull();
    const audit = await app.gql(
      '{ auditLog(filter: { entity: "user", action: "update" }) { entityId detail } }',
      {},
      { token: await app.login('admin') },
    );
    const entry = audit.body.data.auditLog.find(
      (e: { entityId: string }) => e.entityId === adminId,
    );
    expect(JSON.parse(entry.detail)).toEqual({ fields: ['password'], sessionsEnded: 1 });
  });
});

describe('directory', () => {
  it('officers manage and search their hub directory; other hubs are out of reach', async () => {
    const token = await app.login('officer');
    const add = await app.gql(
      `mutation { directoryEntryAdd(input: { hub: "cri_upala", organization: "Patronato Nacional de la Infancia", sector: "child_protection",
        contact: "2222-2222", servicesOffered: ["child protection"], conditions: ["child_protection"] }) { __typename ... on DirectoryEntry { id organization conditions } } }`,
      {},
      { token },
    );
    expect(add.body.data.directoryEntryAdd.__typename).toBe('DirectoryEntry');
    const id = add.body.data.directoryEntryAdd.id;
    const search = await app.gql('{ directory(search: "infancia") { id } }', {}, { token });
    expect(search.body.data.directory).toEqual([{ id }]);
    const cond = await app.gql(
      '{ directory(condition: "child_protection") { id } }',
      {},
      { token },
    );
    expect(cond.body.data.directory).toEqual([{ id }]);
    const upd = await app.gql(
      'mutation($id: ID!) { directoryEntryUpdate(id: $id, input: { hub: "cri_upala", organization: "PANI", sector: "child_protection" }) { __typename ... on DirectoryEntry { organization } } }',
      { id },
      { token },
    );
    expect(upd.body.data.directoryEntryUpdate.organization).toBe('PANI');
    const other = await app.login('officerTijuana');
    expect(
      (await app.gql('{ directory { id } }', {}, { token: other })).body.data.directory,
    ).toEqual([]);
    const del = await app.gql(
      'mutation($id: ID!) { directoryEntryDelete(id: $id) { __typename } }',
      { id },
      { token: other },
    );
    expect(del.body.data.directoryEntryDelete.__typename).toBe('NotFound');
    const ok = await app.gql(
      'mutation($id: ID!) { directoryEntryDelete(id: $id) { __typename } }',
      { id },
      { token },
    );
    expect(ok.body.data.directoryEntryDelete.__typename).toBe('DirectoryEntry');
  });
});

describe('audit log', () => {
  it('admins search it; entries carry no personal data', async () => {
    const token = await app.login('admin');
    const { body } = await app.gql(
      '{ auditLog(filter: { entity: "case" }) { action entity hub detail } }',
      {},
      { token },
    );
    expect(body.data.auditLog.length).toBeGreaterThanOrEqual(2);
    expect(body.data.auditLog.every((e: { entity: string }) => e.entity === 'case')).toBe(true);
  });
});
