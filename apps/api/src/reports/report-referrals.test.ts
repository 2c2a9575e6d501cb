import { exampleCase } from '@ventanilla/domain';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { clock } from '../referrals/today.ts';
import { startTestApp, type Person, type TestApp } from '../test/app.ts';

/**
 * Issue 16 item 8 in the monthly report and the meeting: a hub-month's report carries the
 * referral figures `referralFigures` gives for that hub and month: exact for the hub's staff,
 * perturbed for reviewers (also inside an open verification meeting, where Table 2 is exact),
 * and never a section-5 detail. "Now" is fixed (2024-04-20); the case is Upala, March 2024.
 */
let app: TestApp;
const tokens: Partial<Record<Person, string>> = {};
const gql = async (person: Person, query: string, variables: Record<string, unknown> = {}) => {
  tokens[person] ??= await app.login(person);
  const { body } = await app.gql(query, variables, { token: tokens[person], lang: 'en' });
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
};

const FIGURES = `protected overdueFollowUps closedAfterSending medianDaysToOutcome
  byState { total protected cells { keys value } }
  byOutcome { total protected cells { keys value } }
  bySector { total protected cells { keys value } }`;
const REPORT = `query($tz: String) { monthlyReport(hub: "cri_upala", month: "2024-03") {
  figures { exact } referralFigures(timeZone: $tz) { ${FIGURES} } } }`;
const ROOT = `query($tz: String) { referralFigures(timeZone: $tz,
  filter: { hubCodes: ["cri_upala"], from: "2024-03", to: "2024-03" }) { ${FIGURES} } }`;

beforeAll(async () => {
  app = await startTestApp();
  vi.spyOn(clock, 'now').mockReturnValue(new Date('2024-04-20T12:00:00Z'));
  const { record_type: _type, ...input } = exampleCase; // cri_upala, 2024-03
  const caseId = (
    await gql(
      'officer',
      'mutation($i: CaseInput!) { caseRecord(input: $i) { ... on CaseSaved { case { id } } } }',
      { i: input },
    )
  ).caseRecord.case.id;
  // Seven referrals sent on 5 March: three closed with an outcome, four overdue on 20 April.
  for (let i = 0; i < 7; i++) {
    const id = (
      await gql(
        'officer',
        'mutation($i: ReferralInput!) { referralAdd(input: $i) { ... on Referral { id } } }',
        {
          i: {
            caseId,
            institution: `Fiscalía ${i}`,
            contactPerson: 'Lic. Rojas',
            contactPhone: '+506 2000 0000',
            situation: 'Sin documentos, en albergue.',
            consentToRefer: true,
            consentToShare: true,
          },
        },
      )
    ).referralAdd.id;
    await gql(
      'officer',
      'mutation($id: ID!) { referralMove(id: $id, baseVersion: 1, to: sent, on: "2024-03-05") { __typename } }',
      { id },
    );
    if (i < 3)
      await gql(
        'officer',
        'mutation($id: ID!) { referralMove(id: $id, baseVersion: 2, to: closed, on: "2024-03-15", outcome: resolved) { __typename } }',
        { id },
      );
  }
});
afterAll(async () => {
  vi.restoreAllMocks();
  await app.close();
});

describe("the monthly report's referral figures", () => {
  it("give the hub's officer the exact figures of the hub-month, as the analytics query does", async () => {
    const { referralFigures } = (await gql('officer', REPORT, { tz: 'America/Costa_Rica' }))
      .monthlyReport;
    expect(referralFigures.protected).toBe(false);
    expect(referralFigures.byState.total).toBe(7);
    expect(referralFigures.byState.cells).toEqual(
      expect.arrayContaining([
        { keys: ['sent'], value: 4 },
        { keys: ['closed'], value: 3 },
      ]),
    );
    expect(referralFigures.byOutcome.cells).toEqual([{ keys: ['resolved'], value: 3 }]);
    expect(referralFigures.overdueFollowUps).toBe(4);
    expect(referralFigures.closedAfterSending).toBe(3);
    expect(referralFigures.medianDaysToOutcome).toBe(10);
    const root = (await gql('officer', ROOT, { tz: 'America/Costa_Rica' })).referralFigures;
    expect(referralFigures).toEqual(root);
  });

  it('give reviewers the same protected figures as analytics, and no median of 3', async () => {
    const { referralFigures } = (await gql('reviewer', REPORT)).monthlyReport;
    expect(referralFigures.protected).toBe(true);
    expect(referralFigures.byState.protected).toBe(true);
    expect(referralFigures.medianDaysToOutcome).toBeNull();
    for (const n of [referralFigures.overdueFollowUps, referralFigures.closedAfterSending])
      expect(n === 0 || n >= 5).toBe(true);
    expect(referralFigures).toEqual((await gql('reviewer', ROOT)).referralFigures);
  });

  it('stay protected inside an open verification meeting, where Table 2 becomes exact', async () => {
    const opened = await gql(
      'reviewer',
      'mutation { meetingOpen(month: "2024-03") { __typename ... on VerificationMeeting { id } } }',
    );
    const id = opened.meetingOpen.id as string;
    try {
      const item = (
        await gql(
          'reviewer',
          `query($id: ID!) { verificationMeeting(id: $id) { agendaItem(hub: "cri_upala") {
            report { figures { exact } referralFigures { ${FIGURES} } } } } }`,
          { id },
        )
      ).verificationMeeting.agendaItem.report;
      expect(item.figures.exact).toBe(true);
      expect(item.referralFigures.protected).toBe(true);
      expect(item.referralFigures).toEqual((await gql('reviewer', ROOT)).referralFigures);
    } finally {
      await gql('reviewer', 'mutation($id: ID!) { meetingClose(id: $id) { __typename } }', { id });
    }
  });

  it('is audited as a protected aggregate query when perturbed, and not for hub staff', async () => {
    const AUDIT = `query { auditLog(filter: { action: "aggregate.query", entity: "referral_figures" }) { id } }`;
    const count = async () => (await gql('admin', AUDIT)).auditLog.length as number;
    const before = await count();
    await gql('reviewer', REPORT);
    expect(await count()).toBe(before + 1);
    await gql('officer', REPORT);
    expect(await count()).toBe(before + 1);
  });

  it('never carry a section-5 detail: the type has counts only', async () => {
    const fields = (
      await gql('reviewer', '{ __type(name: "ReferralFigures") { fields { name } } }')
    ).__type.fields.map((f: { name: string }) => f.name);
    expect(fields.sort()).toEqual(
      [
        'byOutcome',
        'bySector',
        'byState',
        'closedAfterSending',
        'medianDaysToOutcome',
        'overdueFollowUps',
        'protected',
      ].sort(),
    );
    const text = JSON.stringify((await gql('reviewer', REPORT)).monthlyReport);
    for (const detail of ['Lic. Rojas', '+506 2000 0000', 'albergue', 'Fiscalía'])
      expect(text).not.toContain(detail);
  });
});
