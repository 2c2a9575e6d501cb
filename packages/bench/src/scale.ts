/**
 * `pnpm --filter @ventanilla/bench bench:scale` (the last PostgreSQL step of `pnpm bench`; never
 * part of `pnpm test`): issue 17's scale run. Loads BENCH_SCALE_CASES demo cases (default
 * 10,000,000, over BENCH_MONTHS = 36 months in the demo's 40 hubs, activities = cases / 20) into
 * one PostgreSQL database, the monthly summaries kept by their triggers, then measures side by
 * side in that one run:
 *
 * - the analytics page's 14 charts in one `disaggregations` request, for one hub-month and for
 *   all hubs × 12 months, as admin and as reviewer: API median against the same statements run
 *   at once on a raw pool of the API's size (API / SQL);
 * - the whole analytics page of the built dashboard for both (time to the full HTML);
 * - recording one case through the API (`caseRecord`), with the summary triggers on and off in
 *   alternating rounds, so the summaries' cost of a write is a ratio of the same run;
 * - importing BENCH_SCALE_IMPORT_ROWS (10,000) KoBo rows with `runImport`.
 *
 * BENCH_KEEP_DB=<name> loads once into that database and reuses it; what a run adds (the cases
 * it writes and the rows it imports) is removed at its end, so the next run finds the same data.
 */
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import postgres from 'postgres';
import { exampleCase } from '@ventanilla/domain';
import {
  addUser,
  adminUrl,
  createApi,
  databaseUrlFor,
  migrateDatabase,
  openDatabase,
  runImport,
  writeKoboFile,
} from '@ventanilla/api/testing';
import { timeAnalyticsPage } from './support/analytics-page-times.ts';
import { pageChartsRequest, postGraphql, timeApiAgainstSql } from './support/api-against-sql.ts';
import { addBenchHubsAndUsers, benchPassword, signInToApi } from './support/bench-accounts.ts';
import { startBuiltDashboard } from './support/built-dashboard.ts';
import { koboRecords } from './support/kobo-records.ts';
import { loadDemoRecords } from './support/load-demo-records.ts';
import { pageCharts } from './support/page-charts.ts';
import { createPostgresCopySink } from './support/postgres-copy-sink.ts';
import { describeMachine, median, p90, timed } from './support/timing.ts';
import { withoutIndexes } from './support/without-indexes.ts';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const CASES = env('BENCH_SCALE_CASES', 10_000_000);
const MONTHS = env('BENCH_MONTHS', 36);
const RUNS = env('BENCH_RUNS', 15);
const WRITES = env('BENCH_WRITES', 100);
const IMPORT_ROWS = env('BENCH_SCALE_IMPORT_ROWS', 10_000);
const END = process.env.BENCH_END_MONTH ?? '2025-12';
const HUB = process.env.BENCH_HUB ?? 'cri_upala';
const YEAR = END.slice(0, 4);

const base = process.env.BENCH_DATABASE_URL;
if (!base) {
  console.log('No PostgreSQL (BENCH_DATABASE_URL unset and no throwaway server): skipped.');
  process.exit(0);
}
console.log(describeMachine());

