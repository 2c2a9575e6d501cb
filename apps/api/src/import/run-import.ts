import { resolveHeaders, templateExampleSkipped, type Lang, type Option } from '@ventanilla/domain';
import { setImmediate as nextMacrotask } from 'node:timers/promises';
import type { CurrentUser } from '../auth/current-user.ts';
import { deferSummaries, flushSummaries } from '../analytics/summary-deferral.ts';
import { writeAudit } from '../audit/write.ts';
import type { Db, Tx } from '../db/client.ts';
import { hubs } from '../db/schema/index.ts';
import { applyBatch } from './apply-batch.ts';
import { rowKeys } from './match-stored.ts';
import { prepareRow, type Pending, type RowSetting } from './prepare-row.ts';
import { openRowSource } from './read-rows.ts';
import { emptyCounts, type ImportReport, type Outcome, type RowReport } from './report.ts';
import { unknownForcedHub } from './row-messages.ts';

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
    templateExampleRows: [],
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
  const setting: RowSetting = {
    plan,
    dateSystem: source.dateSystem,
    hubOptions,
    lookupHub,
    today,
    forcedHub,
    user: actor.user,
    seenUuids: new Set(),
  };

  const record = (row: RowReport) => {
    report.counts[row.outcome] += 1;
    const notable =
      row.outcome !== 'inserted' && row.outcome !== 'updated' && row.outcome !== 'unchanged';
    if (!notable && row.issues.length === 0) return;
    options.onRow?.(row);
    if (report.details.length < detailLimit) report.details.push(row);
    else report.detailsOmitted += 1;
  };
  const flush = (tx: Tx, pending: Pending[]) =>
    applyBatch({ tx, pending, user: actor.user, userId, at, report, record });

  const work = async (tx: Tx) => {
    // One summary merge for the whole import instead of one per batch (issue 17 item 6).
    await deferSummaries(tx);
    let pending: Pending[] = [];
    let pendingKeys = new Set<string>();
    let progressAt = 0;
    const progress = () => {
      progressAt = report.rows;
      options.onProgress?.({ rows: report.rows, counts: { ...report.counts } });
    };
    // Double buffering: one batch is written while the next is read and checked, so the
    // domain work and the database overlap. Never more than one batch in flight (memory stays
    // bounded), and batches still reach the database in file order (each one's §7.6 lookup
    // sees every earlier one).
    let inFlight: Promise<void> | null = null;
    // Rejected rows read while a batch is in flight: reported after it, as if unbuffered.
    let waiting: RowReport[] = [];
    const settle = async () => {
      if (inFlight) await inFlight;
      inFlight = null;
    };
    const send = async (batch: Pending[], after?: () => void) => {
      await settle();
      const early = waiting;
      waiting = [];
      const write = async () => {
        for (const row of early) record(row);
        await flush(tx, batch);
        after?.();
      };
      inFlight = write();
      // Surfaced by the next `settle`; no unhandled rejection meanwhile.
      inFlight.catch(() => {});
    };
    try {
      for await (const row of source.rows) {
        // Rows read so far, also while rejected rows keep the batch from filling.
        if (report.rows - progressAt >= batchSize) progress();
        report.rows += 1;
        // Once batches are being written, let the one in flight send its next statement: a chunk
        // of the file holds many rows, read in microtasks, and the database's answers wait for a
        // macrotask. (Cheap when the write has already finished.)
        if (inFlight && report.rows % 8 === 0) await nextMacrotask();
        const prepared = await prepareRow(setting, row);
        if ('templateExample' in prepared) {
          report.templateExampleRows.push(prepared.templateExample);
          continue;
        }
        if ('rejected' in prepared) {
          if (!inFlight && !waiting.length) record(prepared.rejected);
          else waiting.push(prepared.rejected);
          if (waiting.length >= batchSize) await send([]);
          continue;
        }
        const { pending: next } = prepared;
        const keys = rowKeys(next.meta);
        if (keys.some((k) => pendingKeys.has(k))) {
          await send(pending);
          pending = [];
          pendingKeys = new Set();
        }
        for (const k of keys) pendingKeys.add(k);
        pending.push(next);
        if (pending.length >= batchSize) {
          await send(pending, progress);
          pending = [];
          pendingKeys = new Set();
        }
      }
      await send(pending);
      await settle();
    } finally {
      // Nothing may reach the connection after the transaction ends (a statement sent after
      // ROLLBACK would commit on its own): wait for the batch in flight, even on an error.
      await (inFlight as Promise<void> | null)?.catch(() => {});
    }
    progress();
    if (report.templateExampleRows.length)
      report.fileWarnings.push(templateExampleSkipped({ rows: report.templateExampleRows }));
    const keep = !report.dryRun && (report.counts.rejected === 0 || report.acceptValid);
    if (!keep) throw new Rollback();
    await flushSummaries(tx);
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

export type { Lang };
