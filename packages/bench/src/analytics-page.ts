/**
 * `pnpm --filter @ventanilla/bench bench:page` (part of `pnpm bench`): the server time of the
 * whole analytics page (time to the full HTML response of the *built* dashboard, signed in) for
 * one hub-month and for all hubs × 12 months, against the real API loaded with demo cases:
 * on PostgreSQL (BENCH_CASES, default 200,000; 1,000,000 as in docs/benchmarks.md), into the
 * throwaway server that with-postgres.sh starts (it sets BENCH_DATABASE_URL), then on PGlite
 * (BENCH_PGLITE_PAGE_CASES, default 100,000; 0 skips it). Loads with the same loader as the
 * analytics queries benchmark (support/load-demo-records.ts), summary triggers on.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import {
  adminUrl,
  createApi,
  databaseUrlFor,
  migrateDatabase,
  openDatabase,
} from '@ventanilla/api/testing';
import { timeAnalyticsPage } from './support/analytics-page-times.ts';
import { addBenchHubsAndUsers, signInToApi } from './support/bench-accounts.ts';
import { startBuiltDashboard } from './support/built-dashboard.ts';
import { loadDemoRecords, type CopySink } from './support/load-demo-records.ts';
import { createPgliteCopySink } from './support/pglite-copy-sink.ts';
import { createPostgresCopySink } from './support/postgres-copy-sink.ts';
import { describeMachine, median, p90, timed } from './support/timing.ts';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const CASES = env('BENCH_CASES', 200_000);
const PGLITE_CASES = env('BENCH_PGLITE_PAGE_CASES', 100_000);
const MONTHS = env('BENCH_MONTHS', 36);
const RUNS = env('BENCH_RUNS', 15);
const END = process.env.BENCH_END_MONTH ?? '2025-12';
const HUB = process.env.BENCH_HUB ?? 'cri_upala';

type Database = Awaited<ReturnType<typeof openDatabase>>;

/** Loads `cases` demo cases (and a twentieth as many activities) through `sink`. */
async function load(label: string, database: Database, sink: CopySink, cases: number) {
  await migrateDatabase(database);
  const hubCountry = await addBenchHubsAndUsers({ database, endMonth: END });
  await timed(`${label}: load ${cases} cases`, () =>
    loadDemoRecords({
      sink,
      cases,
      months: MONTHS,
      endMonth: END,
      hubCountry,
      activityCount: Math.round(cases / 20),
    }),
  );
}

/** Times both pages as admin and reviewer through the API on `database`; table rows. */
async function timePages(label: string, database: Database): Promise<string[]> {
  let app: ChildProcess | undefined;
  const api = await createApi({ database });
  try {
    const apiUrl = await api.listen(0, '127.0.0.1');
    const dashboard = await startBuiltDashboard(apiUrl);
    app = dashboard.app;
    const year = END.slice(0, 4);
    const pages = [
      {
        name: `analytics page, 1 hub (${HUB}) × 1 month (${END})`,
        query: `from=${END}&to=${END}&hub=${HUB}`,
      },
      {
        name: `analytics page, all hubs × 12 months (${year})`,
        query: `from=${year}-01&to=${year}-12`,
      },
    ];
    const rows: string[] = [];
    for (const role of ['admin', 'reviewer'] as const) {
      const token = await signInToApi({ url: apiUrl, email: `${role}@bench.org` });
      const medians: number[] = [];
      for (const page of pages) {
        const times = await timeAnalyticsPage({
          origin: dashboard.origin,
          token,
          query: page.query,
          runs: RUNS,
        });
        medians.push(median(times));
        const line = `| ${label} | ${page.name} | ${role} | ${median(times).toFixed(0)} | ${p90(times).toFixed(0)} |`;
        console.log(line);
        rows.push(line);
      }
      const ratio = `| ${label} | all hubs × 12 months ÷ hub-month | ${role} | ${(medians[1]! / medians[0]!).toFixed(1)}× | |`;
      console.log(ratio);
      rows.push(ratio);
    }
    return rows;
  } finally {
    app?.kill();
    await api.stop();
  }
}

async function onPostgres(base: string): Promise<string[]> {
  const name = `vt_bench_page_${process.pid}`;
  const admin = postgres(adminUrl(base), { onnotice: () => {}, max: 1 });
  await admin.unsafe(`create database ${name}`);
  const url = databaseUrlFor(base, name);
  const database = await openDatabase({ databaseUrl: url });
  const raw = postgres(url, { onnotice: () => {}, max: 2 });
  try {
    await load('PostgreSQL', database, createPostgresCopySink({ raw }), CASES);
    await timed('PostgreSQL: vacuum analyze', () => raw.unsafe('vacuum analyze'));
    return await timePages(`PostgreSQL 15, ${CASES} cases`, database);
  } finally {
    await raw.end();
    await database.close();
    await admin.unsafe(`drop database if exists ${name}`);
    await admin.end();
  }
}

async function onPglite(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'vt-bench-page-'));
  const database = await openDatabase({ dataDir: dir });
  try {
    const client = (database.db as unknown as { $client: PGlite }).$client;
    await load('PGlite', database, createPgliteCopySink(client), PGLITE_CASES);
    await timed('PGlite: vacuum analyze', () => client.exec('vacuum analyze'));
    return await timePages(`PGlite, ${PGLITE_CASES} cases`, database);
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(describeMachine());
const base = process.env.BENCH_DATABASE_URL;
if (!base)
  console.log('No PostgreSQL (BENCH_DATABASE_URL unset and no throwaway server): skipped.');
const rows = [
  ...(base && CASES > 0 ? await onPostgres(base) : []),
  ...(PGLITE_CASES > 0 ? await onPglite() : []),
];
console.log(`\n${MONTHS} months, a twentieth as many activities as cases, ${RUNS} runs\n`);
console.log('| database | page | role | median (ms) | p90 (ms) |\n|---|---|---|---|---|');
for (const row of rows) console.log(row);
