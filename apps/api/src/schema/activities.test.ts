import { count } from 'drizzle-orm';
import { exampleActivity } from '@ventanilla/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities, activityTopics } from '../db/schema/index.ts';
import { startTestApp, type TestApp } from '../test/app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const { record_type: _t, ...input } = exampleActivity;
const SAVE = `mutation($i: ActivityInput!) { activityRecord(input: $i) { __typename
  ... on ActivitySaved { activity { id hub b2_topics estPeople estWomen estPassShare month } warnings { rule } }
  ... on ValidationFailed { issues { rule fields message } } } }`;

describe('activities', () => {
  it('records, gets, lists, edits and deletes an activity with §8.2 estimates', async () => {
    const token = await app.login('officerTijuana');
    const saved = await app.gql(SAVE, { i: input }, { token });
    const activity = saved.body.data.activityRecord.activity;
    expect(activity).toMatchObject({ hub: 'mex_tijuana', estPeople: 18, month: '2024-03' });
    expect(activity.estWomen).toBeCloseTo(7.2);
    expect(activity.estPassShare).toBeCloseTo(12 / 18);
    const got = await app.gql(
      'query($id: ID!) { activity(id: $id) { __typename ... on Activity { b3_summary } } }',
      { id: activity.id },
      { token },
    );
    expect(got.body.data.activity.b3_summary).toMatch(/Workshop/);
    const list = await app.gql(
      '{ activities(filter: { hubCodes: ["mex_tijuana"], month: "2024-03" }) { totalCount } }',
      {},
      { token },
    );
    expect(list.body.data.activities.totalCount).toBe(1);
    const edit = await app.gql(
      'mutation($id: ID!, $i: ActivityInput!) { activityEdit(id: $id, input: $i) { __typename ... on ActivitySaved { activity { b2_topics } } } }',
      { id: activity.id, i: { ...input, b2_topics: ['trafficking_prevention'] } },
      { token },
    );
    expect(edit.body.data.activityEdit.activity.b2_topics).toEqual(['trafficking_prevention']);
    const [topics] = await app.database.db.select({ n: count() }).from(activityTopics);
    expect(Number(topics!.n)).toBe(1);
    const other = await app.login('officer');
    const denied = await app.gql(
      'mutation($id: ID!) { activityDelete(id: $id) { __typename } }',
      { id: activity.id },
      { token: other },
    );
    expect(denied.body.data.activityDelete.__typename).toBe('Forbidden');
    const del = await app.gql(
      'mutation($id: ID!) { activityDelete(id: $id) { __typename } }',
      { id: activity.id },
      { token },
    );
    expect(del.body.data.activityDelete.__typename).toBe('RecordDeleted');
  });

  it('rejects an invalid activity and stores nothing', async () => {
    const token = await app.login('officerTijuana');
    const [before] = await app.database.db.select({ n: count() }).from(activities);
    const { body } = await app.gql(
      SAVE,
      { i: { ...input, b5_pct_female: 45, b3_summary: null } },
      { token, lang: 'en' },
    );
    expect(body.data.activityRecord.__typename).toBe('ValidationFailed');
    const fields = body.data.activityRecord.issues.flatMap((i: { fields: string[] }) => i.fields);
    expect(fields).toEqual(expect.arrayContaining(['b5_pct_female', 'b3_summary']));
    const [after] = await app.database.db.select({ n: count() }).from(activities);
    expect(after!.n).toBe(before!.n);
  });
});
