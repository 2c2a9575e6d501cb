/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */
/**
 * Issue 14 item 7: a report list is bounded work. Figures of every report of a request come from
 * one set of grouped queries; more months than a screen shows, or more data-quality findings
 * than a meeting agenda needs, are refused with a clear message instead of running for seconds.
 */
import { exampleActivity, exampleCase } from '@ventanilla/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxFindingsPerRequest, maxReportMonths } from '../schema/report-view.ts';
import { startTestApp, type TestApp } from '../test/app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  const admin = await app.login('admin');
  await app.gql(
    'mutation { hubAdd(input: { code: "gtm_tecun_uman", name: "Tecún Umán", country: "GTM" }) { __typename } }',
    {},
    { token: admin },
  );
  const { record_type: _c, ...aCase } = exampleCase; // cri_upala, 2024-03
  const { record_type: _a, ...anActivity } = exampleActivity; // mex_tijuana, 2024-03
  for (const date of ['2024-03-05', '2024-02-10', '2023-12-01'])
    await app.gql(
      'mutation($i: CaseInput!) { caseRecord(input: $i) { __typename } }',
      {
        i: { ...aCase, date },
      },
      { token: admin },
    );
  await app.gql(
    'mutation($i: ActivityInput!) { activityRecord(input: $i) { __typename } }',
    {
      i: anActivity,
    },
    { token: admin },
  );
});
afterAll(() => app.close());

/** The fixtures' three hubs and the one added above; a reviewer reaches them all. */
const hubCount = 4;
const months = (n: number) =>
  Array.from({ length: n }, (_, i) => new Date(Date.UTC(2024, 2 - i, 1)).toISOString().slice(0, 7));

describe('monthly report lists are bounded', () => {
  it(`refuses more than ${maxReportMonths} months with a message in the caller language`, async () => {
    const token = await app.login('reviewer');
    const query = 'query($m: [String!]!) { monthlyReports(months: $m) { month } }';
    for (const [lang, text] of [
      ['en', `Ask for at most ${maxReportMonths} months`],
      ['es', `Pida como máximo ${maxReportMonths} meses`],
    ] as const) {
      const res = await app.gql(query, { m: months(maxReportMonths + 1) }, { token, lang });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors?.[0]?.message).toContain(text);
    }
    const ok = await app.gql(query, { m: months(maxReportMonths) }, { token });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data.monthlyReports).toHaveLength(maxReportMonths * hubCount);
  });

  it(`computes data-quality findings of at most ${maxFindingsPerRequest} reports per request`, async () => {
    const token = await app.login('reviewer');
    const query = 'query($m: [String!]!) { monthlyReports(months: $m) { findings { rule } } }';
    const perRequest = Math.floor(maxFindingsPerRequest / hubCount);
    const within = await app.gql(query, { m: months(perRequest) }, { token });
    expect(within.body.errors).toBeUndefined();
    const over = await app.gql(query, { m: months(perRequest + 1) }, { token, lang: 'en' });
    expect(over.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(over.body.errors?.[0]?.message).toContain(
      `Data-quality findings are computed for at most ${maxFindingsPerRequest} reports`,
    );
  });

  it('figures of a list are the figures of each report asked alone', async () => {
    const token = await app.login('coordinator');
    const figures =
      'figures { month cases referrals activities peopleReached topNationalities { code value } } previousFigures { month cases activities }';
    const list = await app.gql(
      `query($m: [String!]!) { monthlyReports(months: $m) { hubCode month ${figures} } }`,
      { m: months(4) },
      { token },
    );
    expect(list.body.errors).toBeUndefined();
    expect(list.body.data.monthlyReports.some((r: any) => r.figures.cases > 0)).toBe(true);
    for (const report of list.body.data.monthlyReports) {
      const alone = await app.gql(
        `query($h: String!, $m: String!) { monthlyReport(hub: $h, month: $m) { ${figures} } }`,
        { h: report.hubCode, m: report.month },
        { token },
      );
      expect(alone.body.data.monthlyReport).toEqual({
        figures: report.figures,
        previousFigures: report.previousFigures,
      });
    }
  });
});
