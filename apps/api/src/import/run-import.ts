import { and, inArray, or, sql } from 'drizzle-orm';
import {
  createImportIssue,
  inferRecordType,
  mergeRowViolations,
  parseRowValues,
  resolveHeaders,
  type ActivityRecord,
  type CaseRecord,
  type ImportIssue,
  type KoboRowMeta,
  type Lang,
  type Option,
} from '@ventanilla/domain';
import { canOnHub } from '../auth/access.ts';
import type { CurrentUser } from '../auth/current-user.ts';
import { writeAudit } from '../audit/write.ts';
import type { Db, Tx } from '../db/client.ts';
import { activities, cases, hubs, recordSources } from '../db/schema/index.ts';
import { buildActivityRows, buildCaseRows } from '../records/derive.ts';
import { rowToRecord, type RecordKind } from '../records/fields.ts';
import { insertRecords, replaceRecord, type Built } from '../records/save-batch.ts';
import { findLockedPeriods, lockKey, lockedPeriod } from '../reports/lock.ts';
import { assessRecord, changedFields, storedViolation } from '../records/write.ts';
import { openRowSource } from './read-rows.ts';
import {
  emptyCounts,
  fromImportIssue,
  fromViolation,
  type ImportReport,
  type Outcome,
  type RowIssue,
  type RowReport,
} from './report.ts';

export type ImportOptions = {
  /** Fills an empty `hub` and rejects rows of any other hub (API.md `--hub`). */
  hub?: string | null;
  dryRun?: boolean;
  acceptValid?: boolean;
  /** Rows per database round (default 500). */
  batchSize?: number;
  /** Rows kept in `report.details` (default 1000). */
  detailLimit?: number;
  /** Called after every batch with the rows read so far. */
  onProgress?: (progress: { rows: number; counts: Record<Outcome, number> }) => void;
  /** Called for every reported row (rejected, conflict, superseded, or with warnings). */
  onRow?: (row: RowReport) => void;
  today?: string;
};

/** Who imports: a signed-in user (scoped to their hubs) or the command line (null: everything). */
export type ImportActor = { user: CurrentUser | null };

class Rollback extends Error {}

const importMessages = {
  otherHub: {
    en: 'This row belongs to hub {value}, not to the hub chosen for this import ({hub}).',
    es: 'Esta fila es de la ventanilla {value}, no de la elegida para esta importación ({hub}).',
  },
  hubNotYours: {
    en: 'You cannot import records of hub {value}.',
    es: 'No puede importar registros de la ventanilla {value}.',
  },
  kindChanged: {
    en: 'This row changes a stored record from {value} to {hub}: change it in the web app instead.',
    es: 'Esta fila cambia un registro guardado de {value} a {hub}: cámbielo en la aplicación web.',
  },
} as const;

function issue(
  rule: string,
  fields: string[],
  template: { en: string; es: string },
  values: Record<string, string>,
): RowIssue {
  const fill = (text: string) => text.replace(/\{(\w+)\}/gu, (_, key: string) => values[key] ?? '');
  return {
    rule,
    severity: 'error',
    fields,
    message_en: fill(template.en),
    message_es: fill(template.es),
  };
}

type Pending = {
  report: RowReport;
  kind: RecordKind;
  built: Built;
  meta: KoboRowMeta;
  content: string;
  hub: string;
  warningRules: string[];
};

type StoredRow = Record<string, unknown> & {
  id: string;
  hub: string;
  sourceUuid: string | null;
  sourceUuidsSeen: string[];
  sourceRootUuid: string | null;
  sourceId: string | null;
  sourceFormId: string | null;
  validationStatus: string | null;
  createdAt: Date;
  updatedAt: Date;
};
type Stored = { kind: RecordKind; row: StoredRow; importedAt: Date | null };

/** Canonical content (§7.6): the form fields plus the normalized validation status. */
function canonicalContent(kind: RecordKind, row: Record<string, unknown>, status: unknown): string {
  return JSON.stringify([rowToRecord(kind, row), status ?? 'none']);
}

const table = (kind: RecordKind) => (kind === 'case' ? cases : activities);

