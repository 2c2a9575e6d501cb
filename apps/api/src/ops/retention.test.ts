import { and, count, eq, isNotNull, lt, ne, or } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, caseContext, cases, mcas, personCodes, referrals } from '../db/schema/index.ts';
import { seedDemo } from '../seed/demo.ts';
import { startTestApp, type TestApp } from '../test/app.ts';
import {
  applyRetention,
  cutoffMonth,
  personalCaseColumns,
  retentionMonthsFromEnv,
} from './retention.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await seedDemo({
    db: app.database.db,
    options: { cases: 600, months: 12, endMonth: '2025-12', seed: 11 },
  });
});
afterAll(() => app.close());

const DISAGGREGATE = `query($input: DisaggregationInput!) {
  disaggregation(input: $input) { total suppressedCells cells { keys value suppressed } } }`;

const views = [
  { measure: 'CASES', by: ['MONTH'] },
  { measure: 'CASES', by: ['GENDER', 'NATIONALITY'] },
  { measure: 'CASES', by: ['HUB', 'AGE_RANGE'] },
  { measure: 'CASES', by: ['VULNERABILITY_TYPE'] },
  { measure: 'CASES', by: ['VULNERABILITY_PROFILE', 'RESIDENCE'] },
  { measure: 'REFERRALS', by: ['SERVICE', 'ACTION'] },
  { measure: 'CASES', by: ['OCCUPATION', 'SCHOOL_LEVEL', 'CIVIL_STATUS'] },
  { measure: 'CASES', by: ['ATTENTION_ROUTE', 'IS_MIGRANT'] },
  { measure: 'PEOPLE_REACHED_ESTIMATE', by: ['TOPIC', 'MONTH'] },
];

async function snapshot(role: 'admin' | 'reviewer') {
  const token = await app.login(role);
  const out: unknown[] = [];
  for (const input of views) {
    const r = await app.gql(DISAGGREGATE, { input }, { token });
    expect(r.body.errors, JSON.stringify(input)).toBeUndefined();
    out.push(r.body.data.disaggregation);
  }
  return out;
}

