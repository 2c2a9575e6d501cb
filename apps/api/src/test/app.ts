/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers in tests are checked field by field */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../db/client.ts';
import { createApi, type Api } from '../server.ts';
import { addHub } from '../services/hubs.ts';
import { addUser } from '../services/users.ts';
import { adminUrl, databaseUrlFor } from './pg-url.ts';

export const testPassword = 'test-password-2026';

/** Fixture users: one per role, plus an officer of another country. */
export const people = {
  admin: 'admin@test.org',
  reviewer: 'reviewer@test.org',
  coordinator: 'coordinator@test.org',
  officer: 'officer.upala@test.org',
  officerTijuana: 'officer.tijuana@test.org',
} as const;
export type Person = keyof typeof people;

/** A fresh database for one test file (cloned from the migrated template). */
export async function openTestDatabase(): Promise<{
  database: Database;
  drop: () => Promise<void>;
  url?: string;
}> {
  const testDb = inject('testDb');
  if (testDb.kind === 'pglite') {
    const loadDataDir = new Blob([readFileSync(testDb.dumpFile)]);
    const database = await openDatabase({ dataDir: 'memory://', loadDataDir });
    return { database, drop: () => database.close() };
  }
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl(testDb.url), { onnotice: () => {}, max: 1 });
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.unsafe(`create database ${name} template ${testDb.template}`);
      break;
    } catch (error) {
      if (attempt >= 10) throw error;
      await new Promise((r) => setTimeout(r, 200 + attempt * 100));
    }
  }
  const url = databaseUrlFor(testDb.url, name);
  const database = await openDatabase({ databaseUrl: url });
  return {
    database,
    url,
    drop: async () => {
      await database.close();
      // with (force): a connection a failed test left open must not keep the clone alive.
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** Hubs and one user per role. */
export async function seedFixtures(database: Database): Promise<void> {
  const { db } = database;
  await addHub({
    db,
    input: { code: 'cri_upala', name: 'Upala', country: 'CRI', admin1: 'Alajuela' },
  });
  await addHub({
    db,
    input: { code: 'cri_los_chiles', name: 'Los Chiles', country: 'CRI', type: 'mobile' },
  });
  await addHub({ db, input: { code: 'mex_tijuana', name: 'Tijuana', country: 'MEX' } });
  const add = (
    email: string,
    role: 'admin' | 'reviewer' | 'coordinator' | 'hub_officer',
    hubCodes: string[],
  ) =>
    addUser({
      db,
      input: { email, name: email.split('@')[0]!, role, hubCodes, password: testPassword },
    });
  await add(people.admin, 'admin', []);
  await add(people.reviewer, 'reviewer', []);
  await add(people.coordinator, 'coordinator', ['cri_upala', 'cri_los_chiles']);
  await add(people.officer, 'hub_officer', ['cri_upala']);
  await add(people.officerTijuana, 'hub_officer', ['mex_tijuana']);
}

export type GqlResult = {
  status: number;
  body: { data?: any; errors?: { message: string; extensions?: any }[] };
};

export type TestApp = {
  api: Api;
  database: Database;
  url: string;
  base: string;
  gql(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string | null; lang?: 'es' | 'en'; headers?: Record<string, string> },
  ): Promise<GqlResult>;
  login(person: Person): Promise<string>;
  close(): Promise<void>;
};

/** Starts the API over HTTP on a random port against a fresh database with fixtures. */
export async function startTestApp({ fixtures = true } = {}): Promise<TestApp> {
  const { database, drop } = await openTestDatabase();
  if (fixtures) await seedFixtures(database);
  const api = await createApi({ database });
  const url = await api.listen(0, '127.0.0.1');
  const base = url.replace(/\/graphql$/, '');
  const tokens = new Map<Person, string>();
  const gql: TestApp['gql'] = async (query, variables, options = {}) => {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(options.lang ? { 'accept-language': options.lang } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    };
    const res = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as GqlResult['body'] };
  };
  const login = async (person: Person) => {
    const cached = tokens.get(person);
    if (cached) return cached;
    const result = await gql(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { __typename ... on Session { token } } }',
      { e: people[person], p: testPassword },
    );
    const token = result.body.data?.login?.token as string | undefined;
    if (!token) throw new Error(`login failed for ${person}: ${JSON.stringify(result.body)}`);
    tokens.set(person, token);
    return token;
  };
  return {
    api,
    database,
    url,
    base,
    gql,
    login,
    close: async () => {
      await api.stop();
      await drop();
    },
  };
}
