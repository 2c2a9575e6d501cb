/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers in tests are checked field by field */
import { eq } from 'drizzle-orm';
import { exampleCase } from '@ventanilla/domain';
import { defaultPerturbation, perturbCount } from '@ventanilla/domain/monitoring/index';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  auditLog,
  caseContext,
  cases,
  feedbackResponses,
  mcaCheckIns,
  mcas,
  personCodes,
} from '../db/schema/index.ts';
import { clock } from '../referrals/today.ts';
import { startTestApp, type Person, type TestApp } from '../test/app.ts';

/**
 * `monitoringFigures` on a fixed dataset with fixed record keys; "today" is 2025-04-20. Upala and
 * Los Chiles are the coordinator's hubs, Upala the officer's, Tijuana another officer's.
 */
let app: TestApp;
const k = defaultPerturbation.k;

type CaseSpec = {
  hub: 'cri_upala' | 'cri_los_chiles' | 'mex_tijuana';
  date: string;
  key: number;
  code?: string;
  source?: string;
  mca?: string;
  rejected?: boolean;
};
const country = { cri_upala: 'CRI', cri_los_chiles: 'CRI', mex_tijuana: 'MEX' } as const;
const hubType = { cri_upala: 'permanent', cri_los_chiles: 'mobile', mex_tijuana: 'permanent' };

/** P comes three times (twice in March), Q twice; u5 has no code and no source. */
const caseSpecs: Record<string, CaseSpec> = {
  u1: { hub: 'cri_upala', date: '2025-03-03', key: 104_729, code: 'P', source: 'own_initiative' },
  u2: { hub: 'cri_upala', date: '2025-03-10', key: 611_953, code: 'P', source: 'mca', mca: 'M1' },
  u3: { hub: 'cri_upala', date: '2025-03-11', key: 7_919, code: 'Q', source: 'mca', mca: 'M1' },
  u4: { hub: 'cri_upala', date: '2025-03-20', key: 1_000_003, code: 'Q', source: 'mca', mca: 'M2' },
  u5: { hub: 'cri_upala', date: '2025-03-21', key: 350_377 },
  u6: { hub: 'cri_upala', date: '2025-04-02', key: 224_737, code: 'P', source: 'institution' },
  l1: { hub: 'cri_los_chiles', date: '2025-03-12', key: 899_999, source: 'outreach' },
  t1: { hub: 'mex_tijuana', date: '2025-03-14', key: 15_485, source: 'phone' },
  x: {
    hub: 'cri_upala',
    date: '2025-03-07',
    key: 746_773,
    code: 'R',
    source: 'mca',
    mca: 'M1',
    rejected: true,
  },
};
const codeSpecs = { P: 432_001, Q: 982_451, R: 541_003 } as const;

type McaSpec = { hub: string; joined: string; left?: string; key: number; seen: string[] };
/** As of 03-31: M1 and M5 (exactly 10 days) seen, M2 not (16 days); M3 left, M4 not yet joined. */
const mcaSpecs: Record<string, McaSpec> = {
  M1: { hub: 'cri_upala', joined: '2025-01-01', key: 65_537, seen: ['2025-03-25'] },
  M2: { hub: 'cri_upala', joined: '2025-01-01', key: 131_071, seen: ['2025-03-15'] },
  M3: { hub: 'cri_los_chiles', joined: '2025-02-01', left: '2025-03-10', key: 524_287, seen: [] },
  M4: { hub: 'cri_los_chiles', joined: '2025-04-05', key: 8_191, seen: ['2025-04-12'] },
  M5: { hub: 'cri_upala', joined: '2025-03-01', key: 127, seen: ['2025-03-21'] },
};

