import type { Lang } from '@ventanilla/domain';
import { canOnHub } from '../auth/access.ts';
import type { CurrentUser } from '../auth/current-user.ts';
import type { AuditEntry } from '../audit/write.ts';
import type { Tx } from '../db/client.ts';
import type { RecordKind } from '../records/fields.ts';
import { insertRecords } from '../records/save-batch.ts';
import { findLockedPeriods, lockKey, lockedPeriod } from '../reports/lock.ts';
import { changedFields } from '../records/write.ts';
import { canonicalContent, indexStored, matchRow } from './match-stored.ts';
import type { Pending } from './prepare-row.ts';
import type { ImportReport, RowReport } from './report.ts';
import { importMessages, issue } from './row-messages.ts';
import { loadMatches, replaceRecords, writeAudits, writeSources } from './store-batch.ts';

/**
 * Writes one batch of prepared rows: each is matched to the stored record it repeats or edits
 * (§7.6) and inserted, updated or left unchanged, or refused (another record type, changed in
 * the web app since, a hub out of reach, a verified month). Then every row is reported.
 */
export async function applyBatch({
  tx,
  pending,
  user,
  userId,
  at,
  report,
  record,
}: {
  tx: Tx;
  pending: Pending[];
  user: CurrentUser | null;
  userId: string | null;
  at: Date;
  report: ImportReport;
  record: (row: RowReport) => void;
}): Promise<void> {
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
    const match = matchRow(p.meta, index);
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
    if (user && !canOnHub(user, 'record.write', row.hub)) {
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
}
