import { randomUUID } from 'node:crypto';
import { count, sql } from 'drizzle-orm';
import {
  directoryNotes,
  generateDemo,
  toRecord,
  type DemoData,
  type DemoMeta,
  type DemoOptions,
} from '@ventanilla/demo';
import { validateRecord } from '@ventanilla/domain';
import { writeAudit } from '../audit/write.ts';
import { hashPassword } from '../auth/password.ts';
import type { Db, Tx } from '../db/client.ts';
import {
  activities,
  activityTopics,
  caseObservations,
  caseProfiles,
  caseServices,
  cases,
  caseVulnerabilityTypes,
  directoryEntries,
  hubs,
  userHubs,
  users,
} from '../db/schema/index.ts';
import { buildActivityRows, buildCaseRows } from '../records/derive.ts';
import { insertCasework } from './casework.ts';

export type { DemoOptions };

/** True when no hub and no user exists yet (a first start). */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [h] = await db.select({ n: count() }).from(hubs);
  const [u] = await db.select({ n: count() }).from(users);
  return Number(h?.n ?? 0) === 0 && Number(u?.n ?? 0) === 0;
}

function provenance(meta: DemoMeta) {
  return {
    sourceUuid: meta._uuid,
    sourceUuidsSeen: [meta._uuid],
    sourceRootUuid: meta._uuid,
    sourceId: String(meta._id),
    sourceFormId: 'hubs_form',
    validationStatus: meta._validation_status === 'none' ? null : meta._validation_status,
  };
}

const batchSize = 400;

/** Inserts the cases; answers each case's id by its generated `_uuid` (for the casework). */
async function insertCases(tx: Tx, data: DemoData, countryOf: Map<string, string>) {
  const ids = new Map<string, string>();
  for (let start = 0; start < data.cases.length; start += batchSize) {
    const batch = data.cases.slice(start, start + batchSize).map((item) => {
      const record = toRecord(item);
      const hubCountry = countryOf.get(String(record.hub)) ?? null;
      const warnings = validateRecord({ record, hubCountry }).filter(
        (v) => v.severity === 'warning',
      );
      const built = buildCaseRows({
        record,
        hubCountry,
        warnings,
        provenance: provenance(item._meta),
      });
      const id = randomUUID();
      ids.set(item._meta._uuid, id);
      return { id, built };
    });
    await tx.insert(cases).values(batch.map(({ id, built }) => ({ ...built.row, id })));
    const services = batch.flatMap(({ id, built }) =>
      built.services.map((s) => ({ ...s, caseId: id })),
    );
    const types = batch.flatMap(({ id, built }) =>
      built.vulnerabilityTypes.map((v) => ({ ...v, caseId: id })),
    );
    const profiles = batch.flatMap(({ id, built }) =>
      built.profiles.map((p) => ({ ...p, caseId: id })),
    );
    const observations = batch.flatMap(({ id, built }) =>
      built.observations.map((o) => ({ ...o, caseId: id })),
    );
    if (services.length) await tx.insert(caseServices).values(services);
    if (types.length) await tx.insert(caseVulnerabilityTypes).values(types);
    if (profiles.length) await tx.insert(caseProfiles).values(profiles);
    if (observations.length) await tx.insert(caseObservations).values(observations);
  }
  return ids;
}

async function insertActivities(tx: Tx, data: DemoData, countryOf: Map<string, string>) {
  for (let start = 0; start < data.activities.length; start += batchSize) {
    const batch = data.activities.slice(start, start + batchSize).map((item) => {
      const record = toRecord(item);
      const hubCountry = countryOf.get(String(record.hub)) ?? null;
      const warnings = validateRecord({ record, hubCountry }).filter(
        (v) => v.severity === 'warning',
      );
      const built = buildActivityRows({
        record,
        hubCountry,
        warnings,
        provenance: provenance(item._meta),
      });
      return { id: randomUUID(), built };
    });
    await tx.insert(activities).values(batch.map(({ id, built }) => ({ ...built.row, id })));
    const topics = batch.flatMap(({ id, built }) =>
      built.topics.map((t) => ({ ...t, activityId: id })),
    );
    if (topics.length) await tx.insert(activityTopics).values(topics);
  }
}

/**
 * Loads deterministic demo data (hubs, users of every role, directory, cases, activities and,
 * with the `casework` option, issue 16's referrals, sources, person codes, MCAs and feedback)
 * in one transaction. Existing hubs and users with the same code/email are kept.
 */
export async function seedDemo({ db, options = {} }: { db: Db; options?: DemoOptions }) {
  const data = generateDemo(options);
  const passwordHashes = new Map<string, string>();
  for (const user of data.users)
    passwordHashes.set(user.email, await hashPassword({ password: user.password }));
  const countryOf = new Map(data.hubs.map((h) => [h.code, h.country]));
  // Start dates count back from the demo's `today` (now by default), so lateness is real.
  const today = options.today ? Date.parse(`${options.today}T12:00:00Z`) : Date.now();
  const startedAt = (days: number | undefined) =>
    days === undefined ? undefined : new Date(today - days * 86_400_000);
  let casework: Awaited<ReturnType<typeof insertCasework>> | undefined;
  await db.transaction(async (tx) => {
    await tx
      .insert(hubs)
      .values(
        data.hubs.map((h) => ({
          code: h.code,
          name: h.name,
          country: h.country,
          admin1: h.admin1,
          type: h.type,
          active: h.active,
        })),
      )
      .onConflictDoNothing({ target: hubs.code });
    for (const user of data.users) {
      const [row] = await tx
        .insert(users)
        .values({
          email: user.email.toLowerCase(),
          name: user.name,
          role: user.role,
          passwordHash: passwordHashes.get(user.email)!,
          createdAt: startedAt(user.startedDaysAgo),
        })
        .onConflictDoNothing({ target: users.email })
        .returning({ id: users.id });
      if (row && user.hubs !== 'all' && user.hubs.length > 0)
        await tx.insert(userHubs).values(user.hubs.map((hubCode) => ({ userId: row.id, hubCode })));
    }
    const directoryIds = new Map(data.directory.map((d) => [d.id, randomUUID()]));
    if (data.directory.length)
      await tx.insert(directoryEntries).values(
        data.directory.map((d) => ({
          id: directoryIds.get(d.id)!,
          hub: d.hub,
          organization: d.organization,
          sector: d.sector,
          address: d.address || null,
          openingHours: d.openingHours || null,
          contact: [d.phone, d.email].filter(Boolean).join(' · ') || null,
          servicesOffered: d.services ? [d.services] : [],
          conditions: d.conditions,
          notes: directoryNotes(d),
        })),
      );
    const caseIds = await insertCases(tx, data, countryOf);
    await insertActivities(tx, data, countryOf);
    if (data.casework)
      casework = await insertCasework({ tx, casework: data.casework, caseIds, directoryIds });
    await writeAudit({
      db: tx,
      userId: null,
      entry: {
        action: 'seed',
        entity: 'database',
        detail: {
          options,
          hubs: data.hubs.length,
          users: data.users.length,
          cases: data.cases.length,
          activities: data.activities.length,
          directory: data.directory.length,
          ...(casework && { casework }),
        },
      },
    });
  });
  await db.execute(sql`analyze`);
  return {
    hubs: data.hubs.length,
    users: data.users.length,
    cases: data.cases.length,
    activities: data.activities.length,
    directory: data.directory.length,
    ...(casework && { casework }),
  };
}