const answers = [
  { hub: 'cri_upala', month: '2025-03', key: 11, satisfaction: 5, recommend: 'yes' },
  { hub: 'cri_upala', month: '2025-03', key: 222, satisfaction: 4, clearInformation: 'yes' },
  { hub: 'cri_upala', month: '2025-03', key: 3_333, satisfaction: 5, waiting: 'under_15' },
  { hub: 'cri_los_chiles', month: '2025-04', key: 44_444, satisfaction: 2, respectful: 'no' },
  { hub: 'mex_tijuana', month: '2025-03', key: 555_555, satisfaction: 1 },
];

beforeAll(async () => {
  app = await startTestApp();
  const { db } = app.database;
  const token = await app.login('admin');
  const { record_type: _t, ...input } = exampleCase;
  const mcaIds: Record<string, string> = {};
  for (const [name, m] of Object.entries(mcaSpecs)) {
    const [row] = await db
      .insert(mcas)
      .values({
        hub: m.hub,
        name: `Asesora ${name}`,
        joinedOn: m.joined,
        leftOn: m.left ?? null,
        recordKey: m.key,
      })
      .returning();
    mcaIds[name] = row!.id;
    for (const on of m.seen)
      await db.insert(mcaCheckIns).values({ mcaId: row!.id, on, channel: 'phone' });
  }
  const codeIds: Record<string, string> = {};
  for (const [code, key] of Object.entries(codeSpecs)) {
    const hub = 'cri_upala';
    const [row] = await db
      .insert(personCodes)
      .values({ hub, code: `CODE${code}`, issuedOn: '2025-03-01', recordKey: key })
      .returning();
    codeIds[code] = row!.id;
  }
  for (const spec of Object.values(caseSpecs)) {
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
        hubCountry: country[spec.hub],
        hub_type: hubType[spec.hub] as 'permanent',
        date: spec.date,
        month: spec.date.slice(0, 7),
        validationStatus: spec.rejected ? 'not_approved' : null,
        recordKey: spec.key,
      })
      .where(eq(cases.id, id));
    if (spec.code || spec.source)
      await db.insert(caseContext).values({
        caseId: id,
        hub: spec.hub,
        source: spec.source ?? null,
        sourceMcaId: spec.mca ? mcaIds[spec.mca]! : null,
        personCodeId: spec.code ? codeIds[spec.code]! : null,
      });
  }
  await db
    .insert(feedbackResponses)
    .values(answers.map(({ key, ...a }) => ({ ...a, recordKey: key })));
  vi.spyOn(clock, 'now').mockReturnValue(new Date('2025-04-20T12:00:00Z'));
}, 120_000);
afterAll(async () => {
  vi.restoreAllMocks();
  await app.close();
});

const table = `{ total protected threshold cells { keys value } }`;
const FIGURES = `query($f: RecordFilter) { monitoringFigures(filter: $f, timeZone: "America/Costa_Rica") {
  protected
  visits { attentions uniquePeople repeatPeople visitsPerPerson byVisits ${table} }
  sources { channelledByMca bySource ${table} byMca { mcaId name cases } }
  checkIns { asOf activeMcas seenMcas seenShare }
  feedback { responses questions { question answers ${table} } }
} }`;

async function figures(person: Person, f: Record<string, unknown> | null = null) {
  const { body } = await app.gql(FIGURES, { f }, { token: await app.login(person) });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  const r = body.data.monitoringFigures;
  const cells = (d: any) => Object.fromEntries(d.cells.map((c: any) => [c.keys[0], c.value]));
  return {
    ...r,
    byVisits: cells(r.visits.byVisits),
    bySource: cells(r.sources.bySource),
    answers: Object.fromEntries(
      r.feedback.questions.map((q: any) => [q.question, cells(q.answers)]),
    ),
  };
}

const march = { from: '2025-03', to: '2025-03' };

