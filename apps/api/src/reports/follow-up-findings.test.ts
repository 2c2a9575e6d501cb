import { exampleCase } from '@ventanilla/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app.ts';

/**
 * Issue 16, item 8: a hub-month's report names the referral follow-ups overdue and the community
 * advisors not contacted for more than 10 days, as they stood at the month's end (March 2024).
 */
let app: TestApp;
let officer = '';
const gql = async (query: string, variables: Record<string, unknown>, token = officer) => {
  const { body } = await app.gql(query, variables, { token, lang: 'en' });
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
};

beforeAll(async () => {
  app = await startTestApp();
  officer = await app.login('officer');
  const { record_type: _type, ...input } = exampleCase; // cri_upala, 2024-03
  const caseId = (
    await gql(
      'mutation($i: CaseInput!) { caseRecord(input: $i) { ... on CaseSaved { case { id } } } }',
      { i: input },
    )
  ).caseRecord.case.id;
  // Sent on 5 March (follow-up 13 March: overdue at the month's end) and on 25 March (2 April).
  for (const sentOn of ['2024-03-05', '2024-03-25']) {
    const id = (
      await gql(
        'mutation($i: ReferralInput!) { referralAdd(input: $i) { ... on Referral { id } } }',
        {
          i: {
            caseId,
            institution: `Fiscalía ${sentOn}`,
            consentToRefer: true,
            consentToShare: true,
          },
        },
      )
    ).referralAdd.id;
    await gql(
      'mutation($id: ID!, $on: String!) { referralMove(id: $id, baseVersion: 1, to: sent, on: $on) { __typename } }',
      { id, on: sentOn },
    );
  }
  // Last seen on 10 March (21 days before the month's end) and on 28 March.
  for (const [name, seen] of [
    ['Asesora A', '2024-03-10'],
    ['Asesor B', '2024-03-28'],
  ]) {
    const id = (
      await gql('mutation($i: McaInput!) { mcaAdd(input: $i) { ... on Mca { id } } }', {
        i: { hub: 'cri_upala', name, joinedOn: '2024-01-15' },
      })
    ).mcaAdd.id;
    await gql(
      'mutation($id: ID!, $on: String!) { mcaCheckInRecord(mcaId: $id, on: $on, channel: phone) { __typename } }',
      { id, on: seen },
    );
  }
});
afterAll(() => app.close());

const REPORT = `query { monthlyReport(hub: "cri_upala", month: "2024-03") {
  findings { rule count message } } }`;

describe('follow-up findings of the monthly report', () => {
  it('names one overdue follow-up and one advisor not contacted, as of the month’s end', async () => {
    const { findings } = (await gql(REPORT, {})).monthlyReport;
    const byRule = Object.fromEntries(
      findings.map((f: { rule: string; count: number; message: string }) => [f.rule, f]),
    );
    expect(byRule.overdue_follow_ups).toMatchObject({ count: 1 });
    expect(byRule.overdue_follow_ups.message).toMatch(/^1 referral had passed its follow-up date/);
    expect(byRule.mca_not_contacted).toMatchObject({ count: 1 });
    expect(byRule.mca_not_contacted.message).toMatch(/^1 community advisor has not been contacted/);
  });

  it('gives reviewers the follow-up count protected, never a 1 to 4', async () => {
    const reviewer = await app.login('reviewer');
    const { findings } = (await gql(REPORT, {}, reviewer)).monthlyReport;
    const overdue = findings.find((f: { rule: string }) => f.rule === 'overdue_follow_ups');
    if (overdue) expect(overdue.count).toBeGreaterThanOrEqual(5);
  });

  it('keeps it protected inside a verification meeting, where the record figures become exact', async () => {
    const reviewer = await app.login('reviewer');
    const opened = await gql(
      'mutation { meetingOpen(month: "2024-03") { ... on VerificationMeeting { id } } }',
      {},
      reviewer,
    );
    const id = opened.meetingOpen.id as string;
    try {
      const { report } = (
        await gql(
          `query($id: ID!) { verificationMeeting(id: $id) { agendaItem(hub: "cri_upala") {
            report { figures { exact } findings { rule count message } } } } }`,
          { id },
          reviewer,
        )
      ).verificationMeeting.agendaItem;
      expect(report.figures.exact).toBe(true);
      const overdue = report.findings.find(
        (f: { rule: string }) => f.rule === 'overdue_follow_ups',
      );
      if (overdue) {
        expect(overdue.count).toBeGreaterThanOrEqual(5);
        expect(overdue.message).not.toMatch(/^[1-4] referral/);
      }
    } finally {
      await gql('mutation($id: ID!) { meetingClose(id: $id) { __typename } }', { id }, reviewer);
    }
  });
});
