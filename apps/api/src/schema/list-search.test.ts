import { exampleCase } from '@ventanilla/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const { record_type: _type, ...validCase } = exampleCase;

const RECORD = `mutation($input: CaseInput!) { caseRecord(input: $input) { __typename ... on CaseSaved { case { id } } } }`;
const LIST = `query($f: RecordListFilter) { cases(filter: $f) { totalCount items { id date a11_referral_org_2 } } }`;

describe('record lists: search and sort', () => {
  it('finds cases by words in places and referral organizations, and sorts by date', async () => {
    const token = await app.login('officer');
    for (const [date, org] of [
      ['2024-03-01', 'Clínica San Rafael'],
      ['2024-03-09', 'Hospital del Norte'],
      ['2024-03-05', 'Clínica Santa Ana'],
    ] as const) {
      const { body } = await app.gql(
        RECORD,
        { input: { ...validCase, date, a11_referral_org_2: org } },
        { token },
      );
      expect(body.data.caseRecord.__typename).toBe('CaseSaved');
    }
    const found = await app.gql(LIST, { f: { search: 'clínica', sort: 'date_asc' } }, { token });
    expect(found.body.data.cases.totalCount).toBe(2);
    expect(found.body.data.cases.items.map((c: { date: string }) => c.date)).toEqual([
      '2024-03-01',
      '2024-03-05',
    ]);
    const both = await app.gql(LIST, { f: { search: 'santa upala' } }, { token });
    expect(both.body.data.cases.totalCount).toBe(1);
    const none = await app.gql(LIST, { f: { search: '100%_x' } }, { token });
    expect(none.body.data.cases.totalCount).toBe(0);
  });

  it('rejects an unknown sort', async () => {
    const token = await app.login('officer');
    const { body } = await app.gql(LIST, { f: { sort: 'name' } }, { token });
    expect(body.errors?.[0]?.message).toMatch(/sort must be/);
  });
});
