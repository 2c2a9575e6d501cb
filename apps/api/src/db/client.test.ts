import { eq, sql } from 'drizzle-orm';
import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canStartPostgres, startThrowawayPostgres } from '../hardening/throwaway-pg.ts';
import { openDatabase, type Executor } from './client.ts';
import { queryRows } from './rows.ts';

/**
 * DATABASE_URL with `?host=<socket directory>` (libpq's spelling, README "Using PostgreSQL"):
 * the API connects over the unix socket in that directory, the URL's port naming the socket.
 */
describe.runIf(canStartPostgres)('openDatabase on PostgreSQL', () => {
  let pg: Awaited<ReturnType<typeof startThrowawayPostgres>>;
  beforeAll(async () => {
    pg = await startThrowawayPostgres();
  }, 120_000);
  afterAll(() => pg?.stop());

  /** The server address of the connection: null over a unix socket. */
  async function serverAddress(databaseUrl: string): Promise<string | null> {
    const database = await openDatabase({ databaseUrl });
    try {
      // postgres.js answers an array of rows.
      const rows = (await database.db.execute(
        sql`select host(inet_server_addr()) as addr`,
      )) as unknown as { addr: string | null }[];
      return rows[0]!.addr;
    } finally {
      await database.close();
    }
  }

  it('connects through the socket directory given as ?host=', async () => {
    expect(await serverAddress(pg.url)).toBe('127.0.0.1');
    const url = `postgres://postgres@localhost:${pg.port}/postgres?host=${encodeURIComponent(pg.socketDir)}`;
    expect(await serverAddress(url)).toBeNull();
  });

  it('reads ?host= rather than the URL host: a directory without the socket fails', async () => {
    const url = `postgres://postgres@localhost:${pg.port}/postgres?host=/nonexistent-socket-dir`;
    const failure = await serverAddress(url).then(
      () => null,
      (error: Error) => error.cause as NodeJS.ErrnoException,
    );
    expect(failure?.code).toBe('ENOENT');
    expect(failure?.message).toContain('/nonexistent-socket-dir/.s.PGSQL.');
  });

  /**
   * Every parameterized statement is a named prepared statement of its connection, on the pool,
   * in a transaction and in a savepoint (prepared-statements.ts): one round trip after the first
   * use instead of a describe and an execute each time.
   */
  it('prepares the statements of the pool, of transactions and of savepoints', async () => {
    const probe = pgTable('prepared_probe', { id: integer('id').primaryKey(), note: text('note') });
    const database = await openDatabase({ databaseUrl: pg.url });
    const prepared = async (db: Executor) =>
      (
        await queryRows<{ statement: string }>(
          db,
          sql`select statement from pg_prepared_statements where statement like '%prepared_probe%'`,
        )
      ).map((r) => r.statement.replace(/\s+/g, ' '));
    try {
      const { db } = database;
      await db.execute(sql`create table prepared_probe (id int primary key, note text)`);
      // Awaited one after the other, these run on the pool's one open connection.
      await db.select().from(probe).where(eq(probe.id, 1));
      await db.select().from(probe).where(eq(probe.id, 2));
      expect(await prepared(db)).toEqual([
        'select "id", "note" from "prepared_probe" where "prepared_probe"."id" = $1',
      ]);
      await db.transaction(async (tx) => {
        await tx.insert(probe).values({ id: 1, note: 'a' });
        await tx.transaction(async (savepoint) => {
          await savepoint.update(probe).set({ note: 'b' }).where(eq(probe.id, 1));
        });
        const inTransaction = await prepared(tx);
        expect(inTransaction.filter((s) => s.startsWith('insert'))).toHaveLength(1);
        expect(inTransaction.filter((s) => s.startsWith('update'))).toHaveLength(1);
      });
      expect(await db.select().from(probe)).toEqual([{ id: 1, note: 'b' }]);
    } finally {
      await database.close();
    }
  });
});
