import { exampleCase } from '@ventanilla/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const { record_type: _type, ...validCase } = exampleCase;
const RECORD = `mutation($input: CaseInput!) {
  caseRecord(input: $input) { __typename ... on CaseSaved { case { id } warnings { rule message } } }
}`;
const LAST = `{ myLastOfficerId }`;

describe('myLastOfficerId: the officer ID to prefill the next form', () => {
  it('is null before the caller recorded anything', async () => {
    const token = await app.login('officer');
    expect((await app.gql(LAST, {}, { token })).body.data.myLastOfficerId).toBeNull();
  });

  it('is the normalized ID of the caller’s newest record, never another user’s', async () => {
    const officer = await app.login('officer');
    const coordinator = await app.login('coordinator');
    const first = await app.gql(
      RECORD,
      { input: { ...validCase, officer_id: 'cr-upa-41' } },
      { token: officer },
    );
    expect(first.body.data.caseRecord.__typename).toBe('CaseSaved');
    await app.gql(
      RECORD,
      { input: { ...validCase, officer_id: ' cr-upa-42 ' } },
      { token: officer },
    );
    await app.gql(
      RECORD,
      { input: { ...validCase, officer_id: 'CR-COORD-1' } },
      { token: coordinator },
    );
    expect((await app.gql(LAST, {}, { token: officer })).body.data.myLastOfficerId).toBe(
      'CR-UPA-42',
    );
    expect((await app.gql(LAST, {}, { token: coordinator })).body.data.myLastOfficerId).toBe(
      'CR-COORD-1',
    );
  });

  it('is refused to a reviewer, who records nothing', async () => {
    const token = await app.login('reviewer');
    const { body } = await app.gql(LAST, {}, { token });
    expect(body.data?.myLastOfficerId ?? null).toBeNull();
    expect(body.errors?.length).toBeGreaterThan(0);
  });
});

describe('age consistency warnings through the API (FORM.md R45–R47)', () => {
  it('stores "0 to 5 years", married, works, secondary complete with three warnings', async () => {
    const token = await app.login('officer');
    const { body } = await app.gql(
      RECORD,
      {
        input: {
          ...validCase,
          a5_age_range: 'age_0_5',
          a7_civil_status: 'married',
          a8_school_level: 'secondary_complete',
          a9_occupation: 'work',
        },
      },
      { token, lang: 'en' },
    );
    expect(body.data.caseRecord.__typename).toBe('CaseSaved');
    const warnings = body.data.caseRecord.warnings as { rule: string; message: string }[];
    expect(warnings.map((w) => w.rule)).toEqual(['R45', 'R46', 'R47']);
    expect(warnings[1]!.message).toMatch(/^A child under 12 who works may be in child labour/);
  });
});
