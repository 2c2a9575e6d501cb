import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
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

const dialect = new PgDialect();

type PostgresClient = {
  unsafe: (text: string, params: unknown[], options: { prepare: boolean }) => Promise<unknown>;
};

/**
 * `queryRows` as a named prepared statement when `db` is the PostgreSQL pool itself (not a
 * transaction): PostgreSQL parses and plans a hot statement once per connection instead of on
 * every call. Used by the analytics queries and the session check; PGlite and transactions run
 * as usual. Statement texts vary with the filter's shape, but postgres.js recycles each pooled
 * connection after 30–60 minutes (`max_lifetime`), which bounds what a backend keeps prepared.
 */
export async function queryRowsPrepared<T extends Record<string, unknown>>(
  db: Executor,
  query: SQL,
): Promise<T[]> {
  const client = (db as { $client?: Partial<PostgresClient> }).$client;
  if (typeof client?.unsafe !== 'function') return queryRows<T>(db, query);
  const { sql, params } = dialect.sqlToQuery(query);
  return (await (client as PostgresClient).unsafe(sql, params, { prepare: true })) as T[];
}
