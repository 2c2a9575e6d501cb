import { randomUUID } from 'node:crypto';
import { generateDemo, Rng } from '@ventanilla/demo';
import { recordKeyRange } from '@ventanilla/domain/monitoring/index';
import type { ActivityRecord, CaseRecord } from '@ventanilla/domain';
import type { Db } from '../db/client.ts';
import {
  activities,
  activityTopics,
  caseObservations,
  caseProfiles,
  caseServices,
  cases,
  caseVulnerabilityTypes,
  hubs,
} from '../db/schema/index.ts';
import { buildActivityRows, buildCaseRows } from '../records/derive.ts';

export type TestRecord<R> = { record: R; status: string | null; hubCountry: string };
export type AnalyticsData = {
  hubs: { code: string; country: string }[];
  cases: TestRecord<CaseRecord>[];
  activities: TestRecord<ActivityRecord>[];
};

/**
 * Small deterministic demo data (every 11th record marked not_approved), stored with the same
 * row builders the API uses, and returned as canonical records for independent counting.
 */
export async function insertAnalyticsData({
  db,
  seed = 7,
  cases: caseCount = 500,
  activityCount = 200,
  months = 6,
  hubs: hubCount,
}: {
  db: Db;
  seed?: number;
  cases?: number;
  activityCount?: number;
  months?: number;
  /** How many demo hubs (the demo's default when not given). */
  hubs?: number;
}): Promise<AnalyticsData> {
  const demo = generateDemo({
    seed,
    cases: caseCount,
    activities: activityCount,
    months,
    ...(hubCount ? { hubs: hubCount } : {}),
    endMonth: '2025-06',
  });
  const countryOf = new Map(demo.hubs.map((h) => [h.code, h.country as string]));
  await db
    .insert(hubs)
    .values(
      demo.hubs.map((h) => ({ code: h.code, name: h.name, country: h.country, type: h.type })),
    )
    .onConflictDoNothing({ target: hubs.code });
  const status = (i: number, s: string) =>
    i % 11 === 0 ? 'not_approved' : s === 'none' ? null : s;
  const data: AnalyticsData = {
    hubs: demo.hubs.map((h) => ({ code: h.code, country: h.country })),
    cases: [],
    activities: [],
  };
  // Record keys from the seed too (the database would draw them at random): same seed, same
  // published values, so a perturbation test replays exactly.
  const keys = new Rng(seed, 99);
  const caseRows: (typeof cases.$inferInsert)[] = [];
  const children = { services: [], types: [], profiles: [], observations: [], topics: [] } as {
    services: (typeof caseServices.$inferInsert)[];
    types: (typeof caseVulnerabilityTypes.$inferInsert)[];
    profiles: (typeof caseProfiles.$inferInsert)[];
    observations: (typeof caseObservations.$inferInsert)[];
    topics: (typeof activityTopics.$inferInsert)[];
  };
  for (const [i, item] of demo.cases.entries()) {
    const { _meta, ...rest } = item as unknown as { _meta: { _validation_status: string } };
    const record = rest as unknown as CaseRecord;
    const hubCountry = countryOf.get(String(record.hub))!;
    const validationStatus = status(i, _meta._validation_status);
    const built = buildCaseRows({
      record,
      hubCountry,
      warnings: [],
      provenance: { validationStatus },
    });
    const caseId = randomUUID();
    caseRows.push({ ...built.row, id: caseId, recordKey: keys.int(recordKeyRange) });
    children.services.push(...built.services.map((r) => ({ ...r, caseId })));
    children.types.push(...built.vulnerabilityTypes.map((r) => ({ ...r, caseId })));
    children.profiles.push(...built.profiles.map((r) => ({ ...r, caseId })));
    children.observations.push(...built.observations.map((r) => ({ ...r, caseId })));
    data.cases.push({ record, status: validationStatus, hubCountry });
  }
  const activityRows: (typeof activities.$inferInsert)[] = [];
  for (const [i, item] of demo.activities.entries()) {
    const { _meta, ...rest } = item as unknown as { _meta: { _validation_status: string } };
    const record = rest as unknown as ActivityRecord;
    const hubCountry = countryOf.get(String(record.hub))!;
    const validationStatus = status(i, _meta._validation_status);
    const built = buildActivityRows({
      record,
      hubCountry,
      warnings: [],
      provenance: { validationStatus },
    });
    const activityId = randomUUID();
    activityRows.push({ ...built.row, id: activityId, recordKey: keys.int(recordKeyRange) });
    children.topics.push(...built.topics.map((t) => ({ ...t, activityId })));
    data.activities.push({ record, status: validationStatus, hubCountry });
  }
  const chunks = <T>(rows: T[]) =>
    Array.from({ length: Math.ceil(rows.length / 200) }, (_, i) =>
      rows.slice(i * 200, i * 200 + 200),
    );
  await db.transaction(async (tx) => {
    for (const c of chunks(caseRows)) await tx.insert(cases).values(c);
    for (const c of chunks(children.services)) await tx.insert(caseServices).values(c);
    for (const c of chunks(children.types)) await tx.insert(caseVulnerabilityTypes).values(c);
    for (const c of chunks(children.profiles)) await tx.insert(caseProfiles).values(c);
    for (const c of chunks(children.observations)) await tx.insert(caseObservations).values(c);
    for (const c of chunks(activityRows)) await tx.insert(activities).values(c);
    for (const c of chunks(children.topics)) await tx.insert(activityTopics).values(c);
  });
  return data;
}