describe('monitoring figures for hub staff: exact, their hubs only', () => {
  it('counts unique people (codes, plus attentions without one) and repeat visits', async () => {
    const r = await figures('coordinator', march);
    expect(r.protected).toBe(false);
    // u1..u5 and l1; P twice, Q twice, u5 and l1 alone; the rejected case x and its code R never.
    expect(r.visits).toMatchObject({ attentions: 6, uniquePeople: 4, repeatPeople: 2 });
    expect(r.visits.visitsPerPerson).toBe(1.5);
    expect(r.byVisits).toEqual({ '1': 2, '2': 2 });
    const all = await figures('coordinator');
    expect(all.visits).toMatchObject({ attentions: 7, uniquePeople: 4, repeatPeople: 2 });
    expect(all.byVisits).toEqual({ '1': 2, '2': 1, '3': 1 });
  });

  it('counts cases by source and by advisor', async () => {
    const r = await figures('coordinator');
    expect(r.bySource).toEqual({
      own_initiative: 1,
      mca: 3,
      institution: 1,
      outreach: 1,
      not_recorded: 1,
    });
    expect(r.sources.bySource.total).toBe(7);
    expect(r.sources.channelledByMca).toBe(3);
    expect(r.sources.byMca.map((m: any) => [m.name, m.cases])).toEqual([
      ['Asesora M1', 2],
      ['Asesora M2', 1],
    ]);
  });

  it('measures check-ins on the period’s last day, or today while it runs', async () => {
    const r = await figures('coordinator', march);
    expect(r.checkIns).toEqual({
      asOf: '2025-03-31',
      activeMcas: 3,
      seenMcas: 2,
      seenShare: 2 / 3,
    });
    const running = await figures('coordinator', { from: '2025-04', to: '2025-04' });
    // Today (04-20): M4 has joined and was seen on 04-12; M1, M2 and M5 are overdue.
    expect(running.checkIns).toEqual({
      asOf: '2025-04-20',
      activeMcas: 4,
      seenMcas: 1,
      seenShare: 0.25,
    });
  });

  it('counts feedback answers per question and answer, by month and hub', async () => {
    const r = await figures('coordinator');
    expect(r.feedback.responses).toBe(4);
    expect(r.answers).toEqual({
      satisfaction: { '5': 2, '4': 1, '2': 1 },
      clear_information: { yes: 1 },
      respectful: { no: 1 },
      waiting: { under_15: 1 },
      recommend: { yes: 1 },
    });
    expect((await figures('coordinator', march)).feedback.responses).toBe(3);
    expect((await figures('coordinator', { hubType: 'MOBILE' })).feedback.responses).toBe(1);
  });

  it("gives an officer their hub only: another hub's figures are empty, not refused", async () => {
    const t = await figures('officerTijuana');
    expect(t.bySource).toEqual({ phone: 1 });
    expect(t.sources.byMca).toEqual([]);
    expect(t.feedback.responses).toBe(1);
    expect(t.checkIns.activeMcas).toBe(0);
    expect(t.checkIns.seenShare).toBeNull();
    const none = await figures('officer', { hubCodes: ['mex_tijuana'] });
    expect(none.visits).toMatchObject({ attentions: 0, uniquePeople: 0, visitsPerPerson: null });
    expect(none.sources.bySource).toMatchObject({ total: 0, cells: [] });
    expect(none.feedback.responses).toBe(0);
    const upala = await figures('officer', march);
    expect(upala.visits.attentions).toBe(5);
    expect(upala.checkIns.activeMcas).toBe(3);
  });
});

/** The published value of records with these keys. */
const expected = (keys: number[]) =>
  perturbCount({
    value: keys.length,
    keySum: keys.reduce((s, x) => s + x, 0),
    params: defaultPerturbation,
  });
const approved = Object.values(caseSpecs).filter((c) => !c.rejected);

