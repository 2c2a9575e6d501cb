import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Person, type TestApp } from '../test/app.ts';
import { insertAnalyticsData, type AnalyticsData } from '../analytics/test-data.ts';

/**
 * The attacks of issue 13, run as a reviewer through the public API (shared/API.md) on five
 * hubs, six months and 1,500 cases: each tries to learn the exact value of small hub-month
 * cells (1..4 people) by differencing queries. The data and the record keys come from SEED, so
 * every run is the same run; the seed is printed.
 */
const SEED = 13;
const months = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'];

let app: TestApp;
let data: AnalyticsData;
let hubs: string[];
const tokens: Partial<Record<Person, string>> = {};

beforeAll(async () => {
  console.log(`differencing test: seed ${SEED}`);
  app = await startTestApp();
  data = await insertAnalyticsData({
    db: app.database.db,
    seed: SEED,
    cases: 1_500,
    activityCount: 300,
    months: 6,
    hubs: 5,
  });
  hubs = data.hubs.map((h) => h.code).sort();
}, 120_000);
afterAll(() => app.close());

type Filter = { from?: string; to?: string; hubCodes?: string[] };
type Input = { measure: string; by: string[]; filter: Filter };
type Table = { total: number; cells: Map<string, number> };

const BATCH = `query($inputs: [DisaggregationInput!]!) {
  disaggregations(inputs: $inputs) { total protected cells { keys value } }
}`;

/** Many tables in batches of 50 (the API's limit per request). */
async function tables(person: Person, inputs: Input[]): Promise<Table[]> {
  tokens[person] ??= await app.login(person);
  const out: Table[] = [];
  for (let i = 0; i < inputs.length; i += 50) {
    const { body } = await app.gql(
      BATCH,
      { inputs: inputs.slice(i, i + 50) },
      { token: tokens[person]! },
    );
    expect(body.errors).toBeUndefined();
    for (const t of body.data.disaggregations as {
      total: number;
      protected: boolean;
      cells: { keys: string[]; value: number }[];
    }[]) {
      expect(t.protected).toBe(person === 'reviewer');
      out.push({ total: t.total, cells: new Map(t.cells.map((c) => [c.keys.join('|'), c.value])) });
    }
  }
  return out;
}

const month = (m: string): Filter => ({ from: m, to: m });
const cell = (t: Table, key: string) => t.cells.get(key) ?? 0;

/** One guess of a small cell's value by an attack, with the truth. */
type Guess = { target: string; truth: number; estimate: number };

/**
 * The attacker's hit rate on small cells against a blind guess (always the most common small
 * value). The attacker is helped: an estimate is rounded and brought into 1..4.
 */
function score(guesses: Guess[]) {
  const small = guesses.filter((g) => g.truth >= 1 && g.truth <= 4);
  const guessOf = (e: number) => Math.min(4, Math.max(1, Math.round(e)));
  const hits = small.filter((g) => guessOf(g.estimate) === g.truth).length;
  const counts = [1, 2, 3, 4].map((v) => small.filter((g) => g.truth === v).length);
  return {
    n: small.length,
    attack: hits / small.length,
    blind: Math.max(...counts) / small.length,
  };
}

function expectNoBetterThanBlind(name: string, guesses: Guess[]) {
  const s = score(guesses);
  console.log(
    `${name}: ${s.n} small cells, attack right ${(100 * s.attack).toFixed(1)} %, blind guess ${(100 * s.blind).toFixed(1)} %`,
  );
  expect(s.n).toBeGreaterThan(20);
  expect(s.attack).toBeLessThanOrEqual(s.blind);
}

/** The true hub × month × dims table (keys `hub|month|…`), from an admin's exact answers. */
async function truthOf(measure: string, dims: string[]): Promise<Table> {
  const answers = await tables(
    'admin',
    months.map((m) => ({ measure, by: ['HUB', ...dims], filter: month(m) })),
  );
  const cells = new Map<string, number>();
  answers.forEach((t, i) => {
    for (const [key, value] of t.cells) {
      const [hub, ...rest] = key.split('|');
      cells.set([hub, months[i], ...rest].join('|'), value);
    }
  });
  return { total: 0, cells };
}