describe('retention', () => {
  it('reads RETENTION_MONTHS (default 36) and computes the cut-off month', () => {
    expect(retentionMonthsFromEnv(undefined)).toBe(36);
    expect(retentionMonthsFromEnv('6')).toBe(6);
    expect(() => retentionMonthsFromEnv('0')).toThrow(/RETENTION_MONTHS/);
    expect(() => retentionMonthsFromEnv('x')).toThrow(/RETENTION_MONTHS/);
    expect(cutoffMonth(new Date('2026-01-15T00:00:00Z'), 6)).toBe('2025-07');
    expect(cutoffMonth(new Date('2026-03-01T00:00:00Z'), 36)).toBe('2023-03');
    expect(personalCaseColumns()).toEqual(
      expect.arrayContaining([
        'a0_name',
        'a3_community',
        'a6_gender_other',
        'a14_vulnerability_other',
      ]),
    );
    expect(personalCaseColumns()).not.toContain('a1_nationality');
  });

  it('anonymises personal data of older cases while every aggregate stays the same, with an audit row', async () => {
    const { db } = app.database;
    const today = new Date('2026-01-10T00:00:00Z');
    const cutoff = cutoffMonth(today, 6);
    const oldNamed = and(
      lt(cases.month, cutoff),
      or(isNotNull(cases.a0_name), isNotNull(cases.a3_community)),
    );
    const [named] = await db.select({ n: count() }).from(cases).where(oldNamed);
    expect(Number(named!.n)).toBeGreaterThan(0);
    const [recentBefore] = await db
      .select({ n: count() })
      .from(cases)
      .where(and(isNotNull(cases.a0_name)));
    const adminBefore = await snapshot('admin');
    const reviewerBefore = await snapshot('reviewer');
    const [total] = await db.select({ n: count() }).from(cases);

    // A referral of an old case and one of a recent case, with all their free text.
    const [oldCase] = await db
      .select({ id: cases.id, hub: cases.hub })
      .from(cases)
      .where(lt(cases.month, cutoff))
      .limit(1);
    const [newCase] = await db
      .select({ id: cases.id, hub: cases.hub })
      .from(cases)
      .where(eq(cases.month, '2025-12'))
      .limit(1);
    const written = {
      institution: 'Fiscalía',
      contactPerson: 'Ana Soto',
      contactPhone: '8888-0000',
      contactEmail: 'ana@example.org',
      situation: 'Señales de trata',
      assistance: 'Acompañamiento',
      outcomeNote: 'Atendida',
    };
    const [oldReferral] = await db
      .insert(referrals)
      .values({ ...written, caseId: oldCase!.id, hub: oldCase!.hub })
      .returning();
    const [newReferral] = await db
      .insert(referrals)
      .values({ ...written, caseId: newCase!.id, hub: newCase!.hub })
      .returning();

    // Repeat visits: one code seen on the old and the recent case, one seen only on the old one.
    const [shared, oldOnly] = await db
      .insert(personCodes)
      .values([
        { hub: oldCase!.hub, code: 'AAAA-AAAA-A', issuedOn: '2025-01-02' },
        { hub: oldCase!.hub, code: 'BBBB-BBBB-B', issuedOn: '2025-01-02' },
      ])
      .returning();
    const [otherOld] = await db
      .select({ id: cases.id, hub: cases.hub })
      .from(cases)
      .where(and(lt(cases.month, cutoff), ne(cases.id, oldCase!.id)))
      .limit(1);
    await db.insert(caseContext).values([
      { caseId: oldCase!.id, hub: oldCase!.hub, personCodeId: shared!.id, source: 'mca' },
      { caseId: newCase!.id, hub: newCase!.hub, personCodeId: shared!.id },
      { caseId: otherOld!.id, hub: otherOld!.hub, personCodeId: oldOnly!.id },
    ]);

    // Three MCAs: one left before the cut-off (2025-07), one left in it, one still active.
    const contact = {
      hub: 'cri_upala',
      phone: '8888-1234',
      address: 'Barrio San José',
      workplace: 'Mercado',
      referenceName: 'Marta Quirós',
      referencePhone: '8777-4321',
      community: 'San José',
      joinedOn: '2024-01-10',
    };
    const [leftLongAgo, leftRecently, active] = await db
      .insert(mcas)
      .values([
        { ...contact, name: 'Rosa', leftOn: '2025-06-30' },
        { ...contact, name: 'Juana', leftOn: '2025-07-01' },
        { ...contact, name: 'Pedro' },
      ])
      .returning();

    const dry = await applyRetention({ db, months: 6, today, dryRun: true });
    expect(dry.visitLinksRemoved).toBe(2);
    expect(dry.mcaContactsRemoved).toBe(1);
    expect((await db.select().from(mcas).where(eq(mcas.id, leftLongAgo!.id)))[0]!.phone).toBe(
      '8888-1234',
    );
    expect(dry.casesAnonymised).toBeGreaterThan(0);
    expect((await db.select({ n: count() }).from(cases).where(oldNamed))[0]!.n).toBe(named!.n);

    const report = await applyRetention({ db, months: 6, today });
    expect(report).toMatchObject({
      cutoffMonth: cutoff,
      casesAnonymised: dry.casesAnonymised,
      dryRun: false,
    });
    expect((await db.select({ n: count() }).from(cases).where(oldNamed))[0]!.n).toBe(0);
    // Section 5 goes with its case: the institution stays (not personal), what was written about
    // the person and their contacts goes; a recent case's referral keeps everything.
    const [oldAfter] = await db.select().from(referrals).where(eq(referrals.id, oldReferral!.id));
    expect(oldAfter).toMatchObject({
      institution: 'Fiscalía',
      contactPerson: null,
      contactPhone: null,
      contactEmail: null,
      situation: null,
      assistance: null,
      outcomeNote: null,
    });
    const [newAfter] = await db.select().from(referrals).where(eq(referrals.id, newReferral!.id));
    expect(newAfter).toMatchObject(written);
    expect(report.referralsAnonymised).toBe(1);
    // The old visits lose their link (the source stays); the code no case names is gone.
    expect(report.visitLinksRemoved).toBe(2);
    const links = await db.select().from(caseContext);
    expect(links.find((l) => l.caseId === oldCase!.id)).toMatchObject({
      personCodeId: null,
      source: 'mca',
    });
    expect(links.find((l) => l.caseId === newCase!.id)?.personCodeId).toBe(shared!.id);
    expect((await db.select().from(personCodes)).map((c) => c.code)).toEqual(['AAAA-AAAA-A']);
    // An MCA who left before the cut-off month loses the contact data, keeps name and dates;
    // one who left within the period, and one still active, keep everything.
    const mcaAfter = async (id: string) =>
      (await db.select().from(mcas).where(eq(mcas.id, id)))[0]!;
    expect(await mcaAfter(leftLongAgo!.id)).toMatchObject({
      name: 'Rosa',
      community: 'San José',
      leftOn: '2025-06-30',
      phone: null,
      address: null,
      workplace: null,
      referenceName: null,
      referencePhone: null,
    });
    expect(await mcaAfter(leftRecently!.id)).toMatchObject({ ...contact, leftOn: '2025-07-01' });
    expect(await mcaAfter(active!.id)).toMatchObject(contact);
    expect(report.mcaContactsRemoved).toBe(1);
    // Recent cases keep their names; no case disappears.
    const [recentAfter] = await db
      .select({ n: count() })
      .from(cases)
      .where(isNotNull(cases.a0_name));
    expect(Number(recentAfter!.n)).toBeGreaterThan(0);
    expect(Number(recentAfter!.n)).toBeLessThan(Number(recentBefore!.n));
    expect((await db.select({ n: count() }).from(cases))[0]!.n).toBe(total!.n);

    expect(await snapshot('admin')).toEqual(adminBefore);
    expect(await snapshot('reviewer')).toEqual(reviewerBefore);

    const audit = await db.select().from(auditLog).where(eq(auditLog.action, 'retention'));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.detail).toMatchObject({
      cutoffMonth: cutoff,
      casesAnonymised: report.casesAnonymised,
      mcaContactsRemoved: 1,
    });
    expect(JSON.stringify(audit)).not.toMatch(/8888|Marta|Rosa/);

    // Idempotent: a second run finds nothing more, and still leaves an audit row.
    const second = await applyRetention({ db, months: 6, today });
    expect(second.casesAnonymised).toBe(0);
    expect(second.referralsAnonymised).toBe(0);
    expect(second.visitLinksRemoved).toBe(0);
    expect(second.mcaContactsRemoved).toBe(0);
    expect(await db.select().from(auditLog).where(eq(auditLog.action, 'retention'))).toHaveLength(
      2,
    );
  }, 120_000);
});
