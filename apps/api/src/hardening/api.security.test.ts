/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */
/**
 * Threat-model tests for the API (docs/security.md). Each `it` is named in the threat table.
 */
import { randomBytes } from 'node:crypto';
import { count, eq, sql } from 'drizzle-orm';
import { exampleCase } from '@ventanilla/domain';
import { dimensionCodes, dimensions } from '@ventanilla/domain/monitoring/index';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog } from '../db/schema/index.ts';
import { createApi } from '../server.ts';
import { people, startTestApp, testPassword, type TestApp } from '../test/app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { __typename ... on Session { token } } }`;
const ME = '{ me { email } }';
const LOGOUT = 'mutation { logout }';
const { record_type: _type, ...validCase } = exampleCase;
const RECORD = `mutation($input: CaseInput!) { caseRecord(input: $input) {
  __typename ... on CaseSaved { case { id a0_name } } ... on ValidationFailed { message } ... on Forbidden { message } } }`;

async function loginToken(email: string, headers: Record<string, string> = {}) {
  const r = await app.gql(LOGIN, { e: email, p: testPassword }, { headers });
  return r.body.data.login.token as string;
}

describe('sessions', () => {
  it('session fixation: a token presented at sign-in is never adopted; sign-in issues a new one', async () => {
    const planted = randomBytes(32).toString('base64url');
    const earlier = await loginToken(people.coordinator);
    const fresh = await loginToken(people.coordinator, {
      cookie: `vt_session=${planted}`,
      authorization: `Bearer ${earlier}`,
    });
    expect(fresh).not.toBe(planted);
    expect(fresh).not.toBe(earlier);
    expect(fresh.length).toBeGreaterThanOrEqual(43);
    // The planted value never becomes a session.
    expect((await app.gql(ME, {}, { token: planted })).body.data.me).toBeNull();
    expect((await app.gql(ME, {}, { token: fresh })).body.data.me.email).toBe(people.coordinator);
  });

  it('session fixation: after sign-out the old token is refused by every endpoint', async () => {
    const token = await loginToken(people.officer);
    expect((await app.gql(LOGOUT, {}, { token })).body.data.logout).toBe(true);
    expect((await app.gql(ME, {}, { token })).body.data.me).toBeNull();
    const cookie = await app.gql(ME, {}, { headers: { cookie: `vt_session=${token}` } });
    expect(cookie.body.data.me).toBeNull();
    const upload = await fetch(`${app.base}/imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
      body: 'a,b\n1,2\n',
    });
    expect(upload.status).toBe(401);
  });
});

describe('CSRF', () => {
  it('the API refuses a simple (form-like) POST without a preflight-forcing content type', async () => {
    const token = await loginToken(people.admin);
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      const res = await fetch(app.url, {
        method: 'POST',
        headers: { 'content-type': type, cookie: `vt_session=${token}` },
        body: JSON.stringify({ query: LOGOUT }),
      });
      expect(res.status, type).toBe(400);
    }
    // The session survived: no mutation ran.
    expect((await app.gql(ME, {}, { token })).body.data.me.email).toBe(people.admin);
  });

  it('/imports accepts only a bearer token, never the session cookie', async () => {
    const token = await loginToken(people.officer);
    const res = await fetch(`${app.base}/imports`, {
      method: 'POST',
      headers: { cookie: `vt_session=${token}`, 'content-type': 'text/csv' },
      body: 'a,b\n1,2\n',
    });
    expect(res.status).toBe(401);
  });
});

describe('GraphQL limits', () => {
  it('refuses queries over the cost limit and the token limit', async () => {
    const token = await loginToken(people.admin);
    const wide = `{ ${Array.from({ length: 14 }, (_, i) => `h${i}: hubs { code stats(month: "2024-03") { cases activities referrals vulnerableCases } users: code name country admin1 type active }`).join(' ')} }`;
    const cost = await app.gql(wide, {}, { token });
    expect(cost.body.errors?.length).toBeGreaterThan(0);
    expect(cost.body.data ?? null).toBeNull();
    const many = `{ me { ${Array.from({ length: 2100 }, () => 'email').join(' ')} } }`;
    const tokens = await app.gql(many, {}, { token });
    expect(tokens.body.errors?.[0]?.message).toMatch(/token/i);
  });

  it('introspection and field suggestions are off when NODE_ENV=production', async () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    const prod = await createApi({ database: app.database });
    process.env.NODE_ENV = previous;
    const url = await prod.listen(0, '127.0.0.1');
    try {
      const post = (query: string) =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
      const intro = await post('{ __schema { types { name } } }');
      expect(intro.body.data ?? null).toBeNull();
      expect(intro.body.errors[0].message).toMatch(/introspection/i);
      const typo = await post('{ hub { code } }');
      expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean/);
      // Development keeps introspection for tooling.
      const dev = await app.gql('{ __schema { queryType { name } } }');
      expect(dev.body.data.__schema.queryType.name).toBe('Query');
    } finally {
      await prod.stop();
    }
  });
});

describe('personal data', () => {
  it('no personal data in logs: recording, reading, failing and importing a named case log nothing of it', async () => {
    const name = `Zzyzx Quillfeather ${randomBytes(4).toString('hex')}`;
    const community = `Vereda Ñandú ${randomBytes(4).toString('hex')}`;
    const lines: string[] = [];
    const capture =
      () =>
      (chunk: unknown, ...rest: unknown[]) => {
        lines.push(String(chunk));
        const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
        cb?.();
        return true;
      };
    const silent = process.env.VT_SILENT;
    process.env.VT_SILENT = '0';
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(capture());
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(capture());
    const consoleSpies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
        lines.push(args.map(String).join(' '));
      }),
    );
    try {
      const token = await loginToken(people.officer);
      const saved = await app.gql(
        RECORD,
        { input: { ...validCase, a0_name: name, a3_community: community } },
        { token },
      );
      expect(saved.body.data.caseRecord.__typename).toBe('CaseSaved');
      const id = saved.body.data.caseRecord.case.id as string;
      const read = await app.gql(
        `query($id: ID!) { case(id: $id) { ... on Case { a0_name } } }`,
        {
          id,
        },
        { token },
      );
      expect(read.body.data.case.a0_name).toBe(name);
      await app.gql(
        `query($q: String) { cases(filter: { search: $q }) { totalCount } }`,
        { q: name },
        { token },
      );
      // A rejected write carrying the name, a name used as an email, and a malformed request.
      await app.gql(
        RECORD,
        { input: { ...validCase, a0_name: name, a1_nationality: 'nope' } },
        { token },
      );
      await app.gql(LOGIN, { e: name, p: community });
      await app.gql(`{ cases(filter: { search: "${name}" }) { nope } }`, {}, { token });
      const csv = `a0_name,a3_community\n${name},${community}\n`;
      await fetch(`${app.base}/imports?hub=cri_upala`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
        body: csv,
      }).then((r) => r.text());
      await app.gql(`mutation($id: ID!) { caseDelete(id: $id) { __typename } }`, { id }, { token });
    } finally {
      out.mockRestore();
      err.mockRestore();
      for (const spy of consoleSpies) spy.mockRestore();
      process.env.VT_SILENT = silent;
    }
    const all = lines.join('\n');
    expect(all).not.toContain(name);
    expect(all).not.toContain(community);
    expect(all).not.toContain('Quillfeather');
    expect(all).not.toContain(testPassword);
    // The audit log holds no personal data either.
    const audit = await app.database.db.select({ detail: auditLog.detail }).from(auditLog);
    expect(JSON.stringify(audit)).not.toContain('Quillfeather');
  });

  it('reviewer never receives personal data: record queries are refused and no name appears in any answer', async () => {
    const officer = await loginToken(people.officer);
    const name = `Reviewer Blind ${randomBytes(3).toString('hex')}`;
    const saved = await app.gql(
      RECORD,
      { input: { ...validCase, a0_name: name } },
      { token: officer },
    );
    const id = saved.body.data.caseRecord.case.id as string;
    const reviewer = await loginToken(people.reviewer);
    const ask = (query: string, variables: Record<string, unknown> = {}) =>
      app.gql(query, variables, { token: reviewer, lang: 'en' });

    // Record queries and the audit log: refused with FORBIDDEN, no data at all.
    const refused = {
      case: await ask(
        `query($id: ID!) { case(id: $id) { __typename ... on Case { a0_name a3_community } } }`,
        { id },
      ),
      cases: await ask('{ cases { totalCount items { a0_name a3_community a6_gender_other } } }'),
      activities: await ask('{ activities { totalCount items { b3_summary } } }'),
      auditLog: await ask('{ auditLog { action detail } }'),
    };
    for (const [field, answer] of Object.entries(refused)) {
      expect(answer.status, field).toBe(200);
      expect(
        answer.body.errors?.map((e) => e.extensions?.code),
        field,
      ).toEqual(['FORBIDDEN']);
      expect(answer.body.errors?.[0]?.message, field).toBe('You do not have access to this.');
      expect(answer.body.data ?? null, field).toBeNull();
    }

    // Aggregates are the reviewer's to read: valid queries over the month of the case, by
    // every case dimension (also revealed with a reason), answer figures and never the name.
    const month = String(validCase.date).slice(0, 7);
    const filter = { from: month, to: month, hubCodes: [validCase.hub] };
    // Every dimension the domain declares for cases (not a second list of them).
    const caseDimensions = dimensionCodes.filter((d) => dimensions[d].kinds.includes('case'));
    const aggregate = `query($inputs: [DisaggregationInput!]!) {
      disaggregations(inputs: $inputs) { total cells { keys value suppressed } } }`;
    const allowed = [
      await ask(aggregate, {
        inputs: caseDimensions.map((d) => ({ measure: 'CASES', by: [d], filter })),
      }),
      await ask(aggregate, {
        inputs: caseDimensions.map((d) => ({
          measure: 'CASES',
          by: [d],
          filter,
          revealReason: 'Verificación mensual de Upala',
        })),
      }),
      await ask(
        `query($input: DisaggregationInput!) {
          disaggregation(input: $input) { total cells { keys value suppressed } } }`,
        { input: { measure: 'REFERRALS', by: ['SERVICE'], filter } },
      ),
      await ask(
        `query($hub: String!, $month: String!) { monthlyReport(hub: $hub, month: $month) {
          hubCode month status figures { cases referrals } findings { __typename } } }`,
        { hub: validCase.hub, month },
      ),
      await ask('{ directory { organization notes } hubs { code } }'),
    ];
    for (const answer of allowed) {
      expect(answer.body.errors, JSON.stringify(answer.body)).toBeUndefined();
      expect(answer.body.data).toBeTruthy();
    }
    // The aggregate path was really looked at: the case is counted in its month (in the revealed
    // answers, which are exact; the plain ones are perturbed and may publish a small count as 0).
    const totals = (allowed[1]!.body.data.disaggregations as { total: number }[]).map(
      (d) => d.total,
    );
    expect(totals).toHaveLength(caseDimensions.length);
    for (const total of totals) expect(total).toBeGreaterThan(0);

    for (const a of [...Object.values(refused), ...allowed])
      expect(JSON.stringify(a.body)).not.toContain(name);
  });
});

describe('audit log', () => {
  it('append-only audit log: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    const { db } = app.database;
    const [before] = await db.select({ n: count() }).from(auditLog);
    expect(Number(before!.n)).toBeGreaterThan(0);
    await expect(db.execute(sql`update audit_log set action = 'forged'`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_log`)).rejects.toThrow();
    await expect(db.execute(sql`truncate audit_log`)).rejects.toThrow();
    const [after] = await db.select({ n: count() }).from(auditLog);
    expect(after!.n).toBe(before!.n);
    const forged = await db.select().from(auditLog).where(eq(auditLog.action, 'forged'));
    expect(forged).toEqual([]);
    // Inserting still works (that is how the API writes it).
    await db.insert(auditLog).values({ action: 'test', entity: 'security_test' });
  });

  it('admins search the audit log; other roles are refused', async () => {
    const admin = await loginToken(people.admin);
    const found = await app.gql(
      '{ auditLog(filter: { entity: "session" }) { action entity } }',
      {},
      { token: admin },
    );
    const entries = found.body.data.auditLog as { action: string; entity: string }[];
    // The filter applies, and the sign-ins of this file are there.
    expect(entries.map((e) => e.entity)).toEqual(entries.map(() => 'session'));
    expect(entries.map((e) => e.action)).toContain('login');
    for (const person of [people.officer, people.coordinator, people.reviewer]) {
      const token = await loginToken(person);
      const r = await app.gql('{ auditLog { action } }', {}, { token });
      expect(r.body.data?.auditLog ?? null, person).toBeNull();
      expect(r.body.errors?.[0]?.extensions?.code, person).toBe('FORBIDDEN');
    }
  });
});
