import { and, lt, or, isNotNull, sql, count, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { caseContext, cases, mcas, personCodes, referrals, sessions } from '../db/schema/index.ts';
import { writeAudit } from '../audit/write.ts';
import { isPersonalField, listRecordFields } from '../records/fields.ts';

/** Default retention period of personal data, in months (RETENTION_MONTHS). */
export const DEFAULT_RETENTION_MONTHS = 36;

/** RETENTION_MONTHS, or the default; a whole number from 1 to 1200. */
export function retentionMonthsFromEnv(value = process.env.RETENTION_MONTHS): number {
  if (value === undefined || value === '') return DEFAULT_RETENTION_MONTHS;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1200)
    throw new Error(
      `RETENTION_MONTHS must be a whole number of months from 1 to 1200, not "${value}"`,
    );
  return n;
}

/** The first month kept: records of earlier months are anonymised. */
export function cutoffMonth(today: Date, months: number): string {
  const index = today.getUTCFullYear() * 12 + today.getUTCMonth() - months;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The case columns retention clears: the personal fields of records/fields.ts (A.0 name, A.3
 * community, every `*_other` text). Codes, dates, derived values and child rows stay, so every
 * aggregate is unchanged. Activities hold no personal fields (group events; see
 * docs/data-protection.md).
 */
export function personalCaseColumns(): string[] {
  return listRecordFields('case')
    .map((f) => f.name)
    .filter((name) => isPersonalField('case', name));
}

export type RetentionReport = {
  retentionMonths: number;
  cutoffMonth: string;
  dryRun: boolean;
  /** Cases before the cut-off that still held personal data (anonymised unless dry run). */
  casesAnonymised: number;
  /** Referrals of those older cases that still held what was written about the person. */
  referralsAnonymised: number;
  /** Links of those older cases to a person code (repeat visits), cut. */
  visitLinksRemoved: number;
  /** Community Migration Advisors who left before the cut-off and still had contact data. */
  mcaContactsRemoved: number;
  /** Expired sessions removed. */
  sessionsRemoved: number;
};

/**
 * Anonymises cases whose month is before `cutoffMonth` (sets their personal fields to null),
 * clears the contact data of MCAs who left before it, and removes expired sessions, in one transaction with an audit row. Idempotent.
 */
export async function applyRetention({
  db,
  months = retentionMonthsFromEnv(),
  today = new Date(),
  dryRun = false,
  userId = null,
  via = 'cli',
}: {
  db: Db;
  months?: number;
  today?: Date;
  dryRun?: boolean;
  userId?: string | null;
  via?: string;
}): Promise<RetentionReport> {
  const cutoff = cutoffMonth(today, months);
  const columns = personalCaseColumns();
  const table = cases as unknown as Record<string, import('drizzle-orm').AnyColumn>;
  const personal = columns.map((name) => {
    const column = table[name];
    if (!column) throw new Error(`cases has no column ${name}`);
    return column;
  });
  const where = and(lt(cases.month, cutoff), or(...personal.map((c) => isNotNull(c))));
  // Annex 1 section 5 goes with its case: the contacts and what was written about the person;
  // the institution, states, dates and outcome stay, so referral figures are unchanged.
  const referralText = [
    referrals.contactPerson,
    referrals.contactPhone,
    referrals.contactEmail,
    referrals.situation,
    referrals.assistance,
    referrals.outcomeNote,
  ];
  const oldReferrals = and(
    inArray(
      referrals.caseId,
      db.select({ id: cases.id }).from(cases).where(lt(cases.month, cutoff)),
    ),
    or(...referralText.map((c) => isNotNull(c))),
  );
  // A person code links visits of one person: older cases lose the link, and a code no case
  // names any more is removed, so nothing ties an anonymised attention to a later one.
  const oldLinks = and(
    inArray(
      caseContext.caseId,
      db.select({ id: cases.id }).from(cases).where(lt(cases.month, cutoff)),
    ),
    isNotNull(caseContext.personCodeId),
  );
  // An MCA's contact data (telephone, address, place of work, reference contact) is kept while
  // the hub follows them up, and goes once they left before the cut-off month; their name,
  // community, dates, check-ins and actions stay, so the roster's history still reads.
  const mcaContacts = [
    mcas.phone,
    mcas.address,
    mcas.workplace,
    mcas.referenceName,
    mcas.referencePhone,
  ];
  const oldMcas = and(lt(mcas.leftOn, `${cutoff}-01`), or(...mcaContacts.map((c) => isNotNull(c))));
  return db.transaction(async (tx) => {
    const [pendingMcas] = await tx.select({ n: count() }).from(mcas).where(oldMcas);
    const [pending] = await tx.select({ n: count() }).from(cases).where(where);
    const [pendingLinks] = await tx.select({ n: count() }).from(caseContext).where(oldLinks);
    const [pendingReferrals] = await tx.select({ n: count() }).from(referrals).where(oldReferrals);
    const [expired] = await tx
      .select({ n: count() })
      .from(sessions)
      .where(lt(sessions.expiresAt, sql`now()`));
    const report: RetentionReport = {
      retentionMonths: months,
      cutoffMonth: cutoff,
      dryRun,
      casesAnonymised: Number(pending?.n ?? 0),
      referralsAnonymised: Number(pendingReferrals?.n ?? 0),
      visitLinksRemoved: Number(pendingLinks?.n ?? 0),
      mcaContactsRemoved: Number(pendingMcas?.n ?? 0),
      sessionsRemoved: Number(expired?.n ?? 0),
    };
    if (dryRun) return report;
    if (report.casesAnonymised > 0) {
      await tx
        .update(cases)
        .set({ ...Object.fromEntries(columns.map((name) => [name, null])), updatedAt: sql`now()` })
        .where(where);
    }
    if (report.referralsAnonymised > 0)
      await tx
        .update(referrals)
        .set({
          contactPerson: null,
          contactPhone: null,
          contactEmail: null,
          situation: null,
          assistance: null,
          outcomeNote: null,
          updatedAt: sql`now()`,
        })
        .where(oldReferrals);
    if (report.visitLinksRemoved > 0) {
      await tx.update(caseContext).set({ personCodeId: null }).where(oldLinks);
      await tx
        .delete(personCodes)
        .where(
          sql`not exists (select 1 from ${caseContext} where ${caseContext.personCodeId} = ${personCodes.id})`,
        );
    }
    if (report.mcaContactsRemoved > 0)
      await tx
        .update(mcas)
        .set({
          phone: null,
          address: null,
          workplace: null,
          referenceName: null,
          referencePhone: null,
          updatedAt: sql`now()`,
        })
        .where(oldMcas);
    await tx.delete(sessions).where(lt(sessions.expiresAt, sql`now()`));
    await writeAudit({
      db: tx,
      userId,
      entry: {
        action: 'retention',
        entity: 'case',
        detail: {
          via,
          retentionMonths: months,
          cutoffMonth: cutoff,
          casesAnonymised: report.casesAnonymised,
          referralsAnonymised: report.referralsAnonymised,
          visitLinksRemoved: report.visitLinksRemoved,
          mcaContactsRemoved: report.mcaContactsRemoved,
          sessionsRemoved: report.sessionsRemoved,
          fields: columns,
        },
      },
    });
    return report;
  });
}
