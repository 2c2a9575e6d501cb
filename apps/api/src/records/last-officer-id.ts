import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { activities, auditLog, cases } from '../db/schema/index.ts';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/**
 * The officer ID (FORM.md §2.2) of the newest case or activity this user created through the
 * API (form or offline sync), so the form can offer it again. Found through the audit log, which
 * is indexed by user (the record tables are not indexed by creator); imports write one audit row
 * per file, so IDs of other officers in a KoBo export are never offered. A deleted record is
 * skipped for the one before it.
 */
export async function readLastOfficerId({
  db,
  userId,
}: {
  db: Executor;
  userId: string;
}): Promise<string | null> {
  const created = await db
    .select({ entity: auditLog.entity, entityId: auditLog.entityId })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.userId, userId),
        eq(auditLog.action, 'create'),
        inArray(auditLog.entity, ['case', 'activity']),
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(20);
  for (const { entity, entityId } of created) {
    if (!entityId || !uuidPattern.test(entityId)) continue;
    const table = entity === 'case' ? cases : activities;
    const [row] = await db
      .select({ officerId: table.officer_id })
      .from(table)
      .where(eq(table.id, entityId))
      .limit(1);
    if (row) return row.officerId;
  }
  return null;
}
