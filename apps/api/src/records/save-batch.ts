import { randomUUID } from 'node:crypto';
import { eq, getTableColumns, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../db/client.ts';
import {
  activities,
  activityTopics,
  caseObservations,
  caseProfiles,
  caseServices,
  cases,
  caseVulnerabilityTypes,
} from '../db/schema/index.ts';
import type { buildActivityRows, buildCaseRows } from './derive.ts';
import { replaceCaseChildren } from './write.ts';

export type BuiltCase = ReturnType<typeof buildCaseRows>;
export type BuiltActivity = ReturnType<typeof buildActivityRows>;
export type Built = { kind: 'case'; built: BuiltCase } | { kind: 'activity'; built: BuiltActivity };

/**
 * Inserts many valid records (built by `buildCaseRows`/`buildActivityRows`, the same rows the
 * GraphQL mutations store) with their child rows, a few statements per batch. Returns the new
 * ids in input order.
 */
export async function insertRecords({
  tx,
  items,
  userId,
  at,
}: {
  tx: Tx;
  items: readonly Built[];
  userId: string | null;
  at: Date;
}): Promise<string[]> {
  const ids = items.map(() => randomUUID());
  const caseRows: (typeof cases.$inferInsert)[] = [];
  const activityRows: (typeof activities.$inferInsert)[] = [];
  const services: (typeof caseServices.$inferInsert)[] = [];
  const vulnerabilities: (typeof caseVulnerabilityTypes.$inferInsert)[] = [];
  const profiles: (typeof caseProfiles.$inferInsert)[] = [];
  const observations: (typeof caseObservations.$inferInsert)[] = [];
  const topics: (typeof activityTopics.$inferInsert)[] = [];
  items.forEach((item, i) => {
    const id = ids[i]!;
    const who = { createdBy: userId, updatedBy: userId, createdAt: at, updatedAt: at };
    if (item.kind === 'case') {
      const b = item.built;
      caseRows.push({ ...b.row, ...who, id });
      for (const s of b.services) services.push({ ...s, caseId: id });
      for (const v of b.vulnerabilityTypes) vulnerabilities.push({ ...v, caseId: id });
      for (const p of b.profiles) profiles.push({ ...p, caseId: id });
      for (const o of b.observations) observations.push({ ...o, caseId: id });
    } else {
      activityRows.push({ ...item.built.row, ...who, id });
      for (const t of item.built.topics) topics.push({ ...t, activityId: id });
    }
  });
  await insertJsonRows(tx, cases, caseRows);
  await insertJsonRows(tx, activities, activityRows);
  await insertJsonRows(tx, caseServices, services);
  await insertJsonRows(tx, caseVulnerabilityTypes, vulnerabilities);
  await insertJsonRows(tx, caseProfiles, profiles);
  await insertJsonRows(tx, caseObservations, observations);
  await insertJsonRows(tx, activityTopics, topics);
  return ids;
}

/** An SQL default (`sql\`…\``), evaluated by the database rather than given in the JSON. */
const isSqlDefault = (value: unknown) =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const plainDefault = (value: unknown) =>
  value === undefined || isSqlDefault(value) ? null : value;

/**
 * Inserts many rows as ONE json parameter (`json_populate_recordset`): a multi-row VALUES with
 * ~70 parameters per cases row is slow to build and to plan. Every column is given (null when
 * unset), so callers pass complete rows, as `buildCaseRows`/`buildActivityRows` make them; a
 * column with an SQL default that no row sets is left to the database (the random record key).
 */
export async function insertJsonRows(
  tx: Tx,
  table: PgTable,
  rows: readonly Record<string, unknown>[],
) {
  if (!rows.length) return;
  const columns = Object.entries(getTableColumns(table)).filter(
    ([key, column]) => !isSqlDefault(column.default) || rows.some((row) => row[key] != null),
  );
  const payload = jsonRecords(
    rows,
    columns.map(([key, column]) => ({
      key,
      name: column.name,
      fallback: plainDefault(column.default),
    })),
  );
  const names = sql.join(
    columns.map(([, column]) => sql.identifier(column.name)),
    sql`, `,
  );
  await tx.execute(
    sql`insert into ${table} (${names}) select ${names} from json_populate_recordset(null::${table}, ${payload}::json)`,
  );
}

/**
 * The JSON array of `rows` as objects of the given columns, in that order, each member
 * `row[key] ?? fallback`, written directly without building those objects (thousands of rows ×
 * ~100 columns per batch). Null members are left out: `json_populate_recordset` over a null base
 * reads a missing key as null, and most cells of a KoBo row are empty (less to write and to parse).
 */
export function jsonRecords(
  rows: readonly Record<string, unknown>[],
  columns: readonly { key: string; name: string; fallback?: unknown }[],
): string {
  const heads = columns.map((c) => `${JSON.stringify(c.name)}:`);
  const parts: string[] = [];
  for (const row of rows) {
    let text = '';
    for (let i = 0; i < columns.length; i += 1) {
      const value = row[columns[i]!.key] ?? columns[i]!.fallback;
      if (value == null) continue;
      text += (text ? ',' : '{') + heads[i]! + jsonValue(value);
    }
    parts.push(text ? `${text}}` : '{}');
  }
  return `[${parts.join(',')}]`;
}

// The common cells without JSON.stringify's generic path.
function jsonValue(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return JSON.stringify(value);
}

/** Replaces one stored record (row and child rows) with a new valid version. */
export async function replaceRecord({
  tx,
  id,
  item,
  userId,
  at,
}: {
  tx: Tx;
  id: string;
  item: Built;
  userId: string | null;
  at: Date;
}): Promise<void> {
  const who = { updatedBy: userId, updatedAt: at };
  if (item.kind === 'case') {
    await tx
      .update(cases)
      .set({ ...item.built.row, ...who })
      .where(eq(cases.id, id));
    await replaceCaseChildren(tx, id, item.built);
  } else {
    await tx
      .update(activities)
      .set({ ...item.built.row, ...who })
      .where(eq(activities.id, id));
    await tx.delete(activityTopics).where(eq(activityTopics.activityId, id));
    if (item.built.topics.length)
      await tx
        .insert(activityTopics)
        .values(item.built.topics.map((t) => ({ ...t, activityId: id })));
  }
}
