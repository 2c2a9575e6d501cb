/**
 * Import benchmark (issue 3): N generated rows as a KoBo-style CSV, imported with
 * `runImport` into PostgreSQL and PGlite, next to a plain COPY of the same rows into the same
 * database in the same run. Reports rows/s and peak RSS; 10k vs 100k shows whether memory stays
 * bounded. BENCH_IMPORT_HEAP=1 also samples the live heap (what is left after a full garbage
 * collection, every second): peak RSS includes garbage not yet collected, the live heap does not,
 * but the forced collections slow the run, so its rows/s are not the throughput.
 *
 *   pnpm --filter @ventanilla/bench bench:import            # 10k and 100k
 *   BENCH_IMPORT_ROWS=20000 pnpm --filter @ventanilla/bench bench:import
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:54329/postgres (default; skipped if down)
 *   BENCH_IMPORT_DATABASES=postgres                          # PostgreSQL only
 *   BENCH_IMPORT_HEAP=1 pnpm --filter @ventanilla/bench bench:import   # and the live heap
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { resolvePlan } from '@ventanilla/demo';
import {
  hubs,
  migrateDatabase,
  openDatabase,
  runImport,
  writeKoboFile,
  type Database,
} from '@ventanilla/api/testing';
import { koboRecords } from './support/kobo-records.ts';
import { describeMachine } from './support/timing.ts';

const self = fileURLToPath(import.meta.url);
const pgUrl = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:54329/postgres';

type Result = {
  db: string;
  rows: number;
  mode: string;
  seconds: number;
  rowsPerSecond: number;
  peakRssMb: number;
  /** Only with BENCH_IMPORT_HEAP=1. */
  liveHeapMb: number | null;
};

let peak = 0;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));

const SAMPLE_HEAP = process.env.BENCH_IMPORT_HEAP === '1';

/**
 * The largest heap still in use after a full collection, taken every second while `run` runs
 * and once as it ends: what the work keeps alive, without the garbage that a peak RSS includes
 * until the collector gets to it. (The forced collections slow the run.)
 */
async function liveHeapDuring(run: () => Promise<void>): Promise<number> {
  // V8's own full collection, reachable without starting Node with --expose-gc.
  setFlagsFromString('--expose-gc');
  const fullCollection = runInNewContext('gc') as () => void;
  let live = 0;
  const measure = () => {
    fullCollection();
    live = Math.max(live, process.memoryUsage().heapUsed);
  };
  const timer = setInterval(measure, 1000);
  try {
    await run();
    measure();
  } finally {
    clearInterval(timer);
  }
  return live;
}