const keep = process.env.BENCH_KEEP_DB;
const name = keep ?? `vt_bench_scale_${process.pid}`;
const admin = postgres(adminUrl(base), { onnotice: () => {}, max: 1 });
const exists = (await admin`select 1 from pg_database where datname = ${name}`).length > 0;
if (!exists) await admin.unsafe(`create database ${name}`);
const url = databaseUrlFor(base, name);
const database = await openDatabase({ databaseUrl: url });
// The API's connection settings (apps/api/src/db/client.ts), so the same statements plan alike.
const raw = postgres(url, { onnotice: () => {}, max: 10, connection: { random_page_cost: 1.1 } });
const results: string[] = [];
const report = (line: string) => {
  console.log(line);
  results.push(line);
};
let app: ChildProcess | undefined;
let api: Awaited<ReturnType<typeof createApi>> | undefined;
try {
  await migrateDatabase(database);
  await load();
  api = await createApi({ database });
  const apiUrl = await api.listen(0, '127.0.0.1');
  const tokens = {
    admin: await signInToApi({ url: apiUrl, email: 'admin@bench.org' }),
    reviewer: await signInToApi({ url: apiUrl, email: 'reviewer@bench.org' }),
  };
  const views = [
    { name: `1 hub (${HUB}) × 1 month (${END})`, filter: { hubCodes: [HUB], from: END, to: END } },
    { name: `all hubs × 12 months (${YEAR})`, filter: { from: `${YEAR}-01`, to: `${YEAR}-12` } },
  ];
  for (const view of views)
    for (const role of ['admin', 'reviewer'] as const)
      await chartsAgainstSql({ apiUrl, token: tokens[role], role, ...view });

  const dashboard = await startBuiltDashboard(apiUrl);
  app = dashboard.app;
  for (const view of views)
    for (const role of ['admin', 'reviewer'] as const) {
      const f = view.filter as { hubCodes?: string[]; from: string; to: string };
      const query = `from=${f.from}&to=${f.to}${f.hubCodes ? `&hub=${f.hubCodes[0]}` : ''}`;
      const times = await timeAnalyticsPage({
        origin: dashboard.origin,
        token: tokens[role],
        query,
        runs: RUNS,
      });
      report(
        `| analytics page (whole HTML), ${view.name} | ${role} | ${median(times).toFixed(0)} | p90 ${p90(times).toFixed(0)} | |`,
      );
    }

  await writes(apiUrl);
  await importRows();
  console.log(`\nPostgreSQL 15, ${CASES.toLocaleString('en')} cases over ${MONTHS} months`);
  console.log('| measured | role | median (ms) | second figure | ratio |\n|---|---|---|---|---|');
  for (const line of results) console.log(line);
} finally {
  app?.kill();
  await api?.stop();
  await raw.end();
  await database.close();
  if (!keep) await admin.unsafe(`drop database if exists ${name}`);
  await admin.end();
}
process.exit(0);

/** Loads the demo records unless the kept database already holds them. */
async function load() {
  const loaded = Number((await raw`select count(*)::int as n from cases`)[0]!.n);
  if (loaded === CASES) return;
  if (loaded) throw new Error(`${name} holds ${loaded} cases, not ${CASES}: drop it first`);
  const hubCountry = await addBenchHubsAndUsers({ database, endMonth: END });
  await addUser({
    db: database.db,
    input: {
      email: 'officer@bench.org',
      name: 'officer',
      role: 'hub_officer',
      hubCodes: [exampleCase.hub!],
      password: benchPassword,
    },
  });
  // Secondary indexes and foreign keys are built once after COPY, not row by row.
  const deferred = await withoutIndexes(raw);
  await timed(`PostgreSQL: load ${CASES} cases`, () =>
    loadDemoRecords({
      sink: createPostgresCopySink({ raw }),
      cases: CASES,
      months: MONTHS,
      endMonth: END,
      hubCountry,
      activityCount: Math.round(CASES / 20),
    }),
  );
  await timed('PostgreSQL: indexes and foreign keys', () => deferred.restore());
  await timed('PostgreSQL: vacuum analyze', () => raw.unsafe('vacuum analyze'));
}

/** The page's charts in one request through the API, against the same statements run raw. */
async function chartsAgainstSql({
  apiUrl,
  token,
  role,
  name: view,
  filter,
}: {
  apiUrl: string;
  token: string;
  role: string;
  name: string;
  filter: { hubCodes?: string[]; from: string; to: string };
}) {
  const { body, statements } = pageChartsRequest(filter);
  // Warm up until every pooled connection has prepared every statement.
  const { api: a, sql: s } = await timeApiAgainstSql({
    api: () => postGraphql(apiUrl, token, body),
    sql: () =>
      Promise.all(statements.map((q) => raw.unsafe(q.sql, q.params as never[], { prepare: true }))),
    runs: RUNS,
    warmup: 20,
  });
  report(
    `| ${pageCharts.length} charts (one request), ${view} | ${role} | ${a.toFixed(1)} | SQL ${s.toFixed(1)} | ${(a / s).toFixed(2)} |`,
  );
}

