/**
 * `pnpm --filter @ventanilla/bench bench:page` (part of `pnpm bench`): the server time of the
 * whole analytics page (time to the full HTML response of the *built* dashboard, signed in) for
 * one hub-month, against the real API on PostgreSQL loaded with BENCH_CASES demo cases (default
 * 200,000; 1,000,000 as in docs/benchmarks.md). Loads with the same loader as the analytics
 * queries benchmark (support/load-demo-records.ts) into the throwaway PostgreSQL that
 * with-postgres.sh starts (it sets BENCH_DATABASE_URL).
 */
import type { ChildProcess } from 'node:child_process';
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
import { loadDemoRecords } from './support/load-demo-records.ts';
import { createPostgresCopySink } from './support/postgres-copy-sink.ts';
import { describeMachine, median, p90, timed } from './support/timing.ts';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const CASES = env('BENCH_CASES', 200_000);
const MONTHS = env('BENCH_MONTHS', 36);
const RUNS = env('BENCH_RUNS', 15);
const END = process.env.BENCH_END_MONTH ?? '2025-12';
const HUB = process.env.BENCH_HUB ?? 'cri_upala';

const base = process.env.BENCH_DATABASE_URL;
if (!base) {
  console.log('No PostgreSQL (BENCH_DATABASE_URL unset and no throwaway server): skipped.');
  process.exit(0);
}
console.log(describeMachine());

const name = `vt_bench_page_${process.pid}`;
const admin = postgres(adminUrl(base), { onnotice: () => {}, max: 1 });
await admin.unsafe(`create database ${name}`);
const url = databaseUrlFor(base, name);
const database = await openDatabase({ databaseUrl: url });
const raw = postgres(url, { onnotice: () => {}, max: 2 });
let app: ChildProcess | undefined;
let api: Awaited<ReturnType<typeof createApi>> | undefined;
try {
  await migrateDatabase(database);
  const hubCountry = await addBenchHubsAndUsers({ database, endMonth: END });
  const sink = createPostgresCopySink({ raw });
  await timed(`PostgreSQL: load ${CASES} cases`, () =>
    loadDemoRecords({
      sink,
      cases: CASES,
      months: MONTHS,
      endMonth: END,
      hubCountry,
      activityCount: Math.round(CASES / 20),
    }),
  );
  await timed('PostgreSQL: vacuum analyze', () => raw.unsafe('vacuum analyze'));

  api = await createApi({ database });
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
    for (const page of pages) {
      const times = await timeAnalyticsPage({
        origin: dashboard.origin,
        token,
        query: page.query,
        runs: RUNS,
      });
      const line = `| ${page.name} | ${role} | ${median(times).toFixed(0)} | ${p90(times).toFixed(0)} |`;
      console.log(line);
      rows.push(line);
    }
  }
  console.log(
    `\nPostgreSQL 15, ${CASES} cases over ${MONTHS} months, ${Math.round(CASES / 20)} activities, ${RUNS} runs\n`,
  );
  console.log('| page | role | median (ms) | p90 (ms) |\n|---|---|---|---|');
  for (const row of rows) console.log(row);
} finally {
  app?.kill();
  await api?.stop();
  await raw.end();
  await database.close();
  await admin.unsafe(`drop database if exists ${name}`);
  await admin.end();
}
