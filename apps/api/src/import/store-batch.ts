import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { KoboRowMeta } from '@ventanilla/domain';
import type { Tx } from '../db/client.ts';
import { queryRows } from '../db/rows.ts';
import {
  activities,
  activityTopics,
  auditLog,
  caseObservations,
  caseProfiles,
  caseServices,
  cases,
  caseVulnerabilityTypes,
  recordSources,
} from '../db/schema/index.ts';
import type { RecordKind } from '../records/fields.ts';
import { insertJsonRows, jsonRecords, type Built } from '../records/save-batch.ts';
import type { AuditEntry } from '../audit/write.ts';

/**
 * Set-based storage for one import batch (FORM.md §7.6): a fixed number of statements per
 * batch, whatever its size: the matching lookups, the updates with their child rows, the
 * provenance rows and the audit rows. Everything goes to the database as ONE json parameter
 * (`json_populate_recordset` / `json_array_elements_text`), which both drivers pass as text.
 */

export type StoredRow = Record<string, unknown> & {
  id: string;
  hub: string;
  month: unknown;
  sourceUuid: string | null;
  sourceUuidsSeen: string[];
  sourceRootUuid: string | null;
  sourceId: string | null;
  sourceFormId: string | null;
  validationStatus: string | null;
  createdAt: Date;
  updatedAt: Date;
};
export type Stored = { kind: RecordKind; row: StoredRow; importedAt: Date | null };

const table = (kind: RecordKind) => (kind === 'case' ? cases : activities);

/** A text[] built from one json parameter (a single bind whatever the list's length). */
const textArray = (values: readonly string[]): SQL =>
  sql`array(select json_array_elements_text(${JSON.stringify(values)}::json))`;
const uuidArray = (values: readonly string[]): SQL => sql`${textArray(values)}::uuid[]`;

/**
 * Stored records (both kinds) that any row of the batch may match by §7.6 keys 1–4: ONE query
 * for all `_uuid`s, `meta/deprecatedID`s, `meta/rootUuid`s and `_id`s of the batch (GIN index on
 * `source_uuids_seen`, btree on `source_root_uuid` and `(source_id, source_form_id)`); the full
 * rows, with their last import time, only for the kinds that matched (one query each).
 */
export async function loadMatches(tx: Tx, metas: readonly KoboRowMeta[]): Promise<Stored[]> {
  const seen = new Set<string>();
  const roots = new Set<string>();
  const ids = new Set<string>();
  for (const meta of metas) {
    if (meta.uuid) seen.add(meta.uuid);
    if (meta.deprecatedId) seen.add(meta.deprecatedId);
    if (meta.rootUuid) roots.add(meta.rootUuid);
    if (meta.sourceId && meta.sourceFormId) ids.add(meta.sourceId);
  }
  if (!seen.size && !roots.size && !ids.size) return [];
  // One SELECT per key and kind, glued with UNION: each can use its own index. A single
  // `… or … or …` let the planner fall back to a sequential scan of the growing table on every
  // batch (quadratic imports: 0.8 s a batch at 40k rows).
  const branches: SQL[] = [];
  for (const kind of ['case', 'activity'] as const) {
    const t = table(kind);
    const select = (condition: SQL) =>
      sql`select ${kind}::text as kind, id::text as id from ${t} where ${condition}`;
    if (seen.size) branches.push(select(sql`${t.sourceUuidsSeen} && ${textArray([...seen])}`));
    if (roots.size) branches.push(select(sql`${t.sourceRootUuid} = any(${textArray([...roots])})`));
    if (ids.size) branches.push(select(sql`${t.sourceId} = any(${textArray([...ids])})`));
  }
  const found = await queryRows<{ kind: RecordKind; id: string }>(
    tx,
    sql.join(branches, sql` union `),
  );
  const out: Stored[] = [];
  for (const kind of ['case', 'activity'] as const) {
    const wanted = found.filter((f) => f.kind === kind).map((f) => f.id);
    if (!wanted.length) continue;
    const t = table(kind);
    const key = kind === 'case' ? recordSources.caseId : recordSources.activityId;
    const rows = await tx
      .select({ row: t, importedAt: recordSources.importedAt })
      .from(t)
      .leftJoin(recordSources, sql`${key} = ${t.id}`)
      .where(sql`${t.id} = any(${uuidArray(wanted)})`);
    for (const { row, importedAt } of rows)
      out.push({ kind, row: row as unknown as StoredRow, importedAt: importedAt ?? null });
  }
  return out;
}

