import { and, eq } from 'drizzle-orm';
import type { Context } from '../context.ts';
import type { Executor } from '../db/client.ts';
import { recordClientKeys, type StoredViolation } from '../db/schema/index.ts';
import {
  notFound,
  type ForbiddenShape,
  type IssueShape,
  type NotFoundShape,
  type ValidationFailedShape,
} from '../schema/results.ts';
import type { RecordKind } from './fields.ts';
import { isRefused, readRecord } from './read.ts';
import { toIssue } from './write.ts';

/** What a client key may look like: a UUID or any 8–64 URL-safe characters. */
export const clientKeyPattern = /^[A-Za-z0-9_-]{8,64}$/;

/** The record stored the first time this user sent this key, or null. */
export async function findClientKey(
  db: Executor,
  { userId, clientKey }: { userId: string; clientKey: string },
): Promise<{ kind: RecordKind; recordId: string } | null> {
  const [row] = await db
    .select({ kind: recordClientKeys.kind, recordId: recordClientKeys.recordId })
    .from(recordClientKeys)
    .where(and(eq(recordClientKeys.userId, userId), eq(recordClientKeys.clientKey, clientKey)));
  return row ? { kind: row.kind as RecordKind, recordId: row.recordId } : null;
}

/**
 * Ties the key to the record, inside the record's own transaction: a second request racing with
 * the same key fails on the primary key and rolls its record back (see `isDuplicateKey`).
 */
export async function claimClientKey(
  tx: Executor,
  input: { userId: string; clientKey: string; kind: RecordKind; recordId: string },
): Promise<void> {
  await tx.insert(recordClientKeys).values(input);
}

/** Whether an error is the unique violation of a raced client key (PostgreSQL 23505). */
export function isDuplicateKey(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (code === '23505') return true;
  }
  return false;
}

type Saved<R> = { kind: 'saved'; row: R; warnings: IssueShape[] };

/**
 * Writes a new record at most once per client key: a key already used answers with the record
 * stored the first time (its stored warnings), and a request that loses a race on the same key
 * answers the same way. Without a key it is a plain write. The replay is a read (records/read.ts):
 * a record deleted since answers NotFound (a retry never brings it back), one moved outside the
 * caller's hubs Forbidden, and a case's personal data read this way is audited.
 */
export async function writeOnce<R extends { warnings: StoredViolation[] }, F>({
  ctx,
  kind,
  clientKey,
  write,
}: {
  ctx: Context;
  kind: RecordKind;
  clientKey: string | null | undefined;
  write: (clientKey?: string) => Promise<Saved<R> | F>;
}): Promise<Saved<R> | F | NotFoundShape | ForbiddenShape | ValidationFailedShape> {
  if (clientKey === null || clientKey === undefined) return write();
  if (!clientKeyPattern.test(clientKey))
    return {
      kind: 'ValidationFailed',
      message:
        ctx.lang === 'en'
          ? 'The client key must be 8 to 64 letters, digits, "-" or "_".'
          : 'La clave del cliente debe tener de 8 a 64 letras, dígitos, «-» o «_».',
      issues: [],
    };
  const userId = ctx.user!.id;
  // A replay answers exactly as a read of the stored record by this caller would: the record may
  // have moved to another hub, or been deleted, since the key was first used.
  const replay = async () => {
    const first = await findClientKey(ctx.db, { userId, clientKey });
    if (!first) return null;
    if (first.kind !== kind) return notFound(ctx.lang);
    const read = await readRecord(ctx, kind, first.recordId);
    if (isRefused(read)) return read;
    return {
      kind: 'saved' as const,
      row: read as unknown as R,
      warnings: read.warnings.map((w) => toIssue(w as never, ctx.lang)),
    };
  };
  const earlier = await replay();
  if (earlier) return earlier;
  try {
    return await write(clientKey);
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    return (await replay()) ?? notFound(ctx.lang);
  }
}
