/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers in tests are checked field by field */
import { eq } from 'drizzle-orm';
import { exampleCase } from '@ventanilla/domain';
import { defaultPerturbation, perturbCount } from '@ventanilla/domain/monitoring/index';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cases, directoryEntries, referrals } from '../db/schema/index.ts';
import { startTestApp, type Person, type TestApp } from '../test/app.ts';
import { clock } from './today.ts';

/**
 * Referral figures on a fixed dataset with fixed dates: "now" is 2025-07-10 03:00 UTC, which is
 * still 2025-07-09 in Costa Rica. Record keys are fixed, so the perturbed values are known.
 */
let app: TestApp;
const k = defaultPerturbation.k;

type Ref = Partial<typeof referrals.$inferInsert> & { on: string; key: number; dir?: string };

/** Five cases: Upala March and April, Los Chiles March, Tijuana March, and one not approved. */
const caseSpecs = {
  u1: { hub: 'cri_upala', country: 'CRI', type: 'permanent', date: '2025-03-05' },
  u2: { hub: 'cri_upala', country: 'CRI', type: 'permanent', date: '2025-04-10' },
  l: { hub: 'cri_los_chiles', country: 'CRI', type: 'mobile', date: '2025-03-12' },
  t: { hub: 'mex_tijuana', country: 'MEX', type: 'permanent', date: '2025-03-20' },
  x: { hub: 'cri_upala', country: 'CRI', type: 'permanent', date: '2025-03-07' },
} as const;

const closed = (outcome: string, sentOn: string | null, closedOn: string) => ({
  state: 'closed',
  outcome,
  sentOn,
  closedOn,
});
const open = (state: string, sentOn: string, followUpOn: string) => ({ state, sentOn, followUpOn });

/** The referrals, with the key each carries (scattered over the key range). */
const refs: Ref[] = [
  { on: 'u1', key: 104_729, state: 'planned' },
  { on: 'u1', key: 611_953, dir: 'anti', ...open('sent', '2025-06-20', '2025-06-28') },
  { on: 'u1', key: 7_919, dir: 'anti', ...open('sent', '2025-07-01', '2025-07-09') },
  { on: 'u1', key: 1_000_003, dir: 'health', ...open('received', '2025-06-01', '2025-07-15') },
  {
    on: 'u1',
    key: 350_377,
    dir: 'health',
    ...closed('resolved', '2025-03-01', '2025-03-04'),
    followUpOn: '2025-03-09',
  },
  { on: 'u1', key: 224_737, ...closed('partly', '2025-03-01', '2025-03-06') },
  { on: 'u1', key: 899_999, dir: 'anti', ...closed('resolved', '2025-03-01', '2025-03-09') },
  { on: 'u2', key: 15_485, ...closed('lost_contact', '2025-04-01', '2025-04-11') },
  { on: 'u2', key: 746_773, ...closed('declined', null, '2025-04-02') },
  { on: 'u2', key: 432_001, dir: 'health', ...open('attended', '2025-04-03', '2025-04-11') },
  { on: 'l', key: 982_451, dir: 'shelter', ...closed('not_resolved', '2025-03-10', '2025-03-30') },
  { on: 't', key: 541_003, ...open('sent', '2025-06-25', '2025-07-03') },
  { on: 'x', key: 65_537, ...closed('resolved', '2025-03-01', '2025-03-02') },
];

beforeAll(async () => {
  app = await startTestApp();
  const { db } = app.database;
  const token = await app.login('admin');
  const { record_type: _t, ...input } = exampleCase;
  const caseIds: Record<string, string> = {};
  for (const [name, spec] of Object.entries(caseSpecs)) {
    const { body } = await app.gql(
      'mutation($i: CaseInput!) { caseRecord(input: $i) { ... on CaseSaved { case { id } } } }',
      { i: input },
      { token },
    );
    const id = body.data.caseRecord.case.id as string;
    // Moved to its hub and month directly: the figures read these columns only.
    await db
      .update(cases)
      .set({
        hub: spec.hub,
        hubCountry: spec.country,
        hub_type: spec.type,
        date: spec.date,
        month: spec.date.slice(0, 7),
        validationStatus: name === 'x' ? 'not_approved' : null,
      })
      .where(eq(cases.id, id));
    caseIds[name] = id;
  }
  const entry = async (hub: string, sector: string) =>
    (
      await db
        .insert(directoryEntries)
        .values({ hub, organization: `Org ${sector}`, sector })
        .returning()
    )[0]!.id;
  const dirs: Record<string, string> = {
    anti: await entry('cri_upala', 'anti_trafficking'),
    health: await entry('cri_upala', 'health'),
    shelter: await entry('cri_los_chiles', 'shelter'),
  };
  await db.insert(referrals).values(
    refs.map(({ on, key, dir, ...rest }) => ({
      ...rest,
      hub: caseSpecs[on as keyof typeof caseSpecs].hub,
      caseId: caseIds[on]!,
      institution: dir ? `Org ${dir}` : 'Typed institution',
      directoryEntryId: dir ? dirs[dir]! : null,
      consentToRefer: true,
      consentToShare: true,
      recordKey: key,
    })),
  );
  vi.spyOn(clock, 'now').mockReturnValue(new Date('2025-07-10T03:00:00Z'));
});
afterAll(async () => {
  vi.restoreAllMocks();
  await app.close();
});

const FIGURES = `query($f: RecordFilter, $tz: String) { referralFigures(filter: $f, timeZone: $tz) {
  protected overdueFollowUps closedAfterSending medianDaysToOutcome
  byState { total protected threshold cells { keys value } }
  byOutcome { total cells { keys value } }
  bySector { total cells { keys value } }
} }`;

