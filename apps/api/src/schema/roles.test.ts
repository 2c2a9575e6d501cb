import { exampleActivity } from '@ventanilla/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from './index.ts';
import { startTestApp, type Person, type TestApp } from '../test/app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const { record_type: _t, ...activity } = exampleActivity;
const upalaActivity = {
  ...activity,
  hub: 'cri_upala',
  b1_country: 'CRI',
  b1_admin1: 'Alajuela',
  b1_admin2: 'Upala',
};

/** One representative call per operation; `ok` checks the answer of an allowed caller. */
const operations: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  hubs: { query: '{ hubs { code stats(month: "2024-03") { cases } } }' },
  users: { query: '{ users { email } }' },
  auditLog: { query: '{ auditLog(limit: 1) { id } }' },
  cases: { query: '{ cases { totalCount } }' },
  activities: { query: '{ activities { totalCount } }' },
  directory: { query: '{ directory { id } }' },
  hubAdd: {
    query:
      'mutation { hubAdd(input: { code: "gtm_tecun_uman", name: "Tecún Umán", country: "GTM" }) { __typename } }',
  },
  hubUpdate: {
    query: 'mutation { hubUpdate(code: "cri_upala", input: { name: "Upala" }) { __typename } }',
  },
  userAdd: {
    query:
      'mutation($e: String!) { userAdd(input: { email: $e, name: "N", role: HUB_OFFICER, hubCodes: ["cri_upala"], password: "long-enough-pw" }) { __typename } }',
  },
  activityRecord: {
    query: 'mutation($input: ActivityInput!) { activityRecord(input: $input) { __typename } }',
    variables: { input: upalaActivity },
  },
  directoryEntryAdd: {
    query:
      'mutation { directoryEntryAdd(input: { hub: "cri_upala", organization: "PANI", sector: "child_protection" }) { __typename } }',
  },
};

type Expect = 'allowed' | 'FORBIDDEN' | 'Forbidden';
const matrix: Record<string, Record<Person, Expect>> = {
  hubs: {
    admin: 'allowed',
    reviewer: 'allowed',
    coordinator: 'allowed',
    officer: 'allowed',
    officerTijuana: 'allowed',
  },
  users: {
    admin: 'allowed',
    reviewer: 'FORBIDDEN',
    coordinator: 'FORBIDDEN',
    officer: 'FORBIDDEN',
    officerTijuana: 'FORBIDDEN',
  },
  auditLog: {
    admin: 'allowed',
    reviewer: 'FORBIDDEN',
    coordinator: 'FORBIDDEN',
    officer: 'FORBIDDEN',
    officerTijuana: 'FORBIDDEN',
  },
  cases: {
    admin: 'allowed',
    reviewer: 'FORBIDDEN',
    coordinator: 'allowed',
    officer: 'allowed',
    officerTijuana: 'allowed',
  },
  activities: {
    admin: 'allowed',
    reviewer: 'FORBIDDEN',
    coordinator: 'allowed',
    officer: 'allowed',
    officerTijuana: 'allowed',
  },
  directory: {
    admin: 'allowed',
    reviewer: 'allowed',
    coordinator: 'allowed',
    officer: 'allowed',
    officerTijuana: 'allowed',
  },
  hubAdd: {
    admin: 'allowed',
    reviewer: 'FORBIDDEN',
    coordinator: 'FORBIDDEN',
    officer: 'FORBIDDEN',
    officerTijuana: 'FORBIDDEN',
  },
  hubUpdate: {
    admin: 'allowed',
    reviewer: 'FORBIDDEN',
    coordinator: 'FORBIDDEN',
    officer: 'FORBIDDEN',
    officerTijuana: 'FORBIDDEN',
  },
  userAdd: {
    admin: 'allowed',
    reviewer: 'FORBIDDEN',
    coordinator: 'FORBIDDEN',
    officer: 'FORBIDDEN',
    officerTijuana: 'FORBIDDEN',
  },
  activityRecord: {
    admin: 'allowed',
    reviewer: 'FORBIDDEN',
    coordinator: 'allowed',
    officer: 'allowed',
    officerTijuana: 'Forbidden',
  },
  directoryEntryAdd: {
    admin: 'allowed',
    reviewer: 'FORBIDDEN',
    coordinator: 'allowed',
    officer: 'allowed',
    officerTijuana: 'Forbidden',
  },
};

describe('roles × operations', () => {
  const persons: Person[] = ['admin', 'reviewer', 'coordinator', 'officer', 'officerTijuana'];
  for (const [name, op] of Object.entries(operations)) {
    for (const person of persons) {
      const expected = matrix[name]![person];
      it(`${person} → ${name}: ${expected}`, async () => {
        const token = await app.login(person);
        const variables = { e: `new.${person}@test.org`, ...op.variables };
        const { body } = await app.gql(op.query, variables, { token });
        if (expected === 'FORBIDDEN') {
          expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
          return;
        }
        expect(body.errors).toBeUndefined();
        const typename = (Object.values(body.data)[0] as { __typename?: string }).__typename;
        if (expected === 'Forbidden') expect(typename).toBe('Forbidden');
        else
          expect(
            typename === undefined ||
              !['Forbidden', 'ValidationFailed', 'NotFound'].includes(typename),
          ).toBe(true);
      });
    }
  }

  it('officers and coordinators see only their hubs; reviewers and admins all', async () => {
    const codes = async (person: Person) =>
      (
        await app.gql('{ hubs { code } }', {}, { token: await app.login(person) })
      ).body.data.hubs.map((h: { code: string }) => h.code);
    expect(await codes('officer')).toEqual(['cri_upala']);
    expect(await codes('coordinator')).toEqual(['cri_los_chiles', 'cri_upala']);
    expect(await codes('reviewer')).toEqual(
      expect.arrayContaining(['cri_los_chiles', 'cri_upala', 'mex_tijuana']),
    );
  });
});

describe('unauthenticated callers', () => {
  const rootFields = [
    ...Object.keys(schema.getQueryType()!.getFields()).map((f) => ['query', f] as const),
    ...Object.keys(schema.getMutationType()!.getFields()).map((f) => ['mutation', f] as const),
  ];

  it('personal case fields are auth-scoped to personal-data clearance (defence in depth)', () => {
    const fields = (schema.getType('Case') as import('graphql').GraphQLObjectType).getFields();
    for (const name of [
      'a0_name',
      'a3_community',
      'a1_nationality_other',
      'a10_service_other_1',
      'a14_vulnerability_other',
    ]) {
      const options = fields[name]!.extensions?.pothosOptions as {
        authScopes?: Record<string, unknown>;
      };
      expect(options.authScopes, name).toEqual({ personalData: true });
    }
  });

  it('every root field except login and me is guarded by an auth scope', () => {
    const open = rootFields.filter(([kind, name]) => {
      const type = kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
      const options = type.getFields()[name]!.extensions?.pothosOptions as
        { authScopes?: unknown } | undefined;
      return !options?.authScopes;
    });
    expect(open.map(([, name]) => name).sort()).toEqual(['login', 'me']);
  });

  it('get an authentication error for every operation but login (me answers null)', async () => {
    for (const [name, op] of Object.entries(operations)) {
      const { body } = await app.gql(
        op.query,
        { e: 'x@test.org', ...op.variables },
        { lang: 'en' },
      );
      expect(body.errors?.[0]?.extensions?.code, name).toBe('UNAUTHENTICATED');
      expect(body.errors?.[0]?.message).toBe('Please sign in.');
    }
    const logout = await app.gql('mutation { logout }');
    expect(logout.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.gql('{ me { id } }')).body.data.me).toBeNull();
  });
});