/** Stored records that any pending row may match (§7.6 keys 1–4), both kinds, with import times. */
async function loadMatches(tx: Tx, pending: readonly Pending[]): Promise<Stored[]> {
  const seen = new Set<string>();
  const roots = new Set<string>();
  const ids: { id: string; form: string }[] = [];
  for (const p of pending) {
    if (p.meta.uuid) seen.add(p.meta.uuid);
    if (p.meta.deprecatedId) seen.add(p.meta.deprecatedId);
    if (p.meta.rootUuid) roots.add(p.meta.rootUuid);
    if (p.meta.sourceId && p.meta.sourceFormId)
      ids.push({ id: p.meta.sourceId, form: p.meta.sourceFormId });
  }
  const out: Stored[] = [];
  for (const kind of ['case', 'activity'] as const) {
    const t = table(kind);
    const seenList = [...seen];
    const conditions = [
      seenList.length
        ? sql`${t.sourceUuidsSeen} && ARRAY[${sql.join(
            seenList.map((u) => sql`${u}`),
            sql`, `,
          )}]::text[]`
        : undefined,
      roots.size ? inArray(t.sourceRootUuid, [...roots]) : undefined,
      ids.length ? inArray(t.sourceId, [...new Set(ids.map((i) => i.id))]) : undefined,
    ].filter((c) => c !== undefined);
    if (!conditions.length) continue;
    const rows = (await tx
      .select()
      .from(t)
      .where(or(...conditions))) as unknown as StoredRow[];
    if (!rows.length) continue;
    const key = kind === 'case' ? recordSources.caseId : recordSources.activityId;
    const times = await tx
      .select({ id: key, importedAt: recordSources.importedAt })
      .from(recordSources)
      .where(
        and(
          inArray(
            key,
            rows.map((r) => r.id),
          ),
        ),
      );
    const byId = new Map(times.map((t) => [t.id, t.importedAt]));
    for (const row of rows) out.push({ kind, row, importedAt: byId.get(row.id) ?? null });
  }
  return out;
}

/** §7.6: the stored record a row edits or repeats, by the first key that applies. */
function matchRow(
  p: Pending,
  stored: readonly Stored[],
): { stored: Stored; by: 'uuid' | 'edit' } | null {
  const { uuid, rootUuid, deprecatedId, sourceId, sourceFormId } = p.meta;
  const byUuid = stored.find((s) => uuid && s.row.sourceUuidsSeen.includes(uuid));
  if (byUuid) return { stored: byUuid, by: 'uuid' };
  const byRoot = rootUuid && stored.find((s) => s.row.sourceRootUuid === rootUuid);
  if (byRoot) return { stored: byRoot, by: 'edit' };
  const byPrevious =
    deprecatedId && stored.find((s) => s.row.sourceUuidsSeen.includes(deprecatedId));
  if (byPrevious) return { stored: byPrevious, by: 'edit' };
  const byId =
    sourceId &&
    sourceFormId &&
    stored.find((s) => s.row.sourceId === sourceId && s.row.sourceFormId === sourceFormId);
  if (byId) return { stored: byId, by: 'edit' };
  return null;
}

/** Keys a row may match by, to keep two rows about the same record out of one batch. */
function rowKeys(meta: KoboRowMeta): string[] {
  return [
    meta.uuid && `u:${meta.uuid}`,
    meta.deprecatedId && `u:${meta.deprecatedId}`,
    meta.rootUuid && `r:${meta.rootUuid}`,
    meta.sourceId && meta.sourceFormId && `i:${meta.sourceId}:${meta.sourceFormId}`,
  ].filter((k): k is string => !!k);
}

/**
 * Imports a KoBo export (FORM.md §7) from a byte stream: rows are read, parsed, validated with the
 * same step as the GraphQL mutations and written in batches, all in ONE transaction. The
 * transaction is rolled back for a dry run, and when any row is rejected unless `acceptValid`.
 * One audit row per stored import (counts only, no personal data).
 */
