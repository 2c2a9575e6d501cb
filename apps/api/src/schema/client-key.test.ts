import { count, eq } from 'drizzle-orm';
import { exampleActivity, exampleCase } from '@ventanilla/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities, cases, recordClientKeys } from '../db/schema/index.ts';
import { startTestApp, type TestApp } from '../test/app.ts';

/** Issue 9: a record sent again with the same client key is stored once. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const { record_type: _c, ...validCase } = exampleCase;
const { record_type: _a, ...validActivity } = exampleActivity;

const CASE = `mutation($input: CaseInput!, $key: String) {
  caseRecord(input: $input, clientKey: $key) {
    __typename
    ... on CaseSaved { case { id a0_name } warnings { rule } }
    ... on ValidationFailed { message }
    ... on NotFound { message }
  }
}`;
const ACTIVITY = `mutation($input: ActivityInput!, $key: String) {
  activityRecord(input: $input, clientKey: $key) {
    __typename
    ... on ActivitySaved { activity { id } }
    ... on ValidationFailed { message }
    ... on NotFound { message }
  }
}`;

async function countRows(table: typeof cases | typeof activities) {
  const [row] = await app.database.db.select({ n: count() }).from(table);
  return Number(row!.n);
}

describe('idempotent record writes (clientKey)', () => {
  it('a retried case with the same key returns the first record and stores nothing new', async () => {
    const token = await app.login('officer');
    const key = 'a1b2c3d4-0000-4000-8000-000000000001';
    const before = await countRows(cases);
    const first = await app.gql(CASE, { input: { ...validCase, a0_name: 'Ana' }, key }, { token });
    expect(first.body.data.caseRecord.__typename).toBe('CaseSaved');
    const again = await app.gql(CASE, { input: { ...validCase, a0_name: 'Ana' }, key }, { token });
    expect(again.body.data.caseRecord).toEqual(first.body.data.caseRecord);
    expect(await countRows(cases)).toBe(before + 1);
    const [stored] = await app.database.db
      .select()
      .from(recordClientKeys)
      .where(eq(recordClientKeys.clientKey, key));
    expect(stored).toMatchObject({ kind: 'case', recordId: first.body.data.caseRecord.case.id });
  });

  it('concurrent requests with one key store one record', async () => {
    const token = await app.login('officer');
    const key = 'race-key-0001';
    const before = await countRows(cases);
    const answers = await Promise.all(
      [1, 2, 3].map(() => app.gql(CASE, { input: validCase, key }, { token })),
    );
    const ids = answers.map((a) => a.body.data.caseRecord.case?.id);
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toBeTruthy();
    expect(await countRows(cases)).toBe(before + 1);
  });

  it('keys are per user, per kind, and without a key every call stores a record', async () => {
    const officer = await app.login('officer');
    const coordinator = await app.login('coordinator');
    const key = 'shared-key-0001';
    const before = await countRows(cases);
    const mine = await app.gql(CASE, { input: validCase, key }, { token: officer });
    const theirs = await app.gql(CASE, { input: validCase, key }, { token: coordinator });
    expect(theirs.body.data.caseRecord.case.id).not.toBe(mine.body.data.caseRecord.case.id);
    await app.gql(CASE, { input: validCase }, { token: officer });
    await app.gql(CASE, { input: validCase }, { token: officer });
    expect(await countRows(cases)).toBe(before + 4);
    // The same key for an activity does not return the case.
    const wrongKind = await app.gql(ACTIVITY, { input: validActivity, key }, { token: officer });
    expect(wrongKind.body.data.activityRecord.__typename).toBe('NotFound');
  });

  it('an activity is idempotent too; a refused record does not use its key', async () => {
    const token = await app.login('officerTijuana');
    const key = 'activity-key-0001';
    const bad = await app.gql(
      ACTIVITY,
      { input: { ...validActivity, b1_country: null }, key },
      { token },
    );
    expect(bad.body.data.activityRecord.__typename).toBe('ValidationFailed');
    const before = await countRows(activities);
    const first = await app.gql(ACTIVITY, { input: validActivity, key }, { token });
    const again = await app.gql(ACTIVITY, { input: validActivity, key }, { token });
    expect(first.body.data.activityRecord.__typename).toBe('ActivitySaved');
    expect(again.body.data.activityRecord.activity.id).toBe(
      first.body.data.activityRecord.activity.id,
    );
    expect(await countRows(activities)).toBe(before + 1);
  });

  it('rejects a malformed key', async () => {
    const token = await app.login('officer');
    const { body } = await app.gql(CASE, { input: validCase, key: 'bad key!' }, { token });
    expect(body.data.caseRecord.__typename).toBe('ValidationFailed');
  });
});
