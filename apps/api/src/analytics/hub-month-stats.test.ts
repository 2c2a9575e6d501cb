import { eq } from 'drizzle-orm';
import { exampleActivity, exampleCase } from '@ventanilla/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cases } from '../db/schema/index.ts';
import { startTestApp, type TestApp } from '../test/app.ts';
import { loadHubMonthStats } from './hub-month-stats.ts';

/**
 * A hub-month's stats (the hubs list's figures) read from the summaries' totals equal the same
 * totals counted from the records, for every hub and month of a small mixed dataset: referred
 * and not, A.14 yes and no, an activity, a record moved to another month and one marked
 * not_approved.
 */
let app: TestApp;
const { record_type: _c, ...caseInput } = exampleCase;
const { record_type: _a, ...activityInput } = exampleActivity;

beforeAll(async () => {
  app = await startTestApp();
  const officer = await app.login('officer');
  const tijuana = await app.login('officerTijuana');
  const record = async (
    kind: 'case' | 'activity',
    input: Record<string, unknown>,
    token = officer,
  ) => {
    const [type, saved] = kind === 'case' ? ['Case', 'CaseSaved'] : ['Activity', 'ActivitySaved'];
    const { body } = await app.gql(
      `mutation($i: ${type}Input!) { saved: ${kind}Record(input: $i) { ... on ${saved} { ${kind} { id } } } }`,
      { i: input },
      { token },
    );
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data.saved[kind].id as string;
  };
  await record('case', caseInput);
  await record('case', {
    ...caseInput,
    a14_vulnerability: 'yes',
    a14_vulnerability_types: ['fear_of_return'],
  });
  await record('case', {
    ...caseInput,
    a10_service_2: null,
    a11_action_2: null,
    a11_referral_org_2: null,
  });
  await record('case', { ...caseInput, date: '2024-04-02' });
  const rejected = await record('case', { ...caseInput, date: '2024-04-03' });
  await app.database.db
    .update(cases)
    .set({ validationStatus: 'not_approved' })
    .where(eq(cases.id, rejected));
  await record('activity', activityInput, tijuana);
});
afterAll(() => app.close());
afterEach(() => vi.unstubAllEnvs());

describe('loadHubMonthStats', () => {
  it('answers from the summaries what the records say, for every hub and month', async () => {
    const { db } = app.database;
    const hubs = ['cri_upala', 'cri_los_chiles', 'mex_tijuana'];
    const months = ['2024-02', '2024-03', '2024-04'];
    const read = () =>
      Promise.all(hubs.flatMap((h) => months.map((m) => loadHubMonthStats(db, h, m))));
    const fromSummaries = await read();
    vi.stubEnv('ANALYTICS_SUMMARIES', 'off');
    const fromRecords = await read();
    expect(fromSummaries).toEqual(fromRecords);
    // The data reaches every figure, so a wrong column could not pass unnoticed.
    const upalaMarch = fromRecords[hubs.indexOf('cri_upala') * months.length + 1]!;
    expect(upalaMarch.cases.value).toBe(3);
    expect(upalaMarch.vulnerableCases.value).toBe(1);
    expect(upalaMarch.referrals.value).toBe(2);
    expect(fromRecords[hubs.indexOf('mex_tijuana') * months.length + 1]!.activities.value).toBe(1);
    const upalaApril = fromRecords[hubs.indexOf('cri_upala') * months.length + 2]!;
    expect(upalaApril.cases.value).toBe(1);
  });
});
