import { sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';

/**
 * An import's summary maintenance, once per import instead of once per batch statement
 * (issue 17 item 6; migration 0020, summary-sql.ts `deferralFunctions`). Until `flushSummaries`,
 * the triggers of this transaction only add each statement's cell delta to a temporary table;
 * the flush merges them by cell into the summaries. Transaction-local: every other transaction
 * and write path keeps per-statement maintenance, and a commit without the flush flushes.
 */
export async function deferSummaries(tx: Tx): Promise<void> {
  await tx.execute(sql`select defer_record_summaries()`);
}

/** Merges the deferred deltas into the summaries; later statements apply their own again. */
export async function flushSummaries(tx: Tx): Promise<void> {
  await tx.execute(sql`select flush_record_summaries()`);
}
