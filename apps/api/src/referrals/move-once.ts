import { and, eq } from 'drizzle-orm';
import type { Context } from '../context.ts';
import type { Executor } from '../db/client.ts';
import { recordClientKeys } from '../db/schema/index.ts';
import { clientKeyPattern, isDuplicateKey } from '../records/client-key.ts';

/**
 * Idempotent referral moves (issue 16 item 3): a close queued on a device without a connection is
 * sent with a random key. The key is kept with the referral's id in `record_client_keys` (kind
 * `referral_move`, per user) inside the move's own transaction, so a retry after a lost answer
 * finds it and answers with the referral as it is now, instead of a confusing "a closed referral
 * cannot be closed" or a second write.
 */
export const REFERRAL_MOVE_KEY = 'referral_move';

/** The refusal of a malformed key, or null when the key is absent or well formed. */
export function clientKeyIssue(lang: 'es' | 'en', clientKey: string | null | undefined) {
  if (clientKey === null || clientKey === undefined || clientKeyPattern.test(clientKey))
    return null;
  return {
    kind: 'ValidationFailed' as const,
    message:
      lang === 'en'
        ? 'The client key must be 8 to 64 letters, digits, "-" or "_".'
        : 'La clave del cliente debe tener de 8 a 64 letras, dígitos, «-» o «_».',
    issues: [],
  };
}

/** The referral a key was first used on by this user, or null when the key is new. */
export async function findMoveKey(
  db: Executor,
  { userId, clientKey }: { userId: string; clientKey: string },
): Promise<{ referralId: string } | { otherUse: true } | null> {
  const [row] = await db
    .select({ kind: recordClientKeys.kind, recordId: recordClientKeys.recordId })
    .from(recordClientKeys)
    .where(and(eq(recordClientKeys.userId, userId), eq(recordClientKeys.clientKey, clientKey)));
  if (!row) return null;
  return row.kind === REFERRAL_MOVE_KEY ? { referralId: row.recordId } : { otherUse: true };
}

/** Ties the key to the referral in the move's transaction (a raced twin fails on the primary key). */
export async function claimMoveKey(
  tx: Executor,
  { userId, clientKey, referralId }: { userId: string; clientKey: string; referralId: string },
): Promise<void> {
  await tx
    .insert(recordClientKeys)
    .values({ userId, clientKey, kind: REFERRAL_MOVE_KEY, recordId: referralId });
}

/**
 * Runs `move` at most once per key: a key already used on this referral answers `replay()` (the
 * referral as it is now), a key used on something else answers `notFound()`, and a request that
 * loses a race on the same key answers like a retry. Without a key it is a plain move.
 */
export async function moveOnce<R>({
  ctx,
  referralId,
  clientKey,
  move,
  replay,
  notFound,
}: {
  ctx: Context;
  referralId: string;
  clientKey: string | null | undefined;
  move: (claim: ((tx: Executor) => Promise<void>) | null) => Promise<R>;
  replay: () => Promise<R>;
  notFound: () => R;
}): Promise<R> {
  if (clientKey === null || clientKey === undefined) return move(null);
  const userId = ctx.user!.id;
  const earlier = async () => {
    const first = await findMoveKey(ctx.db, { userId, clientKey });
    if (!first) return null;
    return 'referralId' in first && first.referralId === referralId ? replay() : notFound();
  };
  const answered = await earlier();
  if (answered) return answered;
  try {
    return await move((tx) => claimMoveKey(tx, { userId, clientKey, referralId }));
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    return (await earlier()) ?? notFound();
  }
}
