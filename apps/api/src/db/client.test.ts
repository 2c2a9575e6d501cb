import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canStartPostgres, startThrowawayPostgres } from '../hardening/throwaway-pg.ts';
import { openDatabase } from './client.ts';

/**
 * DATABASE_URL with `?host=<socket directory>` (libpq's spelling, README "Using PostgreSQL"):
 * the API connects over the unix socket in that directory, the URL's port naming the socket.
 */
describe.runIf(canStartPostgres)('DATABASE_URL ?host= (unix socket)', () => {
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
});
