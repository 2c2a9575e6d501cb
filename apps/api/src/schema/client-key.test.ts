import { and, count, eq } from 'drizzle-orm';
import { exampleActivity, exampleCase } from '@ventanilla/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities, auditLog, cases, recordClientKeys } from '../db/schema/index.ts';
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
    ... on Forbidden { message }
  }
}`;
const ACTIVITY = `mutation($input: ActivityInput!, $key: String) {
  activityRecord(input: $input, clientKey: $key) {
    __typename
    ... on ActivitySaved { activity { id } }
    ... on ValidationFailed { message }
    ... on NotFound { message }
    ... on Forbidden { message }
  }
}`;
const READ_CASE = `query($id: ID!) {
  case(id: $id) { __typename ... on Case { id a0_name } ... on NotFound { message } ... on Forbidden { message } }
}`;
const READ_ACTIVITY = `query($id: ID!) {
  activity(id: $id) { __typename ... on Activity { id } ... on NotFound { message } ... on Forbidden { message } }
}`;
const EDIT_CASE = `mutation($id: ID!, $input: CaseInput!) { caseEdit(id: $id, input: $input) { __typename } }`;
const EDIT_ACTIVITY = `mutation($id: ID!, $input: ActivityInput!) { activityEdit(id: $id, input: $input) { __typename } }`;
const DELETE_CASE = `mutation($id: ID!) { caseDelete(id: $id) { __typename } }`;

/** Audit rows of reads of one case. */
async function caseReads(id: string) {
  const rows = await app.database.db
    .select({ userId: auditLog.userId })
    .from(auditLog)
    .where(
      and(eq(auditLog.action, 'read'), eq(auditLog.entity, 'case'), eq(auditLog.entityId, id)),
    );
  return rows.length;
}

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

  it('a replay answers as a read by the same caller: a case moved to another hub is refused, not shown', async () => {
    const officer = await app.login('officer');
    const admin = await app.login('admin');
    const key = 'moved-case-key-0001';
    const first = await app.gql(CASE, { input: validCase, key }, { token: officer, lang: 'en' });
    expect(first.body.data.caseRecord.__typename).toBe('CaseSaved');
    const id = first.body.data.caseRecord.case.id as string;
    // Same hub: the replay is a read of personal data, audited as one.
    const readsBefore = await caseReads(id);
    const same = await app.gql(CASE, { input: validCase, key }, { token: officer, lang: 'en' });
    expect(same.body.data.caseRecord.case.id).toBe(id);
    expect(await caseReads(id)).toBe(readsBefore + 1);
    // An admin moves it to another hub and adds a name.
    const moved = await app.gql(
      EDIT_CASE,
      {
        id,
        input: { ...validCase, hub: 'mex_tijuana', a3_country: 'MEX', a0_name: 'Zoila Secreta' },
      },
      { token: admin },
    );
    expect(moved.body.data.caseEdit.__typename).toBe('CaseSaved');
    const read = await app.gql(READ_CASE, { id }, { token: officer, lang: 'en' });
    expect(read.body.data.case.__typename).toBe('Forbidden');
    const replay = await app.gql(CASE, { input: validCase, key }, { token: officer, lang: 'en' });
    expect(replay.body.data.caseRecord).toEqual(read.body.data.case);
    expect(JSON.stringify(replay.body)).not.toContain('Zoila');
    // A refused replay is not a read: nothing more in the audit log.
    expect(await caseReads(id)).toBe(readsBefore + 1);
    // Deleted since: the replay answers NotFound, as the read does.
    expect(
      (await app.gql(DELETE_CASE, { id }, { token: admin })).body.data.caseDelete.__typename,
    ).toBe('RecordDeleted');
    const gone = await app.gql(READ_CASE, { id }, { token: officer, lang: 'en' });
    const replayGone = await app.gql(
      CASE,
      { input: validCase, key },
      { token: officer, lang: 'en' },
    );
    expect(gone.body.data.case.__typename).toBe('NotFound');
    expect(replayGone.body.data.caseRecord).toEqual(gone.body.data.case);
    expect(await countRows(cases)).toBeGreaterThan(0);
  });

  it('a replayed activity moved to another hub is refused as its read is', async () => {
    const officer = await app.login('officerTijuana');
    const admin = await app.login('admin');
    const key = 'moved-activity-key-0001';
    const first = await app.gql(ACTIVITY, { input: validActivity, key }, { token: officer });
    expect(first.body.data.activityRecord.__typename).toBe('ActivitySaved');
    const id = first.body.data.activityRecord.activity.id as string;
    const moved = await app.gql(
      EDIT_ACTIVITY,
      { id, input: { ...validActivity, hub: 'cri_upala', b1_country: 'CRI' } },
      { token: admin },
    );
    expect(moved.body.data.activityEdit.__typename).toBe('ActivitySaved');
    const read = await app.gql(READ_ACTIVITY, { id }, { token: officer });
    expect(read.body.data.activity.__typename).toBe('Forbidden');
    const replay = await app.gql(ACTIVITY, { input: validActivity, key }, { token: officer });
    expect(replay.body.data.activityRecord).toEqual(read.body.data.activity);
  });
});
