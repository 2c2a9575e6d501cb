import { canOnHub, hasPersonalDataClearance } from '../auth/access.ts';
import type { Context } from '../context.ts';
import { forbidden, notFound, type ForbiddenShape, type NotFoundShape } from '../schema/results.ts';
import type { RecordKind } from './fields.ts';
import { loadRecordRow, type ActivityRow, type CaseRow } from './write.ts';

type Refused = NotFoundShape | ForbiddenShape;

/**
 * A record as the caller may read it: NotFound, Forbidden (outside the caller's hubs), or the
 * row, with the read of a case's personal data written to the audit log. The one read rule for
 * `case`/`activity` and for an idempotent write's replay (client-key.ts), so that a replay never
 * shows more than a read would.
 */
export async function readRecord(
  ctx: Context,
  kind: 'case',
  id: string,
): Promise<CaseRow | Refused>;
export async function readRecord(
  ctx: Context,
  kind: 'activity',
  id: string,
): Promise<ActivityRow | Refused>;
export async function readRecord(
  ctx: Context,
  kind: RecordKind,
  id: string,
): Promise<CaseRow | ActivityRow | Refused>;
export async function readRecord(ctx: Context, kind: RecordKind, id: string) {
  const row =
    kind === 'case'
      ? await loadRecordRow(ctx.db, 'case', id)
      : await loadRecordRow(ctx.db, 'activity', id);
  if (!row) return notFound(ctx.lang);
  if (!canOnHub(ctx.user!, 'record.read', row.hub)) return forbidden(ctx.lang);
  if (kind === 'case' && hasPersonalDataClearance(ctx.user!.role))
    await ctx.audit({ action: 'read', entity: 'case', entityId: row.id, hub: row.hub });
  return row;
}

/** Whether `readRecord` refused. */
export function isRefused<R extends object>(value: R | Refused): value is Refused {
  return 'kind' in value && (value.kind === 'NotFound' || value.kind === 'Forbidden');
}
