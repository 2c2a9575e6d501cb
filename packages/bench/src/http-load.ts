/**
 * Load test (issue 8): autocannon on loopback against the real API with LOAD_CONNECTIONS (100)
 * authenticated clients, each with its own session, mixing reads and writes for
 * LOAD_DURATION seconds (60). PostgreSQL at BENCH_DATABASE_URL (a fresh database on it), else
 * PGlite in a temporary directory. The API runs in its own process so its RSS is measured
 * alone. Prints requests/s, latency p50/p99, errors, and the API's RSS before, during, after.
 *
 *   pnpm --filter @ventanilla/bench bench:load
 *   LOAD_DURATION=10 LOAD_CONNECTIONS=50 pnpm --filter @ventanilla/bench bench:load
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { exampleCase } from '@ventanilla/domain';
import { logIn } from '@ventanilla/testkit';
import {
  adminUrl,
  createApi,
  databaseUrlFor,
  hashPassword,
  migrateDatabase,
  openDatabase,
  seedDemo,
  userHubs,
  users,
} from '@ventanilla/api/testing';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const DURATION = env('LOAD_DURATION', 60);
const CONNECTIONS = env('LOAD_CONNECTIONS', 100);
const password = 'load-password-2026';
const self = fileURLToPath(import.meta.url);

/** Child mode: serve the API on a free port and print `READY <url>` (RSS measured from outside). */
async function serve(target: { databaseUrl?: string; dataDir?: string }) {
  process.env.VT_SILENT = '1';
  const database = await openDatabase(target);
  const api = await createApi({ database });
  const url = await api.listen(0, '127.0.0.1');
  process.stdout.write(`READY ${url}\n`);
  // SIGUSR2: collect garbage and report the live heap (started with --expose-gc).
  process.on('SIGUSR2', () => {
    (globalThis as { gc?: () => void }).gc?.();
    process.stdout.write(`HEAP ${Math.round(process.memoryUsage().heapUsed / 1048576)}\n`);
  });
  process.on('SIGTERM', () => {
    void api.stop().then(() => database.close().then(() => process.exit(0)));
  });
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

async function prepare(): Promise<{
  target: { databaseUrl?: string; dataDir?: string };
  cleanup: () => Promise<void>;
  kind: string;
}> {
  const pgUrl = process.env.BENCH_DATABASE_URL;
  let target: { databaseUrl?: string; dataDir?: string };
  let cleanup: () => Promise<void>;
  if (pgUrl) {
    const name = `bench_load_${process.pid}`;
    const admin = postgres(adminUrl(pgUrl), { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${name}`);
    await admin.unsafe(`create database ${name}`);
    target = { databaseUrl: databaseUrlFor(pgUrl, name) };
    cleanup = async () => {
      await admin.unsafe(`drop database if exists ${name}`);
      await admin.end();
    };
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'vt-load-'));
    target = { dataDir };
    cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
  }
  const database = await openDatabase(target);
  await migrateDatabase(database);
  await seedDemo({ db: database.db, options: { cases: 5000, months: 6, seed: 3 } });
  // One officer per client (own session each), all at cri_upala.
  const passwordHash = await hashPassword({ password });
  const rows = await database.db
    .insert(users)
    .values(
      Array.from({ length: CONNECTIONS }, (_, i) => ({
        email: `load${i}@bench.test`,
        name: `Load ${i}`,
        role: 'hub_officer' as const,
        passwordHash,
      })),
    )
    .returning({ id: users.id });
  await database.db
    .insert(userHubs)
    .values(rows.map((r) => ({ userId: r.id, hubCode: 'cri_upala' })));
  await database.close();
  return { target, cleanup, kind: pgUrl ? 'PostgreSQL 15' : 'PGlite' };
}

async function main() {
  const { target, cleanup, kind } = await prepare();
  const child = spawn(
    process.execPath,
    [
      '--expose-gc',
      // BENCH_LOAD_CPU_PROF=<dir>: a V8 CPU profile of the API under the load, for finding its hot spots.
      ...(process.env.BENCH_LOAD_CPU_PROF
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_LOAD_CPU_PROF}`]
        : []),
      '--import',
      'tsx',
      self,
      '--serve',
      JSON.stringify(target),
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const heaps: number[] = [];
  let heapWaiter: (() => void) | null = null;
  const liveHeapMb = async () => {
    const seen = heaps.length;
    await new Promise<void>((resolve) => {
      heapWaiter = () => {
        if (heaps.length > seen) resolve();
      };
      child.kill('SIGUSR2');
    });
    return heaps.at(-1)!;
  };
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      for (const m of out.matchAll(/HEAP (\d+)\n/g)) heaps.push(Number(m[1]));
      out = out.replace(/HEAP \d+\n/g, '');
      heapWaiter?.();
      const m = /READY (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`API exited (${code})`)));
  });
  try {
    const tokens: string[] = [];
    for (let i = 0; i < CONNECTIONS; i++)
      tokens.push(await logIn(url, { email: `load${i}@bench.test`, password }));
    const { record_type: _t, ...input } = exampleCase;
    const thisMonth = new Date().toISOString().slice(0, 10);
    const write = JSON.stringify({
      query: `mutation($input: CaseInput!) { caseRecord(input: $input) { __typename } }`,
      variables: { input: { ...input, date: thisMonth } },
    });
    const body = (query: string) => JSON.stringify({ query });
    const month = thisMonth.slice(0, 7);
    const reads = [
      body('{ me { email role hubs { code name } } }'),
      body(
        `{ hubs { code name stats(month: "${month}") { cases activities referrals vulnerableCases } } }`,
      ),
      body('{ cases(limit: 20) { totalCount items { id date a5_age_range a6_gender } } }'),
      body(
        '{ disaggregation(input: { measure: CASES, by: [GENDER, AGE_RANGE] }) { total cells { keys value } } }',
      ),
    ];
    // 4 reads then 1 write per cycle: 80 % reads, 20 % writes.
    const sequence = [...reads, write];
    let nextToken = 0;
    const appErrors: string[] = [];
    const counts = { reads: 0, writes: 0 };
    const heapBefore = await liveHeapMb();
    const rss: number[] = [rssMb(child.pid!)];
    const sampler = setInterval(() => rss.push(rssMb(child.pid!)), 1000);
    const result = await autocannon({
      url,
      connections: CONNECTIONS,
      duration: DURATION,
      requests: sequence.map((b) => ({
        method: 'POST' as const,
        body: b,
        setupRequest: (req: Record<string, unknown>, context: Record<string, unknown>) => {
          if (!context.token) context.token = tokens[nextToken++ % tokens.length];
          return {
            ...req,
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${String(context.token)}`,
            },
          };
        },
        onResponse: (status: number, responseBody: string) => {
          if (b === write) counts.writes++;
          else counts.reads++;
          if (
            status !== 200 ||
            responseBody.includes('"errors"') ||
            (b === write && !responseBody.includes('CaseSaved'))
          )
            if (appErrors.length < 5) appErrors.push(`${status} ${responseBody.slice(0, 200)}`);
            else appErrors.push('');
        },
      })),
    } as unknown as autocannon.Options);
    clearInterval(sampler);
    // Let requests still in flight when autocannon stopped finish before measuring and stopping.
    await new Promise((r) => setTimeout(r, 5000));
    rss.push(rssMb(child.pid!));
    const heapAfter = await liveHeapMb();
    const third = Math.max(1, Math.floor(rss.length / 3));
    const summary = {
      database: kind,
      cpus: cpus().length,
      connections: CONNECTIONS,
      seconds: DURATION,
      requests: result.requests.total,
      requestsPerSecond: Math.round(result.requests.average),
      reads: counts.reads,
      writes: counts.writes,
      latencyMs: {
        p50: result.latency.p50,
        p90: result.latency.p90,
        p99: result.latency.p99,
        max: result.latency.max,
      },
      socketErrors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      appErrors: appErrors.length,
      rssMb: {
        beforeLoad: rss[0],
        firstThirdMax: Math.max(...rss.slice(1, third + 1)),
        lastThirdMax: Math.max(...rss.slice(-third)),
        afterLoad: rss.at(-1),
      },
      liveHeapAfterGcMb: { beforeLoad: heapBefore, afterLoad: heapAfter },
    };
    console.log(JSON.stringify(summary, null, 2));
    for (const e of appErrors.filter(Boolean)) console.error(`error sample: ${e}`);
    if (result.errors || result.timeouts || result.non2xx || appErrors.length) process.exitCode = 1;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await cleanup();
  }
}

if (process.argv[2] === '--serve') await serve(JSON.parse(process.argv[3]!));
else await main();
