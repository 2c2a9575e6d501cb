import { sql } from 'drizzle-orm';
import { exampleActivity } from '@ventanilla/domain';
import type { RecordKind } from '@ventanilla/domain/monitoring/index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAnalyticsData } from '../analytics/test-data.ts';
import { measureColumns } from '../analytics/summary-sql.ts';
import { summaryTables } from '../analytics/summary-sets.ts';
import { queryRows } from '../db/rows.ts';
import { startTestApp, type TestApp } from '../test/app.ts';
import { loadFigures, loadFiguresOfHubs } from './figures.ts';

// Issue 17: the monthly report figures (report page, report lists, the verification meeting,
// the snapshot taken at verification) read the monthly summaries, and say exactly what the
// records say: every figure, its record-key sum (so the cell key method perturbs it alike) and
// the top nationalities, over data that changes between comparisons. Runs on PostgreSQL too
// when the suite does (TEST_DB=postgres, TEST_DATABASE_URL).

let app: TestApp;
const months = ['2024-12', ...Array.from({ length: 7 }, (_, i) => `2025-0${i + 1}`)];

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function allHubs(): Promise<string[]> {
  const rows = await queryRows<{ code: string }>(
    app.database.db,
    sql`select code from hubs order by code`,
  );
  return rows.map((r) => r.code);
}

/** Every figure of every hub × month, from both sources, with something to compare. */
async function expectSameFigures(context: string) {
  const hubs = await allHubs();
  const both = await Promise.all(
    (['summaries', 'records'] as const).map((source) =>
      loadFiguresOfHubs({ db: app.database.db, hubs, months, source }),
    ),
  );
  const [fromSummaries, fromRecords] = both.map((byHub) =>
    [...byHub].map(([hub, byMonth]) => [hub, [...byMonth.values()]]),
  );
  expect(fromSummaries, context).toEqual(fromRecords);
  const cases = (fromRecords as [string, { cases: number }[]][]).flatMap(([, f]) => f);
  expect(cases.some((f) => f.cases > 0)).toBe(true);
}

const reportFields = `hubCode month
  figures { exact cases referrals vulnerableCases minorCases womenCases inTransitCases activities
    peopleReached womenReached minorsReached activitiesWithUnmetNeeds topNationalities { code value } }
  previousFigures { month cases activities peopleReached topNationalities { code value } }`;

/** Every report of the months as reviewer (perturbed) and coordinator (exact), through the API. */
async function reportAnswers() {
  const out: unknown[] = [];
  for (const person of ['reviewer', 'coordinator'] as const) {
    const { body } = await app.gql(
      `query($m: [String!]!) { monthlyReports(months: $m) { ${reportFields} } }`,
      { m: months.slice(-6) },
      { token: await app.login(person) },
    );
    expect(body.errors).toBeUndefined();
    out.push(body.data.monthlyReports);
  }
  return out;
}

async function expectSameReports() {
  const fromSummaries = await reportAnswers();
  process.env.ANALYTICS_SUMMARIES = 'off';
  try {
    expect(fromSummaries).toEqual(await reportAnswers());
  } finally {
    delete process.env.ANALYTICS_SUMMARIES;
  }
}

/**
 * Splits every summary row in two rows whose sums are the row (as concurrent writers may leave
 * a cell: summary-sql.ts), some with a zero count: readers must add rows up and show no cell
 * whose records add up to none.
 */
async function splitEveryCell(kind: RecordKind) {
  const table = summaryTables[kind];
  const measures = measureColumns(kind);
  const keys = 'dims, month, hub, hub_country, hub_type, k1, k2';
  const half = measures.map((m) =>
    m.startsWith('n') || m.startsWith('ks') ? `${m} / 2` : `trunc(${m} / 2)`,
  );
  await app.database.db.execute(
    sql.raw(`with old as (delete from ${table} returning *)
      insert into ${table} (${keys}, ${measures.join(', ')})
      select ${keys}, ${half.join(', ')} from old
      union all
      select ${keys}, ${measures.map((m, i) => `${m} - ${half[i]}`).join(', ')} from old`),
  );
}

describe('monthly report figures from the summaries', () => {
  it('are the figures from the records, however the data changes', async () => {
    const db = app.database.db;
    for (const [seed, hubs] of [
      [3, 4],
      [11, 6],
      [29, 3],
    ] as const) {
      await insertAnalyticsData({ db, seed, cases: 150, activityCount: 60, months: 6, hubs });
      await expectSameFigures(`after loading seed ${seed}`);
    }
    // Edits of every kind, as one statement each: a change of validation status, of month, of
    // the fields figures count, and deletes.
    await db.execute(sql`update cases set validation_status = 'not_approved'
      where id in (select id from cases order by record_key limit 40)`);
    await db.execute(sql`update activities set validation_status = null
      where validation_status = 'not_approved'`);
    await db.execute(sql`update cases set month = '2025-07', date = '2025-07-02'
      where month = '2025-06' and record_key % 3 = 0`);
    await db.execute(sql`update cases set gender_group = 'women', is_minor = not coalesce(is_minor, false),
      a2_residence = 'in_transit', a1_nationality = 'VEN' where record_key % 7 = 1`);
    await db.execute(sql`delete from activities where record_key % 5 = 2`);
    await db.execute(sql`delete from cases where record_key % 9 = 4`);
    await expectSameFigures('after edits and deletes');
    await expectSameReports();
    for (const kind of ['case', 'activity'] as const) await splitEveryCell(kind);
    await expectSameFigures('with every cell split in two rows');
    await expectSameReports();
  }, 120_000);

  it('round a sum of estimates once, half away from zero, on both paths', async () => {
    // Three activities of 1–10 people: 5.5 each, 16.5 in all, published as 17 (not 16, as a
    // float sum rounded to even would say).
    const token = await app.login('admin');
    for (const day of ['05', '06', '07']) {
      const { body } = await app.gql(
        'mutation($i: ActivityInput!) { activityRecord(input: $i) { __typename } }',
        {
          i: {
            ...exampleActivity,
            record_type: undefined,
            date: `2025-07-${day}`,
            b4_people_reached: 'reach_1_10',
            b2_scored_above_70: 2,
          },
        },
        { token },
      );
      expect(body.data?.activityRecord.__typename).toBe('ActivitySaved');
    }
    for (const source of ['summaries', 'records'] as const) {
      const figures = await loadFigures({
        db: app.database.db,
        hub: 'mex_tijuana',
        months: ['2025-07'],
        source,
      });
      expect(figures.get('2025-07')!.peopleReached, source).toBe(17);
    }
    await expectSameFigures('after the activities of 5.5 people');
  });
});