/** One measurement in this (child) process: import or COPY into a fresh database. */
async function child(
  kind: 'pglite' | 'postgres',
  mode: 'import' | 'copy',
  file: string,
  rows: number,
) {
  const today = '2026-03-15';
  let database: Database;
  let dropDb: (() => Promise<void>) | null = null;
  let dataDir: string | null = null;
  let childUrl = '';
  if (kind === 'postgres') {
    const name = `bench_import_${process.pid}`;
    const admin = postgres(pgUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${name}`);
    await admin.unsafe(`create database ${name}`);
    const url = new URL(pgUrl);
    url.pathname = `/${name}`;
    childUrl = url.toString();
    database = await openDatabase({ databaseUrl: childUrl });
    dropDb = async () => {
      await admin.unsafe(`drop database if exists ${name}`);
      await admin.end();
    };
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'vt-bench-pglite-'));
    database = await openDatabase({ dataDir });
  }
  await migrateDatabase(database);
  const plan = resolvePlan({ seed: 42, cases: rows, months: 24, today });
  await database.db.insert(hubs).values(
    plan.hubs.map((h) => ({
      code: h.code,
      name: h.name,
      country: h.country,
      type: h.type,
      active: h.active,
    })),
  );
  const timer = setInterval(sample, 50);
  peak = 0;
  sample();
  const start = performance.now();
  const work = async () => {
    if (mode === 'import') {
      const report = await runImport({
        db: database.db,
        actor: { user: null },
        input: createReadStream(file),
        options: { today },
      });
      if (report.counts.inserted !== rows)
        throw new Error(`imported ${JSON.stringify(report.counts)}`);
    } else {
      // The baseline: the same rows as one text column each, streamed with COPY.
      await database.db.execute(sql`create table bench_copy (line text)`);
      await copyFile(database, file, childUrl);
    }
  };
  const liveHeap = SAMPLE_HEAP ? await liveHeapDuring(work) : (await work(), null);
  const seconds = (performance.now() - start) / 1000;
  clearInterval(timer);
  sample();
  await database.close();
  await dropDb?.();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  const result: Result = {
    db: kind,
    rows,
    mode,
    seconds: Number(seconds.toFixed(2)),
    rowsPerSecond: Math.round(rows / seconds),
    peakRssMb: Math.round(peak / 2 ** 20),
    liveHeapMb: liveHeap === null ? null : Math.round(liveHeap / 2 ** 20),
  };
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

async function copyFile(database: Database, file: string, url: string) {
  if (database.kind === 'postgres') {
    const sqlClient = postgres(url, { max: 1 });
    const writable =
      await sqlClient`copy bench_copy (line) from stdin with (format text)`.writable();
    const { pipeline } = await import('node:stream/promises');
    const { Transform } = await import('node:stream');
    await pipeline(
      createReadStream(file),
      new Transform({
        transform(chunk: Buffer, _enc, done) {
          // Escape backslashes for COPY text format; one line per row.
          done(null, chunk.toString('utf8').replaceAll('\\', '\\\\'));
        },
      }),
      writable,
    );
    await sqlClient.end();
    return;
  }
  // PGlite: COPY FROM '/dev/blob' with the file as a Blob.
  const { openAsBlob } = await import('node:fs');
  const blob = await openAsBlob(file);
  const client = (
    database.db as unknown as {
      $client: { query: (q: string, p?: unknown[], o?: unknown) => Promise<unknown> };
    }
  ).$client;
  await client.query(`copy bench_copy (line) from '/dev/blob' with (format text)`, [], { blob });
}

async function main() {
  const [, , role, kind, mode, file, rows] = process.argv;
  if (role === 'child') return child(kind as never, mode as never, file!, Number(rows));
  const sizes = process.env.BENCH_IMPORT_ROWS
    ? process.env.BENCH_IMPORT_ROWS.split(',').map(Number)
    : [10_000, 100_000];
  // BENCH_IMPORT_DATABASES=postgres skips PGlite (and the reverse).
  const databases = (process.env.BENCH_IMPORT_DATABASES ?? 'postgres,pglite')
    .split(',')
    .filter((k): k is 'postgres' | 'pglite' => k === 'postgres' || k === 'pglite');
  // The Node version matters: the same import spends its time differently on Node 20 and 24.
  process.stdout.write(`${describeMachine()}\n`);
  const dir = mkdtempSync(join(tmpdir(), 'vt-bench-import-'));
  let pgUp = true;
  try {
    const probe = postgres(pgUrl, { max: 1, connect_timeout: 3, onnotice: () => {} });
    await probe`select 1`;
    await probe.end();
  } catch {
    pgUp = false;
    process.stdout.write(`PostgreSQL not reachable at ${pgUrl}: PGlite only\n`);
  }
  const results: Result[] = [];
  for (const n of sizes) {
    const file = join(dir, `kobo-${n}.csv`);
    await writeKoboFile({
      path: file,
      records: koboRecords(n, '2026-03-15'),
      style: { format: 'csv', groups: true, multiple: 'both' },
    });
    for (const kind of databases.filter((k) => pgUp || k === 'pglite')) {
      for (const mode of ['copy', 'import'] as const) {
        const run = spawnSync(
          process.execPath,
          ['--import', 'tsx', self, 'child', kind, mode, file, String(n)],
          {
            encoding: 'utf8',
            env: process.env,
            maxBuffer: 1 << 26,
          },
        );
        const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '));
        if (!line) {
          process.stderr.write(run.stderr);
          throw new Error(`bench child failed: ${kind} ${mode} ${n}`);
        }
        const result = JSON.parse(line.slice(7)) as Result;
        results.push(result);
        process.stdout.write(
          `${kind.padEnd(8)} ${mode.padEnd(6)} ${String(n).padStart(7)} rows  ${String(result.seconds).padStart(7)} s  ${String(result.rowsPerSecond).padStart(7)} rows/s  peak RSS ${result.peakRssMb} MB${result.liveHeapMb === null ? '' : `  live heap ${result.liveHeapMb} MB`}\n`,
        );
      }
    }
  }
  process.stdout.write(
    '\n| database | rows | COPY rows/s | import rows/s | COPY ÷ import | import peak RSS (MB) | import live heap (MB) |\n|---|---|---|---|---|---|---|\n',
  );
  for (const r of results.filter((x) => x.mode === 'import')) {
    const copy = results.find((x) => x.mode === 'copy' && x.db === r.db && x.rows === r.rows)!;
    process.stdout.write(
      `| ${r.db} | ${r.rows} | ${copy.rowsPerSecond} | ${r.rowsPerSecond} | ${(copy.rowsPerSecond / r.rowsPerSecond).toFixed(1)} | ${r.peakRssMb} | ${r.liveHeapMb ?? '—'} |\n`,
    );
  }
  rmSync(dir, { recursive: true, force: true });
}

await main();
