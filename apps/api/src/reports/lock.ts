import { sql } from 'drizzle-orm';
import type { Lang } from '@ventanilla/domain';
import { describeLockedPeriod, isReportLocking } from '@ventanilla/domain/reports/index';
import type { Executor } from '../db/client.ts';
import { queryRows } from '../db/rows.ts';

/** The typed LOCKED_PERIOD answer (API.md). */
export type LockedPeriodShape = {
  kind: 'LockedPeriod';
  code: 'LOCKED_PERIOD';
  message: string;
  hub: string;
  month: string;
};

/** A hub-month a write touches: the record before (edits, deletes) and after (creates, edits). */
export type LockTarget = { hub: string; month: string } | null | undefined;

const keyOf = (t: { hub: string; month: string }) => `${t.hub}|${t.month}`;

export function lockedPeriod({
  hub,
  month,
  lang,
}: {
  hub: string;
  month: string;
  lang: Lang;
}): LockedPeriodShape {
  return {
    kind: 'LockedPeriod',
    code: 'LOCKED_PERIOD',
    message: describeLockedPeriod({ hub, month })[lang],
    hub,
    month,
  };
}

/**
 * THE locking check of every record write (GraphQL mutations and the importer): which of the
 * given hub-months have a verified report. One query; run it inside the write's transaction:
 * `for share` waits for a verification in progress and keeps the report from being verified
 * until the write commits, so a verification snapshot never misses a concurrent write.
 */
export async function findLockedPeriods({
  db,
  targets,
}: {
  db: Executor;
  targets: readonly LockTarget[];
}): Promise<Set<string>> {
  const wanted = new Map<string, { hub: string; month: string }>();
  for (const t of targets) if (t && t.hub && t.month) wanted.set(keyOf(t), t);
  if (!wanted.size) return new Set();
  const list = [...wanted.values()];
  const rows = await queryRows<{ hub: string; month: string; status: string }>(
    db,
    sql`select hub, month, status from monthly_reports
        where (hub, month) in (${sql.join(
          list.map((t) => sql`(${t.hub}, ${t.month})`),
          sql`, `,
        )})
        for share`,
  );
  return new Set(rows.filter((r) => isReportLocking(r.status as never)).map((r) => keyOf(r)));
}

/** For one write: the LockedPeriod answer for the first locked hub-month it touches, or null. */
export async function checkLockedPeriod({
  db,
  lang,
  targets,
}: {
  db: Executor;
  lang: Lang;
  targets: readonly LockTarget[];
}): Promise<LockedPeriodShape | null> {
  const locked = await findLockedPeriods({ db, targets });
  const hit = targets.find((t) => t && locked.has(keyOf(t)));
  return hit ? lockedPeriod({ hub: hit.hub, month: hit.month, lang }) : null;
}

export const lockKey = keyOf;