async function figures(
  person: Person,
  f: Record<string, unknown> | null = null,
  tz = 'America/Costa_Rica',
) {
  const { body } = await app.gql(FIGURES, { f, tz }, { token: await app.login(person) });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  const r = body.data.referralFigures;
  const cells = (d: any) => Object.fromEntries(d.cells.map((c: any) => [c.keys[0], c.value]));
  return {
    ...r,
    states: cells(r.byState),
    outcomes: cells(r.byOutcome),
    sectors: cells(r.bySector),
  };
}

describe('referral figures for hub staff: exact, their hubs only', () => {
  it('counts by state, outcome and sector, overdue follow-ups and the median days', async () => {
    const r = await figures('coordinator');
    expect(r.protected).toBe(false);
    expect(r.byState.threshold).toBeNull();
    expect(r.states).toEqual({ planned: 1, sent: 2, received: 1, attended: 1, closed: 6 });
    expect(r.byState.total).toBe(11);
    expect(r.outcomes).toEqual({
      resolved: 2,
      partly: 1,
      lost_contact: 1,
      declined: 1,
      not_resolved: 1,
    });
    expect(r.byOutcome.total).toBe(6);
    expect(r.sectors).toEqual({ typed: 4, anti_trafficking: 3, health: 3, shelter: 1 });
    expect(r.bySector.total).toBe(11);
    // 06-28 and 04-11 are before 07-09; 07-09 itself is due today, not overdue; closed ones never.
    expect(r.overdueFollowUps).toBe(2);
    // Sent and closed: 3, 5, 8, 10 and 20 days (the declined one was never sent).
    expect(r.closedAfterSending).toBe(5);
    expect(r.medianDaysToOutcome).toBe(8);
  });

  it("decides 'overdue' by today in the given time zone (UTC is a day ahead here)", async () => {
    expect((await figures('coordinator', null, 'UTC')).overdueFollowUps).toBe(3);
    const { body } = await app.gql(
      FIGURES,
      { tz: 'Mars/Olympus' },
      { token: await app.login('coordinator') },
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("filters by the case's month like every analytics figure", async () => {
    const r = await figures('coordinator', { from: '2025-03', to: '2025-03' });
    expect(r.states).toEqual({ planned: 1, sent: 2, received: 1, closed: 4 });
    expect(r.medianDaysToOutcome).toBe(6.5);
    const april = await figures('officer', { from: '2025-04', to: '2025-04' });
    expect(april.states).toEqual({ attended: 1, closed: 2 });
  });

  it("gives an officer their hub only: another hub's figures are empty, not refused", async () => {
    const t = await figures('officerTijuana');
    expect(t.states).toEqual({ sent: 1 });
    expect(t.overdueFollowUps).toBe(1);
    expect(t.medianDaysToOutcome).toBeNull();
    const none = await figures('officer', { hubCodes: ['mex_tijuana'] });
    expect(none.byState).toMatchObject({ total: 0, cells: [] });
    expect(none.overdueFollowUps).toBe(0);
  });
});

/** The key sum of the referrals matching `pick` (the not-approved case's left out). */
const keySum = (pick: (r: Ref) => boolean) =>
  refs.filter((r) => r.on !== 'x' && pick(r)).reduce((s, r) => s + r.key, 0);
const expected = (pick: (r: Ref) => boolean) => {
  const n = refs.filter((r) => r.on !== 'x' && pick(r)).length;
  return perturbCount({ value: n, keySum: keySum(pick), params: defaultPerturbation });
};

describe('referral figures for reviewers: perturbed like every analytics cell', () => {
  it('publishes each count by the cell key method, with the referrals’ keys and the same k', async () => {
    const r = await figures('reviewer');
    expect(r.protected).toBe(true);
    expect(r.byState.threshold).toBe(k);
    expect(r.byState.total).toBe(expected(() => true));
    for (const state of ['planned', 'sent', 'received', 'attended', 'closed'])
      expect(r.states[state] ?? 0).toBe(expected((x) => x.state === state));
    expect(r.sectors.typed ?? 0).toBe(expected((x) => !x.dir));
    expect(r.overdueFollowUps).toBe(
      expected((x) => x.state !== 'closed' && !!x.followUpOn && x.followUpOn < '2025-07-09'),
    );
    const timed = expected((x) => x.state === 'closed' && !!x.sentOn);
    expect(r.closedAfterSending).toBe(timed);
    // Five referrals: the median only if their published count guarantees k of them.
    expect(r.medianDaysToOutcome).toBe(timed >= 2 * k - 1 ? 8 : null);
    const all = [
      r.byState.total,
      r.overdueFollowUps,
      r.closedAfterSending,
      ...Object.values(r.states),
      ...Object.values(r.outcomes),
      ...Object.values(r.sectors),
    ] as number[];
    for (const v of all) expect(v === 0 || v >= k).toBe(true);
  });

  it('publishes the same value for the same referrals whatever the query (consistency)', async () => {
    const byHubs = await figures('reviewer', { hubCodes: ['cri_upala', 'cri_los_chiles'] });
    const byCountry = await figures('reviewer', { countries: ['CRI'] });
    expect(byCountry).toEqual(byHubs);
  });

  it('admins, who may not read referrals, get them perturbed too', async () => {
    expect((await figures('admin')).protected).toBe(true);
  });

  it('never lets a reviewer read a referral row', async () => {
    const token = await app.login('reviewer');
    const [row] = await app.database.db.select({ id: referrals.id }).from(referrals).limit(1);
    for (const [query, variables] of [
      ['{ referrals { id institution } }', {}],
      ['query($id: ID!) { referral(id: $id) { __typename } }', { id: row!.id }],
    ] as const) {
      const { body } = await app.gql(query, variables, { token });
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(body.data?.referrals ?? body.data?.referral ?? null).toBeNull();
    }
  });
});
