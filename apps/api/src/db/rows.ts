import type { SQL } from 'drizzle-orm';
import type { Executor } from './client.ts';

/** Runs raw SQL and returns its rows on both drivers (PGlite answers {rows}, postgres.js an array). */
export async function queryRows<T extends Record<string, unknown>>(
  db: Executor,
  query: SQL,
): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
