import type { Executor } from '../db/client.ts';
import { auditLog } from '../db/schema/index.ts';

/** One audit entry. `detail` must never carry personal data (no names, free text, contacts). */
export type AuditEntry = {
  action: string;
  entity: string;
  entityId?: string | null;
  hub?: string | null;
  detail?: Record<string, unknown>;
};

/** Appends to the audit log (inside the caller's transaction when `db` is one). */
export async function writeAudit({
  db,
  userId,
  entry,
}: {
  db: Executor;
  userId: string | null;
  entry: AuditEntry;
}): Promise<void> {
  await db.insert(auditLog).values({
    userId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    hub: entry.hub ?? null,
    detail: entry.detail ?? {},
  });
}
