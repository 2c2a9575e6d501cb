import { eq } from 'drizzle-orm';
import { exampleCase } from '@ventanilla/domain';
import { readPersonCode } from '@ventanilla/domain/people/index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../db/schema/index.ts';
import { startTestApp, type TestApp } from '../test/app.ts';

let app: TestApp;
let officer = '';
const caseIds: string[] = [];

/** Three attentions at Upala on fixed dates, and one at Tijuana. */
beforeAll(async () => {
  app = await startTestApp();
  officer = await app.login('officer');
  const { record_type: _type, ...input } = exampleCase;
  for (const date of ['2026-01-05', '2026-02-10', '2026-03-02']) {
    const saved = await app.gql(
      `mutation($input: CaseInput!) { caseRecord(input: $input) { ... on CaseSaved { case { id } } } }`,
      { input: { ...input, date } },
      { token: officer },
    );
    caseIds.push(saved.body.data.caseRecord.case.id);
  }
});
afterAll(() => app.close());

const RESULT = `__typename
  ... on CaseContext { caseId source sourceMcaId personCode visits { id date } }
  ... on ValidationFailed { issues { fields message } }
  ... on NotFound { message }
  ... on Forbidden { message }`;
const ISSUE = `mutation($id: ID!, $consent: Boolean!) {
  personCodeIssue(caseId: $id, consent: $consent, issuedOn: "2026-01-05") { ${RESULT} } }`;
const SET = `mutation($id: ID!, $source: CaseSource, $code: String, $consent: Boolean) {
  caseContextSet(caseId: $id, source: $source, personCode: $code, consent: $consent) { ${RESULT} } }`;
const READ = `query($id: ID!) { caseContext(caseId: $id) { ${RESULT} } }`;

describe('repeat visits by person code, and where the person came from', () => {
  let code = '';

  it('issues a code only with consent, random and well formed, audited without the code', async () => {
    const refused = await app.gql(ISSUE, { id: caseIds[0], consent: false }, { token: officer });
    expect(refused.body.data.personCodeIssue.__typename).toBe('ValidationFailed');
    expect(refused.body.data.personCodeIssue.issues[0].message).toMatch(/consentimiento/);

    const { body } = await app.gql(ISSUE, { id: caseIds[0], consent: true }, { token: officer });
    code = body.data.personCodeIssue.personCode;
    expect(readPersonCode(code)).toBe(code);
    const audit = await app.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entity, 'case_context'));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(code);
  });

  it('links later attentions typed from the card, and lists the other visits oldest first', async () => {
    const typed = code.toLowerCase().replace(/-/g, ' ');
    const noConsent = await app.gql(SET, { id: caseIds[2], code: typed }, { token: officer });
    expect(noConsent.body.data.caseContextSet.__typename).toBe('ValidationFailed');

    for (const id of [caseIds[2], caseIds[1]]) {
      const { body } = await app.gql(
        SET,
        { id, code: typed, consent: true, source: 'mca' },
        { token: officer },
      );
      expect(body.data.caseContextSet).toMatchObject({ personCode: code, source: 'mca' });
    }
    // Changing only the source keeps the link.
    const sourceOnly = await app.gql(SET, { id: caseIds[2], source: 'phone' }, { token: officer });
    expect(sourceOnly.body.data.caseContextSet).toMatchObject({
      personCode: code,
      source: 'phone',
    });
    const { body } = await app.gql(READ, { id: caseIds[2] }, { token: officer });
    expect(body.data.caseContext.visits.map((v: { date: string }) => v.date)).toEqual([
      '2026-01-05',
      '2026-02-10',
    ]);
  });

  it('refuses a code this hub did not issue or with a wrong check symbol', async () => {
    const wrongCheck = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');
    for (const typed of [wrongCheck, '0000-0000-0']) {
      const { body } = await app.gql(
        SET,
        { id: caseIds[1], code: typed, consent: true },
        { token: officer },
      );
      expect(body.data.caseContextSet.__typename).toBe('ValidationFailed');
      expect(body.data.caseContextSet.issues[0].fields).toEqual(['personCode']);
    }
    // Nothing changed: the case keeps its link.
    const { body } = await app.gql(READ, { id: caseIds[1] }, { token: officer });
    expect(body.data.caseContext.personCode).toBe(code);
  });

  it('names the advisor who channelled the person, only one of the case’s hub', async () => {
    const addMca = async (token: string, hub: string) =>
      (
        await app.gql(
          `mutation($i: McaInput!) { mcaAdd(input: $i) { ... on Mca { id } } }`,
          { i: { hub, name: 'Asesora de prueba', joinedOn: '2025-06-01' } },
          { token },
        )
      ).body.data.mcaAdd.id as string;
    const own = await addMca(officer, 'cri_upala');
    const other = await addMca(await app.login('officerTijuana'), 'mex_tijuana');
    const MCA = `mutation($id: ID!, $mca: ID) { caseContextSet(caseId: $id, source: mca, sourceMcaId: $mca) {
      __typename ... on CaseContext { source sourceMcaId } ... on ValidationFailed { issues { fields } } } }`;
    const refused = await app.gql(MCA, { id: caseIds[0], mca: other }, { token: officer });
    expect(refused.body.data.caseContextSet).toMatchObject({
      __typename: 'ValidationFailed',
      issues: [{ fields: ['sourceMcaId'] }],
    });
    const { body } = await app.gql(MCA, { id: caseIds[0], mca: own }, { token: officer });
    expect(body.data.caseContextSet).toMatchObject({ source: 'mca', sourceMcaId: own });
  });

  it('removes a link with an empty code, and keeps other hubs and reviewers out', async () => {
    const { body } = await app.gql(SET, { id: caseIds[1], code: '' }, { token: officer });
    expect(body.data.caseContextSet).toMatchObject({ personCode: null, visits: [] });

    const tijuana = await app.login('officerTijuana');
    const other = await app.gql(READ, { id: caseIds[0] }, { token: tijuana });
    expect(other.body.data.caseContext.__typename).toBe('NotFound');
    const reviewer = await app.login('reviewer');
    const refused = await app.gql(READ, { id: caseIds[0] }, { token: reviewer });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