/** Keys of a row object that hold a value (drizzle's `.set()` skips `undefined`). */
const definedKeys = (row: Record<string, unknown>) =>
  Object.keys(row).filter((key) => row[key] !== undefined);

/**
 * `update … from json_populate_recordset`: the columns each row defines (as `.set()` would),
 * one statement per distinct column set (one in practice: built rows are complete).
 */
async function updateJsonRows(
  tx: Tx,
  target: typeof cases | typeof activities,
  rows: readonly Record<string, unknown>[],
) {
  const columns = getTableColumns(target) as Record<string, { name: string }>;
  const groups = new Map<string, Record<string, unknown>[]>();
  for (const row of rows) {
    const keys = definedKeys(row)
      .filter((key) => key in columns && key !== 'id')
      .sort();
    const signature = keys.join(',');
    groups.set(signature, [...(groups.get(signature) ?? []), row]);
  }
  for (const [signature, group] of groups) {
    const keys = signature.split(',').filter(Boolean);
    if (!keys.length) continue;
    const payload = group.map((row) =>
      Object.fromEntries([
        ['id', row.id],
        ...keys.map((key) => [columns[key]!.name, row[key] ?? null]),
      ]),
    );
    const sets = sql.join(
      keys.map(
        (key) =>
          sql`${sql.identifier(columns[key]!.name)} = r.${sql.identifier(columns[key]!.name)}`,
      ),
      sql`, `,
    );
    await tx.execute(
      sql`update ${target} set ${sets}
          from json_populate_recordset(null::${target}, ${JSON.stringify(payload)}::json) as r
          where ${target}.id = r.id`,
    );
  }
}

/** Replaces many stored records (rows and child rows) with new valid versions, set-based. */
export async function replaceRecords({
  tx,
  items,
  userId,
  at,
}: {
  tx: Tx;
  items: readonly { id: string; item: Built }[];
  userId: string | null;
  at: Date;
}): Promise<void> {
  if (!items.length) return;
  const who = { updatedBy: userId, updatedAt: at };
  const caseItems = items.flatMap(({ id, item }) =>
    item.kind === 'case' ? [{ id, built: item.built }] : [],
  );
  const activityItems = items.flatMap(({ id, item }) =>
    item.kind === 'activity' ? [{ id, built: item.built }] : [],
  );
  if (caseItems.length) {
    const ids = caseItems.map((c) => c.id);
    await updateJsonRows(
      tx,
      cases,
      caseItems.map(({ id, built }) => ({ ...built.row, ...who, id })),
    );
    for (const child of [caseServices, caseVulnerabilityTypes, caseProfiles, caseObservations])
      await tx.delete(child).where(sql`${child.caseId} = any(${uuidArray(ids)})`);
    await insertJsonRows(
      tx,
      caseServices,
      caseItems.flatMap(({ id, built }) => built.services.map((s) => ({ ...s, caseId: id }))),
    );
    await insertJsonRows(
      tx,
      caseVulnerabilityTypes,
      caseItems.flatMap(({ id, built }) =>
        built.vulnerabilityTypes.map((v) => ({ ...v, caseId: id })),
      ),
    );
    await insertJsonRows(
      tx,
      caseProfiles,
      caseItems.flatMap(({ id, built }) => built.profiles.map((p) => ({ ...p, caseId: id }))),
    );
    await insertJsonRows(
      tx,
      caseObservations,
      caseItems.flatMap(({ id, built }) => built.observations.map((o) => ({ ...o, caseId: id }))),
    );
  }
  if (activityItems.length) {
    await updateJsonRows(
      tx,
      activities,
      activityItems.map(({ id, built }) => ({ ...built.row, ...who, id })),
    );
    const ids = activityItems.map((a) => a.id);
    await tx
      .delete(activityTopics)
      .where(sql`${activityTopics.activityId} = any(${uuidArray(ids)})`);
    await insertJsonRows(
      tx,
      activityTopics,
      activityItems.flatMap(({ id, built }) => built.topics.map((t) => ({ ...t, activityId: id }))),
    );
  }
}

