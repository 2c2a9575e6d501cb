import { accessSync, constants, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema/index.ts';
import { defaultDataDir } from './paths.ts';
import { preparingStatements } from './prepared-statements.ts';

export type Schema = typeof schema;
/** The one drizzle API the code uses, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Executor = Db | Tx;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Where the data lives, for messages (never contains a password). */
  location: string;
  close(): Promise<void>;
  /** PGlite only: a tarball of the data directory (tests clone a migrated template from it). */
  dumpDataDir?: () => Promise<Blob>;
};

export type OpenDatabaseOptions = {
  /** postgres://… ; when absent, PGlite is used. */
  databaseUrl?: string | undefined;
  /** PGlite data directory; `memory://` for an in-memory database. */
  dataDir?: string | undefined;
  /** A PGlite data-dir dump to start from (tests). */
  loadDataDir?: Blob | undefined;
};

/** Opens PGlite in DATA_DIR, or PostgreSQL through postgres.js when DATABASE_URL is set. */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL;
  if (databaseUrl) return openPostgres(databaseUrl);
  return openPglite(options.dataDir ?? defaultDataDir(), options.loadDataDir);
}

/**
 * The planner's cost of a random page read, for every connection the API opens. PostgreSQL's
 * default (4) assumes spinning disks: over a year of analytics it then prefers heap scans to the
 * index-only scans of cases_analytics_idx, 2–3× slower with the index cached (docs/benchmarks.md).
 * 1.1 is the usual value for SSDs and cached data.
 */
const RANDOM_PAGE_COST = 1.1;

async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) ensureWritableDir(dataDir);
  const client = new PGlite({
    ...(inMemory ? {} : { dataDir: join(dataDir, 'pglite') }),
    ...(loadDataDir ? { loadDataDir } : {}),
  });
  await client.waitReady;
  await client.exec(`set random_page_cost = ${RANDOM_PAGE_COST}`);
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    location: inMemory ? 'memory' : dataDir,
    close: () => client.close(),
    dumpDataDir: async () => (await client.dumpDataDir('none')) as Blob,
  };
}

function ensureWritableDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unknown error';
    throw new Error(
      `Data directory ${dir} is not writable (${reason}); set DATA_DIR to a writable directory`,
      { cause: error },
    );
  }
}

async function openPostgres(databaseUrl: string): Promise<Database> {
  const url = new URL(databaseUrl);
  // ?host=<socket directory> (libpq's spelling): postgres.js would send it to the server as a
  // setting, which the server refuses; it takes the socket directory as the host option.
  const socketHost = url.searchParams.get('host');
  const extra: postgres.Options<Record<string, never>> = {
    onnotice: () => {},
    max: 10,
    connection: { random_page_cost: RANDOM_PAGE_COST },
  };
  if (socketHost) {
    url.searchParams.delete('host');
    extra.host = socketHost;
    if (url.port) extra.port = Number(url.port);
  }
  const client = postgres(url.toString(), extra);
  const db = drizzlePostgres({ client: preparingStatements(client), schema }) as unknown as Db;
  url.password = '';
  return {
    db,
    kind: 'postgres',
    location: `${url.host}${url.pathname}`,
    close: () => client.end({ timeout: 5 }),
  };
}
