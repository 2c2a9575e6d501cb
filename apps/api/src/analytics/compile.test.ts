import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { generateDemo } from '@ventanilla/demo';
import type { ActivityRecord, CaseRecord } from '@ventanilla/domain';
import type { DimensionCode } from '@ventanilla/domain/monitoring/index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.ts';
import { queryRows } from '../db/rows.ts';
import {
  activities,
  activityTopics,
  caseProfiles,
  caseServices,
  cases,
  caseVulnerabilityTypes,
} from '../db/schema/index.ts';
import { buildActivityRows, buildCaseRows } from '../records/derive.ts';
import { openTestDatabase } from '../test/app.ts';
import { multiValuedSource } from './compile.ts';
import { insertAnalyticsData } from './test-data.ts';

// Multi-valued dimensions are expanded from the record's own row (no child-table join). They
// must give, record by record, exactly the distinct values of the child rows that the record
// write path stores from the same record (records/derive.ts).

let database: Database;
let drop: () => Promise<void>;

/** Stores a record and its child rows exactly as the save path builds them. */
async function storeCase(record: CaseRecord) {
  const built = buildCaseRows({ record, hubCountry: 'CRI', warnings: [] });
  const caseId = randomUUID();
  await database.db.transaction(async (tx) => {
    await tx.insert(cases).values({ ...built.row, id: caseId });
    if (built.services.length)
      await tx.insert(caseServices).values(built.services.map((s) => ({ ...s, caseId })));
    if (built.vulnerabilityTypes.length)
      await tx
        .insert(caseVulnerabilityTypes)
        .values(built.vulnerabilityTypes.map((s) => ({ ...s, caseId })));
    if (built.profiles.length)
      await tx.insert(caseProfiles).values(built.profiles.map((s) => ({ ...s, caseId })));
  });
}

async function storeActivity(record: ActivityRecord) {
  const built = buildActivityRows({ record, hubCountry: 'CRI', warnings: [] });
  const activityId = randomUUID();
  await database.db.transaction(async (tx) => {
    await tx.insert(activities).values({ ...built.row, id: activityId });
    if (built.topics.length)
      await tx.insert(activityTopics).values(built.topics.map((t) => ({ ...t, activityId })));
  });
}

beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
  await insertAnalyticsData({ db: database.db, seed: 11, cases: 300, activityCount: 100 });
  // Edge cases the generator rarely or never makes: repeated services and actions across
  // slots, an action on an empty service slot, an empty action, repeated topics.
  const demo = generateDemo({ seed: 3, cases: 6, activities: 2, months: 1, endMonth: '2025-06' });
  const [c1, c2, c3, c4] = demo.cases.map((c) => {
    const { _meta, ...rest } = c as unknown as { _meta: unknown };
    return rest as unknown as CaseRecord & Record<string, unknown>;
  });
  await storeCase({
    ...c1!,
    a10_service_2: c1!.a10_service_1,
    a11_action_2: c1!.a11_action_1 ?? 'referred_health',
    a11_action_1: c1!.a11_action_1 ?? 'referred_health',
    a10_service_3: c1!.a10_service_1,
    a11_action_3: null,
  } as CaseRecord);
  await storeCase({
    ...c2!,
    a10_service_2: '',
    a11_action_2: 'referred_health',
    a10_service_3: 'legal_advice',
    a11_action_3: 'referred_health',
  } as CaseRecord);
  await storeCase({
    ...c3!,
    a11_action_1: '',
    a10_service_2: null,
    a10_service_3: null,
  } as CaseRecord);
  await storeCase({
    ...c4!,
    a14_vulnerability: 'yes',
    a14_vulnerability_types: [],
  } as CaseRecord);
  for (const a of demo.activities) {
    const { _meta, ...rest } = a as unknown as { _meta: unknown } & ActivityRecord;
    const topics = (rest as ActivityRecord).b2_topics ?? [];
    await storeActivity({ ...(rest as ActivityRecord), b2_topics: [...topics, ...topics] });
  }
}, 120_000);
afterAll(() => drop());

const childQueries: Record<string, string> = {
  SERVICE: 'select distinct case_id as id, service as v from case_services',
  ACTION: 'select distinct case_id as id, action as v from case_services where action is not null',
  VULNERABILITY_TYPE: 'select distinct case_id as id, type as v from case_vulnerability_types',
  VULNERABILITY_PROFILE: 'select distinct case_id as id, profile as v from case_profiles',
  TOPIC: 'select distinct activity_id as id, topic as v from activity_topics',
};

const sorted = (rows: { id: unknown; v: unknown }[]) =>
  rows.map((r) => `${String(r.id)} ${String(r.v)}`).sort();

describe('multi-valued dimensions from the record row', () => {
  for (const dim of Object.keys(childQueries) as DimensionCode[]) {
    it(`${dim} gives the child rows' distinct values for every record`, async () => {
      const table = dim === 'TOPIC' ? 'activities' : 'cases';
      const source = multiValuedSource(dim, 'd');
      const fromRow = await queryRows<{ id: string; v: string }>(
        database.db,
        sql.raw(
          `select r.id, d.v from ${table} r cross join lateral ${source.from} where ${source.where}`,
        ),
      );
      const fromChildren = await queryRows<{ id: string; v: string }>(
        database.db,
        sql.raw(childQueries[dim]!),
      );
      expect(fromRow.length).toBeGreaterThan(0);
      expect(sorted(fromRow)).toEqual(sorted(fromChildren));
    });
  }
});