/** The record tables' summary triggers (summary-sql.ts), switched for the write comparison. */
async function setSummaryTriggers(on: boolean) {
  const verb = on ? 'enable' : 'disable';
  for (const [table, summary] of [
    ['cases', 'case_summaries'],
    ['activities', 'activity_summaries'],
  ])
    for (const op of ['insert', 'update', 'delete', 'truncate'])
      await raw.unsafe(`alter table ${table} ${verb} trigger ${summary}_${op}`);
}

/**
 * One case (the domain's example case, dated in END) recorded through the API by an officer of
 * its hub, about WRITES times, in rounds of 25 with the summary triggers on and off by turns;
 * then each case is deleted in the state it was written in, so the summaries stay exact.
 */
async function writes(apiUrl: string) {
  const token = await signInToApi({ url: apiUrl, email: 'officer@bench.org' });
  const { record_type: _type, ...input } = exampleCase;
  const body = JSON.stringify({
    query: `mutation($input: CaseInput!) { caseRecord(input: $input) { __typename ... on CaseSaved { case { id } } } }`,
    variables: { input: { ...input, date: `${END}-15` } },
  });
  const write = async () => {
    const t = performance.now();
    const res = await fetch(apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
    });
    const json = (await res.json()) as { data?: { caseRecord?: { case?: { id: string } } } };
    const id = json.data?.caseRecord?.case?.id;
    if (!id) throw new Error(`caseRecord failed: ${JSON.stringify(json)}`);
    return { ms: performance.now() - t, id };
  };
  const times = { on: [] as number[], off: [] as number[] };
  const ids = { on: [] as string[], off: [] as string[] };
  const rounds = Math.max(2, 2 * Math.round(WRITES / 50));
  try {
    for (let round = 0; round < rounds; round++) {
      const mode = round % 2 ? 'off' : 'on';
      await setSummaryTriggers(mode === 'on');
      // Switching the triggers (ALTER TABLE) invalidates every connection's plans of the write
      // and of the trigger, and PL/pgSQL plans a statement afresh on its first five calls per
      // connection (~80 ms the first time against ~1 ms later): 60 writes over the pool of 10
      // are not timed, so each round measures the steady state.
      for (let i = 0; i < 60; i++) ids[mode].push((await write()).id);
      for (let i = 0; i < 25; i++) {
        const { ms, id } = await write();
        times[mode].push(ms);
        ids[mode].push(id);
      }
    }
  } finally {
    await setSummaryTriggers(false);
    await raw`delete from cases where id in ${raw(ids.off)}`;
    await setSummaryTriggers(true);
    await raw`delete from cases where id in ${raw(ids.on)}`;
  }
  const on = median(times.on);
  const off = median(times.off);
  report(
    `| record one case (API), summaries on / off | officer | ${on.toFixed(1)} | off ${off.toFixed(1)} | ${(on / off).toFixed(2)} |`,
  );
}

/** IMPORT_ROWS KoBo rows (a CSV on disk) imported into the loaded database, then removed. */
async function importRows() {
  const dir = mkdtempSync(join(tmpdir(), 'vt-bench-scale-'));
  try {
    const file = join(dir, 'kobo.csv');
    const today = '2026-03-15';
    await writeKoboFile({
      path: file,
      records: koboRecords(IMPORT_ROWS, today, 4242),
      style: { format: 'csv', groups: true, multiple: 'both' },
    });
    const t = performance.now();
    const result = await runImport({
      db: database.db,
      actor: { user: null },
      input: createReadStream(file),
      options: { today },
    });
    const seconds = (performance.now() - t) / 1000;
    if (result.counts.inserted !== IMPORT_ROWS)
      throw new Error(`imported ${JSON.stringify(result.counts)}`);
    report(
      `| import ${IMPORT_ROWS.toLocaleString('en')} KoBo rows (runImport) | — | ${(seconds * 1000).toFixed(0)} | ${Math.round(IMPORT_ROWS / seconds)} rows/s | |`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await raw`delete from cases where source_uuid is not null`;
    await raw`delete from activities where source_uuid is not null`;
  }
}
