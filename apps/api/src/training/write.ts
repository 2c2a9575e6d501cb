import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { trainingProgress } from '../db/schema/index.ts';

type ProgressValues = Partial<
  Omit<typeof trainingProgress.$inferInsert, 'id' | 'userId' | 'itemId'>
> & { status: 'in_progress' | 'signoff_requested' | 'completed' };

/** Inserts or updates one person's row for one item. */
export async function upsertProgress({
  db,
  userId,
  itemId,
  values,
}: {
  db: Executor;
  userId: string;
  itemId: string;
  values: ProgressValues;
}): Promise<void> {
  const set = { ...values, updatedAt: new Date() };
  await db
    .insert(trainingProgress)
    .values({ userId, itemId, ...set })
    .onConflictDoUpdate({ target: [trainingProgress.userId, trainingProgress.itemId], set });
}

/** The stored row of one person's item, if any. */
export async function readProgressRow({
  db,
  userId,
  itemId,
}: {
  db: Executor;
  userId: string;
  itemId: string;
}) {
  const [row] = await db
    .select()
    .from(trainingProgress)
    .where(and(eq(trainingProgress.userId, userId), eq(trainingProgress.itemId, itemId)));
  return row;
}

/** Serializes writes of one person's item (attempt counting) inside a transaction. */
export async function lockProgress({
  db,
  userId,
  itemId,
}: {
  db: Executor;
  userId: string;
  itemId: string;
}): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`${userId}:${itemId}`}))`);
}