export async function runImport({
  db,
  actor,
  input,
  options = {},
}: {
  db: Db;
  actor: ImportActor;
  input: AsyncIterable<Buffer | string>;
  options?: ImportOptions;
}): Promise<ImportReport> {
  const batchSize = options.batchSize ?? 500;
  const detailLimit = options.detailLimit ?? 1000;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const forcedHub = options.hub?.trim() || null;
  const report: ImportReport = {
    format: null,
    dryRun: !!options.dryRun,
    acceptValid: !!options.acceptValid,
    stored: false,
    rows: 0,
    counts: emptyCounts(),
    fileErrors: [],
    fileWarnings: [],
    details: [],
    detailsOmitted: 0,
  };
  const source = await openRowSource({ input });
  report.format = source.format;
  const plan = resolveHeaders({ headers: source.headers });
  report.fileWarnings = plan.warnings;
  if (plan.errors.length) {
    report.fileErrors = plan.errors;
    return report;
  }

  const registry = new Map(
    (await db.select({ code: hubs.code, name: hubs.name, country: hubs.country }).from(hubs)).map(
      (h) => [h.code, h],
    ),
  );
  if (forcedHub && !registry.has(forcedHub)) {
    report.fileErrors = [unknownForcedHub(forcedHub)];
    return report;
  }
  const hubOptions: Option[] = [...registry.values()].map((h) => ({
    code: h.code,
    en: h.name,
    es: h.name,
  }));
  const lookupHub = (code: string) => registry.get(code) ?? null;
  const userId = actor.user?.id ?? null;
  const at = new Date();
  const seenUuids = new Set<string>();

  const record = (row: RowReport) => {
    report.counts[row.outcome] += 1;
    const notable =
      row.outcome !== 'inserted' && row.outcome !== 'updated' && row.outcome !== 'unchanged';
    if (!notable && row.issues.length === 0) return;
    options.onRow?.(row);
    if (report.details.length < detailLimit) report.details.push(row);
    else report.detailsOmitted += 1;
  };

  const flush = async (tx: Tx, pending: Pending[]) => {
    if (!pending.length) return;
    const stored = await loadMatches(tx, pending);
    // API.md LOCKED_PERIOD (reports/lock.ts): rows entering or leaving a verified hub-month.
    const target = (p: Pending) => ({ hub: p.hub, month: String(p.built.built.row.month) });
    const locked = await findLockedPeriods({
      db: tx,
      targets: [...pending.map(target), ...stored.map((s) => ({ hub: s.row.hub, month: String(s.row.month) }))],
    });
    const rejectLocked = (p: Pending, hub: string, month: string) => {
      if (!locked.has(lockKey({ hub, month }))) return false;
      const message = (lang: Lang) => lockedPeriod({ hub, month, lang }).message;
      p.report.outcome = 'rejected';
      p.report.issues.unshift({
        rule: 'LOCKED_PERIOD',
        severity: 'error',
        fields: ['date'],
        message_en: message('en'),
        message_es: message('es'),
      });
      return true;
    };
    const inserts: Pending[] = [];
    for (const p of pending) {
      const match = matchRow(p, stored);
      if (!match) {
        if (rejectLocked(p, target(p).hub, target(p).month)) continue;
        p.report.outcome = 'inserted';
        inserts.push(p);
        continue;
      }
      const { row, kind, importedAt } = match.stored;
      if (kind !== p.kind) {
        p.report.outcome = 'conflict';
        p.report.issues.unshift(
          issue('record_type', ['record_type'], importMessages.kindChanged, {
            value: kind,
            hub: p.kind,
          }),
        );
        continue;
      }
      if (match.by === 'uuid' && row.sourceUuid !== p.meta.uuid) {
        p.report.outcome = 'superseded';
        continue;
      }
      if (canonicalContent(kind, row, row.validationStatus) === p.content) {
        p.report.outcome = 'unchanged';
        continue;
      }
      // Changed in the web app or API since its last import (§7.6): not overwritten.
      const lastImport = (importedAt ?? row.createdAt).getTime();
      if (row.updatedAt.getTime() > lastImport + 1) {
        p.report.outcome = 'conflict';
        continue;
      }
      if (actor.user && !canOnHub(actor.user, 'record.write', row.hub)) {
        p.report.outcome = 'rejected';
        p.report.issues.unshift(
          issue('hub', ['hub'], importMessages.hubNotYours, { value: row.hub }),
        );
        continue;
      }
      if (rejectLocked(p, row.hub, String(row.month)) || rejectLocked(p, target(p).hub, target(p).month))
        continue;
      const uuids = [...row.sourceUuidsSeen];
      if (p.meta.uuid && !uuids.includes(p.meta.uuid)) uuids.push(p.meta.uuid);
      p.built.built.row.sourceUuidsSeen = uuids;
      p.built.built.row.sourceRootUuid = row.sourceRootUuid ?? p.meta.rootUuid ?? uuids[0] ?? null;
      p.built.built.row.sourceId = p.meta.sourceId ?? row.sourceId;
      p.built.built.row.sourceFormId = p.meta.sourceFormId ?? row.sourceFormId;
      const before = { ...row };
      await replaceRecord({ tx, id: row.id, item: p.built, userId, at });
      await upsertSource(tx, kind, row.id, p.meta, userId, at);
      await writeAudit({
        db: tx,
        userId,
        entry: {
          action: 'update',
          entity: kind,
          entityId: row.id,
          hub: p.hub,
          detail: {
            via: 'import',
            fields: changedFields(kind, before, p.built.built.row as Record<string, unknown>),
            previousHub: row.hub,
            previousUuid: row.sourceUuid,
            warnings: p.warningRules,
          },
        },
      });
      p.report.outcome = 'updated';
      // Later rows of the same batch were split off, so the stored copy needs no refresh.
    }
    if (inserts.length) {
      const ids = await insertRecords({ tx, items: inserts.map((p) => p.built), userId, at });
      await tx.insert(recordSources).values(
        inserts.map((p, i) => ({
          ...sourceValues(p.meta, userId, at),
          ...(p.kind === 'case' ? { caseId: ids[i]! } : { activityId: ids[i]! }),
        })),
      );
    }
    for (const p of pending) record(p.report);
  };

  const work = async (tx: Tx) => {
    let pending: Pending[] = [];
    let pendingKeys = new Set<string>();
    for await (const { number, cells } of source.rows) {
      report.rows += 1;
      const parsed = parseRowValues({ plan, cells, dateSystem: source.dateSystem, hubOptions });
      const meta = parsed.meta;
      const rowReport: RowReport = {
        row: number,
        index: meta.index,
        uuid: meta.uuid,
        outcome: 'rejected',
        issues: parsed.warnings.map(fromImportIssue),
      };
      const reject = (issues: RowIssue[]) => {
        rowReport.outcome = 'rejected';
        rowReport.issues = [...issues, ...rowReport.issues];
        record(rowReport);
      };
      if (parsed.rejection) {
        reject([fromImportIssue(parsed.rejection)]);
        continue;
      }
      if (seenUuids.has(meta.uuid!)) {
        reject([fromImportIssue(duplicateUuid())]);
        continue;
      }
      seenUuids.add(meta.uuid!);
      const raw = { ...parsed.record } as Record<string, unknown>;
      const typed = inferRecordType({ record: raw });
      if (typed.rejection) {
        reject([fromImportIssue(typed.rejection), ...parsed.violations.map(fromViolation)]);
        continue;
      }
      const kind = typed.recordType as RecordKind;
      if (kind !== 'case' && kind !== 'activity') {
        const assessedBad = await assessRecord({ kind: 'case', input: raw, lookupHub, today });
        const bad = assessedBad.violations.filter((v) => v.fields.includes('record_type'));
        reject([...parsed.violations, ...bad].map(fromViolation));
        continue;
      }
      const hubValue = typeof raw.hub === 'string' && raw.hub ? raw.hub : null;
      if (forcedHub && !hubValue) raw.hub = forcedHub;
      if (forcedHub && hubValue && hubValue !== forcedHub) {
        reject([
          issue('hub', ['hub'], importMessages.otherHub, { value: hubValue, hub: forcedHub }),
        ]);
        continue;
      }
      const hub = String(raw.hub ?? '');
      if (actor.user && hub && !canOnHub(actor.user, 'record.write', hub)) {
        reject([issue('hub', ['hub'], importMessages.hubNotYours, { value: hub })]);
        continue;
      }
      const assessed = await assessRecord({ kind, input: raw, lookupHub, today });
      const violations = mergeRowViolations({
        parseViolations: parsed.violations,
        ruleViolations: assessed.violations,
      });
      if (violations.some((v) => v.severity === 'error')) {
        reject(violations.map(fromViolation));
        continue;
      }
      const warnings = violations.filter((v) => v.severity === 'warning');
      rowReport.issues.push(...warnings.map(fromViolation));
      const provenance = {
        validationStatus: meta.validationStatus,
        sourceUuid: meta.uuid,
        sourceUuidsSeen: [meta.uuid!],
        sourceRootUuid: meta.rootUuid ?? meta.uuid,
        sourceId: meta.sourceId,
        sourceFormId: meta.sourceFormId,
      };
      const stored = warnings.map(storedViolation);
      const built: Built =
        kind === 'case'
          ? {
              kind,
              built: buildCaseRows({
                record: assessed.record as CaseRecord,
                hubCountry: assessed.hubCountry,
                warnings: stored,
                provenance,
              }),
            }
          : {
              kind,
              built: buildActivityRows({
                record: assessed.record as ActivityRecord,
                hubCountry: assessed.hubCountry,
                warnings: stored,
                provenance,
              }),
            };
      const keys = rowKeys(meta);
      if (keys.some((k) => pendingKeys.has(k))) {
        await flush(tx, pending);
        pending = [];
        pendingKeys = new Set();
      }
      for (const k of keys) pendingKeys.add(k);
      pending.push({
        report: rowReport,
        kind,
        built,
        meta,
        hub,
        warningRules: warnings.map((w) => w.rule),
        content: canonicalContent(
          kind,
          built.built.row as Record<string, unknown>,
          meta.validationStatus,
        ),
      });
      if (pending.length >= batchSize) {
        await flush(tx, pending);
        pending = [];
        pendingKeys = new Set();
        options.onProgress?.({ rows: report.rows, counts: report.counts });
      }
    }
    await flush(tx, pending);
    options.onProgress?.({ rows: report.rows, counts: report.counts });
    const keep = !report.dryRun && (report.counts.rejected === 0 || report.acceptValid);
    if (!keep) throw new Rollback();
    await writeAudit({
      db: tx,
      userId,
      entry: {
        action: 'import',
        entity: 'import',
        ...(forcedHub ? { hub: forcedHub } : {}),
        detail: {
          format: report.format,
          rows: report.rows,
          acceptValid: report.acceptValid,
          ...report.counts,
        },
      },
    });
    report.stored = true;
  };

  try {
    await db.transaction(work);
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return report;
}

function sourceValues(meta: KoboRowMeta, userId: string | null, at: Date) {
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

async function upsertSource(
  tx: Tx,
  kind: RecordKind,
  id: string,
  meta: KoboRowMeta,
  userId: string | null,
  at: Date,
) {
  const values = sourceValues(meta, userId, at);
  const target = kind === 'case' ? recordSources.caseId : recordSources.activityId;
  await tx
    .insert(recordSources)
    .values({ ...values, ...(kind === 'case' ? { caseId: id } : { activityId: id }) })
    .onConflictDoUpdate({ target, set: values });
}

function duplicateUuid(): ImportIssue {
  return createImportIssue({
    code: 'duplicate_uuid',
    severity: 'error',
    columns: ['_uuid'],
    template: { en: 'Duplicate _uuid in this file.', es: '_uuid repetido en este archivo.' },
  });
}

function unknownForcedHub(code: string): ImportIssue {
  return {
    code: 'no_form_field_column',
    severity: 'error',
    columns: ['hub'],
    message_en: `Unknown hub: ${code}.`,
    message_es: `Ventanilla desconocida: ${code}.`,
  };
}

export type { Lang };
