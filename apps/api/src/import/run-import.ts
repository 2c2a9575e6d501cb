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
import { writeAudit, type AuditEntry } from '../audit/write.ts';
import type { Db, Tx } from '../db/client.ts';
import { hubs } from '../db/schema/index.ts';
import { buildActivityRows, buildCaseRows } from '../records/derive.ts';
import { rowToRecord, type RecordKind } from '../records/fields.ts';
import { insertRecords, type Built } from '../records/save-batch.ts';
import { findLockedPeriods, lockKey, lockedPeriod } from '../reports/lock.ts';
import { assessRecord, changedFields, storedViolation } from '../records/write.ts';
import { openRowSource } from './read-rows.ts';
import {
  loadMatches,
  replaceRecords,
  writeAudits,
  writeSources,
  type Stored,
} from './store-batch.ts';
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
  /** Called after every batch and every `batchSize` rows read, with the rows read so far. */
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
  hub: string;
  warningRules: string[];
};

/** Canonical content (§7.6): the form fields plus the normalized validation status. */
function canonicalContent(kind: RecordKind, row: Record<string, unknown>, status: unknown): string {
  return JSON.stringify([rowToRecord(kind, row), status ?? 'none']);
}

/** The stored records of a batch by each §7.6 key (the first record wins, as `find` would). */
type StoredIndex = {
  bySeen: Map<string, Stored>;
  byRoot: Map<string, Stored>;
  byId: Map<string, Stored>;
};

function indexStored(stored: readonly Stored[]): StoredIndex {
  const index: StoredIndex = { bySeen: new Map(), byRoot: new Map(), byId: new Map() };
  const add = (map: Map<string, Stored>, key: string | null, s: Stored) => {
    if (key && !map.has(key)) map.set(key, s);
  };
  for (const s of stored) {
    for (const uuid of s.row.sourceUuidsSeen) add(index.bySeen, uuid, s);
    add(index.byRoot, s.row.sourceRootUuid, s);
    if (s.row.sourceId && s.row.sourceFormId)
      add(index.byId, `${s.row.sourceId}\u0000${s.row.sourceFormId}`, s);
  }
  return index;
}

/** §7.6: the stored record a row edits or repeats, by the first key that applies. */
function matchRow(p: Pending, index: StoredIndex): { stored: Stored; by: 'uuid' | 'edit' } | null {
  const { uuid, rootUuid, deprecatedId, sourceId, sourceFormId } = p.meta;
  const byUuid = uuid ? index.bySeen.get(uuid) : undefined;
  if (byUuid) return { stored: byUuid, by: 'uuid' };
  const byRoot = rootUuid ? index.byRoot.get(rootUuid) : undefined;
  if (byRoot) return { stored: byRoot, by: 'edit' };
  const byPrevious = deprecatedId ? index.bySeen.get(deprecatedId) : undefined;
  if (byPrevious) return { stored: byPrevious, by: 'edit' };
  const byId =
    sourceId && sourceFormId ? index.byId.get(`${sourceId}\u0000${sourceFormId}`) : undefined;
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
    kinds: { case: 0, activity: 0 },
    batch: null,
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
    const stored = await loadMatches(
      tx,
      pending.map((p) => p.meta),
    );
    const index = indexStored(stored);
    // API.md LOCKED_PERIOD (reports/lock.ts): rows entering or leaving a verified hub-month.
    const target = (p: Pending) => ({ hub: p.hub, month: String(p.built.built.row.month) });
    const locked = await findLockedPeriods({
      db: tx,
      targets: [
        ...pending.map(target),
        ...stored.map((s) => ({ hub: s.row.hub, month: String(s.row.month) })),
      ],
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
    const updates: { id: string; kind: RecordKind; p: Pending }[] = [];
    const audits: AuditEntry[] = [];
    for (const p of pending) {
      const match = matchRow(p, index);
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
      // Computed only for matched rows: most rows of a first import match nothing.
      const content = canonicalContent(
        kind,
        p.built.built.row as Record<string, unknown>,
        p.meta.validationStatus,
      );
      if (canonicalContent(kind, row, row.validationStatus) === content) {
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
      if (
        rejectLocked(p, row.hub, String(row.month)) ||
        rejectLocked(p, target(p).hub, target(p).month)
      )
        continue;
      const uuids = [...row.sourceUuidsSeen];
      if (p.meta.uuid && !uuids.includes(p.meta.uuid)) uuids.push(p.meta.uuid);
      p.built.built.row.sourceUuidsSeen = uuids;
      p.built.built.row.sourceRootUuid = row.sourceRootUuid ?? p.meta.rootUuid ?? uuids[0] ?? null;
      p.built.built.row.sourceId = p.meta.sourceId ?? row.sourceId;
      p.built.built.row.sourceFormId = p.meta.sourceFormId ?? row.sourceFormId;
      audits.push({
        action: 'update',
        entity: kind,
        entityId: row.id,
        hub: p.hub,
        detail: {
          via: 'import',
          fields: changedFields(kind, row, p.built.built.row as Record<string, unknown>),
          previousHub: row.hub,
          previousUuid: row.sourceUuid,
          warnings: p.warningRules,
        },
      });
      updates.push({ id: row.id, kind, p });
      p.report.outcome = 'updated';
      // Later rows of the same batch were split off, so the stored copy needs no refresh.
    }
    // A fixed number of statements per batch (store-batch.ts), whatever its size.
    await replaceRecords({
      tx,
      items: updates.map(({ id, p }) => ({ id, item: p.built })),
      userId,
      at,
    });
    const ids = inserts.length
      ? await insertRecords({ tx, items: inserts.map((p) => p.built), userId, at })
      : [];
    await writeSources({
      tx,
      items: [
        ...updates.map(({ id, kind, p }) => ({ kind, id, meta: p.meta })),
        ...inserts.map((p, i) => ({ kind: p.kind, id: ids[i]!, meta: p.meta })),
      ],
      userId,
      at,
    });
    await writeAudits({ tx, userId, entries: audits });
    for (const p of [...inserts, ...updates.map((u) => u.p)]) report.kinds[p.kind] += 1;
    for (const p of pending) record(p.report);
  };

  const work = async (tx: Tx) => {
    let pending: Pending[] = [];
    let pendingKeys = new Set<string>();
    let progressAt = 0;
    const progress = () => {
      progressAt = report.rows;
      options.onProgress?.({ rows: report.rows, counts: { ...report.counts } });
    };
    for await (const { number, cells } of source.rows) {
      // Rows read so far, also while rejected rows keep the batch from filling.
      if (report.rows - progressAt >= batchSize) progress();
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
      });
      if (pending.length >= batchSize) {
        await flush(tx, pending);
        pending = [];
        pendingKeys = new Set();
        progress();
      }
    }
    await flush(tx, pending);
    progress();
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
          batch: at.toISOString(),
          ...report.counts,
        },
      },
    });
    report.stored = true;
    report.batch = at.toISOString();
  };

  try {
    await db.transaction(work);
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return report;
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
