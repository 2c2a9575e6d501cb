import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, readdirSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase } from '../db/client.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { defaultDataDir } from '../db/paths.ts';
import {
  libpqTarget,
  maintenanceClient,
  quoteIdent,
  resetSequences,
  tablesInDependencyOrder,
} from './pg.ts';

/**
 * Backup formats, recognised on restore by their first bytes:
 * - `pglite`: PGlite's `dumpDataDir('gzip')`, a gzipped tarball of the whole data directory.
 * - `pg_dump`: `pg_dump -Fc` (PostgreSQL custom format), when pg_dump is on PATH.
 * - `copy`: gzipped text, every public table as `COPY … TO STDOUT` blocks; the fallback when
 *   pg_dump is missing (or `VT_BACKUP_FORMAT=copy`). Restored onto a freshly migrated database.
 */
export type BackupFormat = 'pglite' | 'pg_dump' | 'copy';

export class OpsError extends Error {}

const COPY_HEADER = '-- ventanilla copy backup v1';

export type Target = { databaseUrl?: string | undefined; dataDir?: string | undefined };

function resolveTarget(target: Target): { databaseUrl?: string; dataDir: string } {
  const databaseUrl = target.databaseUrl ?? process.env.DATABASE_URL;
  return databaseUrl
    ? { databaseUrl, dataDir: '' }
    : { dataDir: target.dataDir ?? defaultDataDir() };
}

function run(
  command: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr = (stderr + String(d)).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stderr }));
  });
}

async function onPath(command: string): Promise<boolean> {
  try {
    return (await run(command, ['--version'], {})).code === 0;
  } catch {
    return false;
  }
}

/** Writes a backup of the configured database to `out` (atomically: a temp file, then rename). */
export async function backup({
  out,
  ...target
}: Target & { out: string }): Promise<{ format: BackupFormat; tables?: number }> {
  const { databaseUrl, dataDir } = resolveTarget(target);
  await mkdir(dirname(out), { recursive: true });
  const tmp = `${out}.partial-${process.pid}`;
  try {
    let result: { format: BackupFormat; tables?: number };
    if (!databaseUrl) {
      if (!existsSync(join(dataDir, 'pglite')))
        throw new OpsError(`no PGlite database in ${dataDir} (set DATA_DIR or DATABASE_URL)`);
      const database = await openDatabase({ dataDir });
      try {
        const blob = await database.dumpDataDir!();
        // dumpDataDir('none') in client.ts; gzip it here.
        const raw = Buffer.from(await blob.arrayBuffer());
        await pipeline(
          (async function* () {
            yield raw;
          })(),
          createGzip(),
          createWriteStream(tmp),
        );
      } finally {
        await database.close();
      }
      result = { format: 'pglite' };
    } else if (process.env.VT_BACKUP_FORMAT !== 'copy' && (await onPath('pg_dump'))) {
      const { dbname, env } = libpqTarget(databaseUrl);
      const { code, stderr } = await run(
        'pg_dump',
        ['--format=custom', '--no-owner', '--no-privileges', '--file', tmp, '--dbname', dbname],
        env,
      );
      if (code !== 0) throw new OpsError(`pg_dump failed: ${stderr.trim().split('\n')[0]}`);
      result = { format: 'pg_dump' };
    } else {
      result = { format: 'copy', tables: await copyBackup(databaseUrl, tmp) };
    }
    await rename(tmp, out);
    return result;
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/** Every public table as COPY text, in one repeatable-read snapshot. */
async function copyBackup(databaseUrl: string, file: string): Promise<number> {
  const sql = maintenanceClient(databaseUrl);
  const gzip = createGzip();
  const done = pipeline(gzip, createWriteStream(file));
  const write = (chunk: string | Buffer) =>
    new Promise<void>((resolve, reject) =>
      gzip.write(chunk, (error) => (error ? reject(error) : resolve())),
    );
  try {
    let count = 0;
    await sql.begin('isolation level repeatable read read only', async (tx) => {
      await write(`${COPY_HEADER}\n`);
      for (const table of await tablesInDependencyOrder(tx)) {
        const columns = await tx<{ name: string }[]>`
          select attname as name from pg_attribute
          where attrelid = ${table}::regclass and attnum > 0 and not attisdropped order by attnum`;
        const list = columns.map((c) => quoteIdent(c.name)).join(', ');
        await write(`\\table ${table} ${list}\n`);
        const stream = await tx.unsafe(`copy ${quoteIdent(table)} (${list}) to stdout`).readable();
        // Never pause this stream: when a COPY's reader applies backpressure, postgres.js leaves
        // its socket paused after the copy and the next query waits forever
        // (porsager/postgres#917). Chunks go straight to gzip, which buffers; it drains between
        // tables.
        await new Promise<void>((resolve, reject) => {
          stream.on('data', (chunk: Buffer) => gzip.write(chunk));
          stream.once('end', resolve);
          stream.once('error', reject);
        });
        await write('\\.\n');
        count++;
      }
    });
    gzip.end();
    await done;
    return count;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function sniff(file: string): Promise<BackupFormat> {
  const handle = await open(file, 'r').catch(() => {
    throw new OpsError(`cannot read ${file}`);
  });
  try {
    const head = Buffer.alloc(5);
    await handle.read(head, 0, 5, 0);
    if (head.toString('latin1') === 'PGDMP') return 'pg_dump';
    if (head[0] !== 0x1f || head[1] !== 0x8b) throw new OpsError(`${file} is not a backup`);
  } finally {
    await handle.close();
  }
  // Gzip: a copy backup starts with its header line, a PGlite dump is a tarball.
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()) });
  for await (const line of lines) {
    lines.close();
    return line === COPY_HEADER ? 'copy' : 'pglite';
  }
  throw new OpsError(`${file} is empty`);
}

/**
 * Restores a backup into an empty database (a new DATA_DIR, or a PostgreSQL database without
 * tables), then applies any newer migrations. Refuses to overwrite existing data.
 */
export async function restore({
  file,
  ...target
}: Target & { file: string }): Promise<{ format: BackupFormat }> {
  const format = await sniff(file);
  const { databaseUrl, dataDir } = resolveTarget(target);
  if (!databaseUrl) {
    if (format !== 'pglite')
      throw new OpsError(
        `${file} is a PostgreSQL backup (${format}); set DATABASE_URL to restore it`,
      );
    const pgliteDir = join(dataDir, 'pglite');
    if (existsSync(pgliteDir) && readdirSync(pgliteDir).length > 0)
      throw new OpsError(`${dataDir} already holds a database; restore into an empty DATA_DIR`);
    await mkdir(dataDir, { recursive: true });
    const tar = await new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      createReadStream(file)
        .pipe(createGunzip())
        .on('data', (c: Buffer) => chunks.push(c))
        .on('end', () => resolve(Buffer.concat(chunks)))
        .on('error', () => reject(new OpsError(`${file} is damaged (gzip)`)));
    });
    const client = new PGlite({ dataDir: pgliteDir, loadDataDir: new Blob([tar]) });
    await client.waitReady;
    await client.close();
    await migrateOnly({ dataDir });
    return { format };
  }
  if (format === 'pglite')
    throw new OpsError(`${file} is a PGlite backup; unset DATABASE_URL and set DATA_DIR`);
  const sql = maintenanceClient(databaseUrl);
  try {
    const [{ n } = { n: 0 }] = await sql<{ n: number }[]>`
      select count(*)::int as n from pg_class c join pg_namespace ns on ns.oid = c.relnamespace
      where ns.nspname in ('public', 'drizzle') and c.relkind in ('r', 'p')`;
    if (n > 0)
      throw new OpsError('the target database already has tables; restore into an empty database');
  } finally {
    await sql.end({ timeout: 5 });
  }
  if (format === 'pg_dump') {
    if (!(await onPath('pg_restore'))) throw new OpsError('pg_restore is not on PATH');
    const { dbname, env } = libpqTarget(databaseUrl);
    const { code, stderr } = await run(
      'pg_restore',
      [
        '--no-owner',
        '--no-privileges',
        '--exit-on-error',
        '--single-transaction',
        '--dbname',
        dbname,
        file,
      ],
      env,
    );
    if (code !== 0) throw new OpsError(`pg_restore failed: ${stderr.trim().split('\n')[0]}`);
  } else {
    await copyRestore(databaseUrl, file);
  }
  await migrateOnly({ databaseUrl });
  return { format };
}