describe('monitoring figures for reviewers and admins: perturbed, never the detail', () => {
  it('publishes each count by the cell key method on its records’ keys', async () => {
    const r = await figures('reviewer');
    expect(r.protected).toBe(true);
    expect(r.visits.attentions).toBe(expected(approved.map((c) => c.key)));
    expect(r.visits.uniquePeople).toBe(
      expected([codeSpecs.P, codeSpecs.Q, ...approved.filter((c) => !c.code).map((c) => c.key)]),
    );
    expect(r.visits.repeatPeople).toBe(expected([codeSpecs.P, codeSpecs.Q]));
    expect(r.sources.channelledByMca).toBe(
      expected(approved.filter((c) => c.source === 'mca').map((c) => c.key)),
    );
    expect(r.bySource.mca ?? 0).toBe(r.sources.channelledByMca);
    expect(r.feedback.responses).toBe(expected(answers.map((a) => a.key)));
    const active = expected([65_537, 131_071, 127, 8_191]);
    expect(r.checkIns.activeMcas).toBe(active);
    expect(r.checkIns.seenMcas).toBe(expected([8_191]));
    expect(r.sources.bySource.threshold).toBe(k);
    const published = [
      r.visits.attentions,
      r.visits.uniquePeople,
      r.visits.repeatPeople,
      r.sources.channelledByMca,
      r.checkIns.activeMcas,
      r.checkIns.seenMcas,
      r.feedback.responses,
      ...Object.values(r.byVisits),
      ...Object.values(r.bySource),
      ...Object.values(r.answers).flatMap((a: any) => Object.values(a)),
    ] as number[];
    for (const v of published) expect(v === 0 || v >= k).toBe(true);
  });

  it('releases ratios only from published counts of at least 2k − 1', async () => {
    const r = await figures('reviewer');
    const people = r.visits.uniquePeople as number;
    expect(r.visits.visitsPerPerson).toBe(
      people >= 2 * k - 1 ? r.visits.attentions / people : null,
    );
    const active = r.checkIns.activeMcas as number;
    expect(r.checkIns.seenShare).toBe(
      active >= 2 * k - 1 ? Math.min(1, r.checkIns.seenMcas / active) : null,
    );
  });

  it('never gives the by-advisor detail, to reviewers or admins', async () => {
    for (const person of ['reviewer', 'admin'] as const) {
      const r = await figures(person);
      expect(r.protected).toBe(true);
      expect(r.sources.byMca).toBeNull();
    }
  });

  it('publishes the same value for the same records whatever the query (consistency)', async () => {
    const byHubs = await figures('reviewer', { hubCodes: ['cri_upala', 'cri_los_chiles'] });
    const byCountry = await figures('reviewer', { countries: ['CRI'] });
    expect(byCountry).toEqual(byHubs);
  });

  it('audits protected queries, and refuses an unknown time zone', async () => {
    const token = await app.login('reviewer');
    const { body } = await app.gql(
      '{ monitoringFigures(timeZone: "Mars/Olympus") { protected } }',
      {},
      { token },
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const logged = await app.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entity, 'monitoring_figures'));
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.every((a) => a.action === 'aggregate.query')).toBe(true);
  });
});

describe('monitoring figures from the summaries (issue 17)', () => {
  // Visits and sources count the cases without a code or a source as the summaries' totals less
  // the cases counted through case_context; ANALYTICS_SUMMARIES=off counts them on the records.
  const filters = [
    null,
    march,
    { from: '2025-04', to: '2025-04' },
    { from: '2024-01', to: '2024-01' },
    { hubCodes: ['mex_tijuana'] },
    { countries: ['CRI'], ...march },
    { hubType: 'MOBILE' },
  ];
  it('answers exactly as the records do, exact and perturbed, whatever the filter', async () => {
    for (const person of ['officer', 'coordinator', 'reviewer', 'admin'] as const)
      for (const f of filters) {
        const fromSummaries = await figures(person, f);
        vi.stubEnv('ANALYTICS_SUMMARIES', 'off');
        try {
          expect(fromSummaries, `${person} ${JSON.stringify(f)}`).toEqual(await figures(person, f));
        } finally {
          vi.unstubAllEnvs();
        }
      }
  });
});
