import { sql } from 'drizzle-orm';
import { Rng } from '@ventanilla/demo';
import { recordKeyRange } from '@ventanilla/domain/monitoring/index';
import { referralOutcomes, referralStates } from '@ventanilla/domain/referrals/index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAnalyticsData } from '../analytics/test-data.ts';
import { queryRows } from '../db/rows.ts';
import { referrals } from '../db/schema/index.ts';
import { startTestApp, type TestApp } from '../test/app.ts';

/**
 * The differencing attacks of issue 13 on referral figures, as a reviewer: hub-month cells of
 * referrals by state (mostly 1..4 referrals) guessed from "all hubs" minus "all hubs but one".
 * Data and record keys come from SEED, so every run is the same run.
 */
const SEED = 16;
const months = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'];

let app: TestApp;
let hubs: string[];
/** True referrals by `hub|month|state`, and the days of those closed after sending. */
const truth = new Map<string, number>();
const days: number[] = [];

beforeAll(async () => {
  app = await startTestApp();
  const { db } = app.database;
  const data = await insertAnalyticsData({
    db,
    seed: SEED,
    cases: 900,
    activityCount: 10,
    hubs: 5,
  });
  hubs = data.hubs.map((h) => h.code).sort();
  const rows = await queryRows<{ id: string; hub: string; month: string; approved: boolean }>(
    db,
    sql`select id, hub, month, validation_status is distinct from 'not_approved' as approved
        from cases order by record_key, hub, month, date, officer_id`,
  );
  const rng = new Rng(SEED, 16);
  const values: (typeof referrals.$inferInsert)[] = [];
  for (const row of rows) {
    if (!rng.chance(0.4)) continue;
    const state = rng.pick(referralStates);
    const sent = state !== 'planned';
    const closedAfter = state === 'closed' ? 1 + rng.int(30) : 0;
    values.push({
      hub: row.hub,
      caseId: row.id,
      institution: 'Typed',
      consentToRefer: true,
      consentToShare: true,
      state,
      sentOn: sent ? '2025-01-01' : null,
      closedOn: state === 'closed' ? `2025-01-${String(1 + closedAfter).padStart(2, '0')}` : null,
      outcome: state === 'closed' ? rng.pick(referralOutcomes) : null,
      recordKey: rng.int(recordKeyRange),
    });
    if (!row.approved) continue;
    const key = `${row.hub}|${row.month}|${state}`;
    truth.set(key, (truth.get(key) ?? 0) + 1);
    if (state === 'closed') days.push(closedAfter);
  }
  for (let i = 0; i < values.length; i += 200)
    await db.insert(referrals).values(values.slice(i, i + 200));
}, 120_000);
afterAll(() => app.close());

type Table = Map<string, number>;

async function byState(filter: Record<string, unknown>): Promise<Table> {
  const { body } = await app.gql(
    `query($f: RecordFilter) { referralFigures(filter: $f) { protected byState { cells { keys value } } } }`,
    { f: filter },
    { token: await app.login('reviewer') },
  );
  expect(body.errors).toBeUndefined();
  expect(body.data.referralFigures.protected).toBe(true);
  const cells = body.data.referralFigures.byState.cells as { keys: string[]; value: number }[];
  return new Map(cells.map((c) => [c.keys[0]!, c.value]));
}

describe('differencing attacks on referral figures (reviewer)', () => {
  it('all hubs minus all-but-one does not give a hub-month’s referrals away', async () => {
    const guesses: { truth: number; estimate: number }[] = [];
    for (const month of months) {
      const all = await byState({ from: month, to: month, hubCodes: hubs });
      for (const hub of hubs) {
        const others = await byState({
          from: month,
          to: month,
          hubCodes: hubs.filter((h) => h !== hub),
        });
        for (const state of referralStates)
          guesses.push({
            truth: truth.get(`${hub}|${month}|${state}`) ?? 0,
            estimate: (all.get(state) ?? 0) - (others.get(state) ?? 0),
          });
      }
    }
    // The attacker is helped: an estimate is rounded and brought into 1..4; a blind guess is
    // always the most common small value.
    const small = guesses.filter((g) => g.truth >= 1 && g.truth <= 4);
    const hits = small.filter(
      (g) => Math.min(4, Math.max(1, Math.round(g.estimate))) === g.truth,
    ).length;
    const blind = Math.max(...[1, 2, 3, 4].map((v) => small.filter((g) => g.truth === v).length));
    console.log(
      `referral differencing: ${small.length} small cells, attack right ${hits}, blind guess right ${blind}`,
    );
    // A single referral is not revealed: a difference of exactly 1 is neither what a lone
    // referral usually gives nor, when seen, usually a lone referral.
    const singles = guesses.filter((g) => g.truth === 1);
    const saysOne = guesses.filter((g) => g.estimate === 1);
    expect(singles.filter((g) => g.estimate === 1).length).toBeLessThan(singles.length / 2);
    expect(saysOne.filter((g) => g.truth === 1).length).toBeLessThanOrEqual(saysOne.length / 2);
    expect(small.length).toBeGreaterThan(20);
    expect(hits).toBeLessThanOrEqual(blind);
  });

  it('releases the median over enough referrals, exact', async () => {
    const { body } = await app.gql(
      '{ referralFigures { closedAfterSending medianDaysToOutcome } }',
      {},
      { token: await app.login('reviewer') },
    );
    const sorted = [...days].sort((a, b) => a - b);
    const mid = sorted.length / 2;
    const median =
      sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1]! + sorted[mid]!) / 2;
    expect(body.data.referralFigures.medianDaysToOutcome).toBe(median);
  });
});