describe('differencing attacks on perturbed tables (reviewer)', () => {
  for (const dims of [['GENDER'], ['GENDER', 'AGE_RANGE']]) {
    const label = dims.join(' × ');

    it(`all hubs minus all-but-one does not give hub-month cells away (${label})`, async () => {
      const truth = await truthOf('CASES', dims);
      const inputs: Input[] = months.flatMap((m) => [
        { measure: 'CASES', by: dims, filter: month(m) },
        ...hubs.map((h) => ({
          measure: 'CASES',
          by: dims,
          filter: { ...month(m), hubCodes: hubs.filter((x) => x !== h) },
        })),
      ]);
      const answers = await tables('reviewer', inputs);
      const guesses: Guess[] = [];
      months.forEach((m, i) => {
        const all = answers[i * (hubs.length + 1)]!;
        hubs.forEach((h, j) => {
          const others = answers[i * (hubs.length + 1) + 1 + j]!;
          for (const key of new Set([...all.cells.keys(), ...others.cells.keys()]))
            guesses.push({
              target: `${h}|${m}|${key}`,
              truth: cell(truth, `${h}|${m}|${key}`),
              estimate: cell(all, key) - cell(others, key),
            });
        });
      });
      expectNoBetterThanBlind(`all minus all-but-one, ${label}`, guesses);
    });

    it(`all hubs minus the other single hubs does not give cells away (${label})`, async () => {
      const truth = await truthOf('CASES', dims);
      const inputs: Input[] = months.flatMap((m) => [
        { measure: 'CASES', by: dims, filter: month(m) },
        ...hubs.map((h) => ({
          measure: 'CASES',
          by: dims,
          filter: { ...month(m), hubCodes: [h] },
        })),
      ]);
      const answers = await tables('reviewer', inputs);
      const guesses: Guess[] = [];
      months.forEach((m, i) => {
        const all = answers[i * (hubs.length + 1)]!;
        const single = hubs.map((_, j) => answers[i * (hubs.length + 1) + 1 + j]!);
        hubs.forEach((h, j) => {
          for (const key of all.cells.keys()) {
            const rest = single.reduce((s, t, x) => (x === j ? s : s + cell(t, key)), 0);
            guesses.push({
              target: `${h}|${m}|${key}`,
              truth: cell(truth, `${h}|${m}|${key}`),
              estimate: cell(all, key) - rest,
            });
          }
        });
      });
      expectNoBetterThanBlind(`all minus the other single hubs, ${label}`, guesses);
    });

    it(`a window minus a shorter window does not give the month away (${label})`, async () => {
      const truth = await truthOf('CASES', dims);
      const inputs: Input[] = hubs.flatMap((h) =>
        months.slice(1).flatMap((m, i) => [
          { measure: 'CASES', by: dims, filter: { from: months[0], to: m, hubCodes: [h] } },
          { measure: 'CASES', by: dims, filter: { from: months[0], to: months[i], hubCodes: [h] } },
        ]),
      );
      const answers = await tables('reviewer', inputs);
      const guesses: Guess[] = [];
      hubs.forEach((h, j) =>
        months.slice(1).forEach((m, i) => {
          const long = answers[(j * (months.length - 1) + i) * 2]!;
          const short = answers[(j * (months.length - 1) + i) * 2 + 1]!;
          for (const key of new Set([...long.cells.keys(), ...short.cells.keys()]))
            guesses.push({
              target: `${h}|${m}|${key}`,
              truth: cell(truth, `${h}|${m}|${key}`),
              estimate: cell(long, key) - cell(short, key),
            });
        }),
      );
      expectNoBetterThanBlind(`window minus shorter window, ${label}`, guesses);
    });
  }

  it('the margin minus the visible cells does not give the missing cell away', async () => {
    const truth = await truthOf('CASES', ['GENDER']);
    const inputs: Input[] = hubs.flatMap((h) =>
      months.map((m) => ({
        measure: 'CASES',
        by: ['GENDER'],
        filter: { ...month(m), hubCodes: [h] },
      })),
    );
    const answers = await tables('reviewer', inputs);
    const genders = [...new Set([...truth.cells.keys()].map((k) => k.split('|')[2]!))];
    const guesses: Guess[] = [];
    hubs.forEach((h, j) =>
      months.forEach((m, i) => {
        const t = answers[j * months.length + i]!;
        for (const g of genders) {
          const visible = genders.reduce((s, x) => (x === g ? s : s + cell(t, x)), 0);
          guesses.push({
            target: `${h}|${m}|${g}`,
            truth: cell(truth, `${h}|${m}|${g}`),
            estimate: t.total - visible,
          });
        }
      }),
    );
    expectNoBetterThanBlind('margin minus visible cells', guesses);
  });

  it('hub statistics and report figures agree with the protected tables, not with the truth', async () => {
    tokens.reviewer ??= await app.login('reviewer');
    tokens.admin ??= await app.login('admin');
    const STATS = `query($month: String!) { hubs { code stats(month: $month) { cases referrals vulnerableCases } } }`;
    const REPORT = `query($hub: String!, $month: String!) { monthlyReport(hub: $hub, month: $month) {
      figures { cases referrals vulnerableCases minorCases womenCases } } }`;
    const guesses: Guess[] = [];
    for (const m of months) {
      const [reviewer, admin] = await Promise.all(
        [tokens.reviewer!, tokens.admin!].map((token) => app.gql(STATS, { month: m }, { token })),
      );
      const [byHub] = await tables('reviewer', [
        { measure: 'CASES', by: ['HUB'], filter: month(m) },
      ]);
      const exact = new Map(
        (admin!.body.data.hubs as { code: string; stats: Record<string, number> }[]).map((h) => [
          h.code,
          h.stats,
        ]),
      );
      for (const h of reviewer!.body.data.hubs as {
        code: string;
        stats: Record<string, number>;
      }[]) {
        if (!hubs.includes(h.code)) continue;
        // The same records as the table's hub cell: the same published value.
        expect(h.stats.cases).toBe(cell(byHub!, h.code));
        for (const f of ['referrals', 'vulnerableCases'])
          guesses.push({
            target: `${h.code}|${m}|${f}`,
            truth: exact.get(h.code)![f]!,
            estimate: h.stats[f]!,
          });
        const [r, a] = await Promise.all(
          [tokens.reviewer!, tokens.admin!].map((token) =>
            app.gql(REPORT, { hub: h.code, month: m }, { token }),
          ),
        );
        const published = r!.body.data.monthlyReport.figures as Record<string, number>;
        const truth = a!.body.data.monthlyReport.figures as Record<string, number>;
        expect(published.cases).toBe(h.stats.cases);
        for (const f of ['minorCases', 'womenCases'])
          guesses.push({
            target: `${h.code}|${m}|${f}`,
            truth: truth[f]!,
            estimate: published[f]!,
          });
      }
    }
    const s = score(guesses);
    console.log(
      `stats and report figures: ${s.n} small figures, exact ${(100 * s.attack).toFixed(1)} %`,
    );
    // A published figure is never 1..4, so a small true figure is never shown as it is.
    const shownExactly = guesses.filter(
      (g) => g.truth >= 1 && g.truth <= 4 && g.estimate === g.truth,
    );
    expect(shownExactly).toEqual([]);
  });

  it('publishes the same value for the same records, whichever query holds them', async () => {
    const [m1, m2] = [months[2]!, months[3]!];
    const h = hubs[0]!;
    const [single, byHub, byMonth] = await tables('reviewer', [
      { measure: 'CASES', by: ['GENDER'], filter: { ...month(m1), hubCodes: [h] } },
      { measure: 'CASES', by: ['HUB', 'GENDER'], filter: month(m1) },
      { measure: 'CASES', by: ['MONTH', 'GENDER'], filter: { from: m1, to: m2, hubCodes: [h] } },
    ]);
    expect(single!.cells.size).toBeGreaterThan(1);
    for (const [g, value] of single!.cells) {
      expect(cell(byHub!, `${h}|${g}`)).toBe(value);
      expect(cell(byMonth!, `${m1}|${g}`)).toBe(value);
    }
  });

  it('counts every table a reviewer asks for in the audit log', async () => {
    tokens.admin ??= await app.login('admin');
    const LOG = `query($action: String!) { auditLog(filter: { action: $action }, limit: 1000) { detail } }`;
    const logged = async () =>
      (
        (await app.gql(LOG, { action: 'aggregate.query' }, { token: tokens.admin! })).body.data
          .auditLog as { detail: unknown }[]
      ).map(
        (e) =>
          (typeof e.detail === 'string' ? JSON.parse(e.detail) : e.detail) as { count: number },
      );
    const before = await logged();
    await tables('reviewer', [
      { measure: 'CASES', by: ['GENDER'], filter: month(months[0]!) },
      { measure: 'ACTIVITIES', by: ['HUB'], filter: {} },
      { measure: 'REFERRALS', by: [], filter: {} },
    ]);
    await tables('admin', [{ measure: 'CASES', by: ['GENDER'], filter: {} }]);
    const after = await logged();
    // One entry for the reviewer's request, counting its three tables; none for the admin's.
    expect(after.length).toBe(before.length + 1);
    expect(after.map((e) => e.count).sort()).toEqual([...before.map((e) => e.count), 3].sort());
  });

  it('gives a reviewer exact report figures while the month’s meeting is open, audited', async () => {
    tokens.reviewer ??= await app.login('reviewer');
    tokens.admin ??= await app.login('admin');
    const m = months[4]!;
    const REPORT = `query($hub: String!, $month: String!) { monthlyReport(hub: $hub, month: $month) {
      figures { cases referrals vulnerableCases minorCases womenCases inTransitCases } } }`;
    const figures = async (token: string) =>
      Promise.all(
        hubs.map(
          async (hub) =>
            (await app.gql(REPORT, { hub, month: m }, { token })).body.data.monthlyReport.figures,
        ),
      );
    const exact = await figures(tokens.admin!);
    const outside = await figures(tokens.reviewer!);
    expect(outside).not.toEqual(exact);
    const open = await app.gql(
      `mutation($month: String!) { meetingOpen(month: $month) { ... on VerificationMeeting { id } } }`,
      { month: m },
      { token: tokens.reviewer! },
    );
    const meetingId = open.body.data.meetingOpen.id as string;
    expect(await figures(tokens.reviewer!)).toEqual(exact);
    const reveals = await app.gql(
      `{ auditLog(filter: { action: "reveal", entity: "monthly_report" }, limit: 100) { hub detail } }`,
      {},
      { token: tokens.admin! },
    );
    const entries = reveals.body.data.auditLog as { hub: string; detail: unknown }[];
    expect(entries.map((e) => e.hub).sort()).toEqual([...hubs].sort());
    expect(JSON.stringify(entries[0]!.detail)).toContain(meetingId);
    await app.gql(
      `mutation($id: ID!) { meetingClose(id: $id) { __typename } }`,
      { id: meetingId },
      { token: tokens.reviewer! },
    );
    expect(await figures(tokens.reviewer!)).toEqual(outside);
  });
});