/** KoBo provenance (§7.3) kept outside the record. */
export function sourceValues(meta: KoboRowMeta, userId: string | null, at: Date) {
  const time = (v: string | null) => (v ? new Date(v) : null);
  const valid = (d: Date | null) => (d && !Number.isNaN(d.getTime()) ? d : null);
  return {
    importedAt: at,
    importedBy: userId,
    submittedAt: valid(time(meta.submittedAt)),
    formStartedAt: valid(time(meta.formStartedAt)),
    formEndedAt: valid(time(meta.formEndedAt)),
    deviceDate: meta.deviceDate,
    deviceId: meta.deviceId,
    sourceFormVersion: meta.sourceFormVersion,
  };
}

const sourceColumns = [
  'caseId',
  'activityId',
  'importedAt',
  'importedBy',
  'submittedAt',
  'formStartedAt',
  'formEndedAt',
  'deviceDate',
  'deviceId',
  'sourceFormVersion',
] as const;

/**
 * Writes the provenance rows of a batch, one statement per record kind; on an update the
 * record's row is replaced (`on conflict` on its record id).
 */
export async function writeSources({
  tx,
  items,
  userId,
  at,
}: {
  tx: Tx;
  items: readonly { kind: RecordKind; id: string; meta: KoboRowMeta }[];
  userId: string | null;
  at: Date;
}): Promise<void> {
  const columns = getTableColumns(recordSources);
  const names = sourceColumns.map((key) => columns[key].name);
  const list = sql.join(
    names.map((name) => sql.identifier(name)),
    sql`, `,
  );
  const updates = sql.join(
    names
      .filter((name) => name !== 'case_id' && name !== 'activity_id')
      .map((name) => sql`${sql.identifier(name)} = excluded.${sql.identifier(name)}`),
    sql`, `,
  );
  for (const kind of ['case', 'activity'] as const) {
    const rows = items.filter((i) => i.kind === kind);
    if (!rows.length) continue;
    const payload = jsonRecords(
      rows.map(({ id, meta }) => ({
        ...sourceValues(meta, userId, at),
        caseId: kind === 'case' ? id : null,
        activityId: kind === 'activity' ? id : null,
      })),
      sourceColumns.map((key) => ({ key, name: columns[key].name })),
    );
    const target = sql.identifier(kind === 'case' ? 'case_id' : 'activity_id');
    await tx.execute(
      sql`insert into ${recordSources} (${list})
          select ${list} from json_populate_recordset(null::${recordSources}, ${payload}::json)
          on conflict (${target}) do update set ${updates}`,
    );
  }
}

/** Appends many audit rows in one statement (same shape as `writeAudit`). */
export async function writeAudits({
  tx,
  userId,
  entries,
}: {
  tx: Tx;
  userId: string | null;
  entries: readonly AuditEntry[];
}): Promise<void> {
  if (!entries.length) return;
  await tx.insert(auditLog).values(
    entries.map((entry) => ({
      userId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      hub: entry.hub ?? null,
      detail: entry.detail ?? {},
    })),
  );
}