async function migrateOnly(target: Target): Promise<void> {
  const database = await openDatabase(target);
  try {
    await migrateDatabase(database);
  } finally {
    await database.close();
  }
}

/** Migrates the empty database, then streams every table back in one transaction. */
async function copyRestore(databaseUrl: string, file: string): Promise<void> {
  // The schema comes from this release's migrations; the backup names its columns, so a backup
  // from an older release loads into the newer tables (new columns take their defaults).
  await migrateOnly({ databaseUrl });
  const sql = maintenanceClient(databaseUrl);
  try {
    await sql.begin(async (tx) => {
      const lines = createInterface({
        input: createReadStream(file).pipe(createGunzip()),
        crlfDelay: Infinity,
      })[Symbol.asyncIterator]();
      const known = new Set(await tablesInDependencyOrder(tx));
      const header = await lines.next();
      if (header.done || header.value !== COPY_HEADER)
        throw new OpsError(`${file} is not a copy backup`);
      for (;;) {
        const next = await lines.next();
        if (next.done) break;
        const [, table, list] = /^\\table (\S+) (.+)$/.exec(next.value) ?? [];
        if (!table || !list || !known.has(table) || !/^"[a-z0-9_]+"(, "[a-z0-9_]+")*$/.test(list))
          throw new OpsError(`${file} is damaged near "${next.value.slice(0, 40)}"`);
        let terminated = false;
        const rows = async function* () {
          for (;;) {
            const line = await lines.next();
            if (line.done) return;
            if (line.value === '\\.') {
              terminated = true;
              return;
            }
            yield `${line.value}\n`;
          }
        };
        const sink = await tx.unsafe(`copy ${quoteIdent(table)} (${list}) from stdin`).writable();
        await pipeline(Readable.from(rows()), sink);
        if (!terminated) throw new OpsError(`${file} is truncated`);
      }
      await resetSequences(tx);
      // The monthly summaries are derived from the records: the COPY into the record tables
      // already fired their triggers, and the backup's own summary rows came on top, so they
      // are recomputed from what was restored (drizzle/0019_summary_triggers.sql).
      await tx`select rebuild_record_summaries()`;
    });
  } finally {
    await sql.end({ timeout: 5 });
  }
}
