/**
 * `pnpm --filter @ventanilla/bench bench:analytics` (part of `pnpm bench`): loads demo data
 * (BENCH_CASES, default 1,000,000, over BENCH_MONTHS = 36 months in the demo's 40 hubs, with
 * activities) into PostgreSQL (BENCH_DATABASE_URL, or the throwaway server with-postgres.sh
 * starts) and into PGlite (BENCH_PGLITE_CASES), starts the real API over HTTP and times typical
 * dashboard queries through the API and as raw SQL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PgDialect } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import type { DimensionCode, MeasureCode } from '@ventanilla/domain/monitoring/index';
import {
  adminUrl,
  compileAnalytics,
  createApi,
  databaseUrlFor,
  migrateDatabase,
  openDatabase,
  hubs as hubTable,
  type Database,
} from '@ventanilla/api/testing';
import { addBenchHubsAndUsers, mapHubCountries, signInToApi } from './support/bench-accounts.ts';
import { loadDemoRecords } from './support/load-demo-records.ts';
import { pageChartsRequest, postGraphql, timeApiAgainstSql } from './support/api-against-sql.ts';
import { pageCharts } from './support/page-charts.ts';
import { createPgliteCopySink } from './support/pglite-copy-sink.ts';
import { createPostgresCopySink } from './support/postgres-copy-sink.ts';
import { reportFigureQueries } from './support/report-figure-queries.ts';
import { describeMachine, median, timed } from './support/timing.ts';
import { withoutIndexes } from './support/without-indexes.ts';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const CASES = env('BENCH_CASES', 1_000_000);
const PGLITE_CASES = env('BENCH_PGLITE_CASES', CASES);
const WARMUP_PAGE = 20;
const MONTHS = env('BENCH_MONTHS', 36);
const RUNS = env('BENCH_RUNS', 15);
const END = process.env.BENCH_END_MONTH ?? '2025-12';
const ACTIVITY_RATIO = 20;

type Query = {
  name: string;
  measure: MeasureCode;
  by: DimensionCode[];
  filter: Record<string, unknown>;
};

function queries(hub: string): Query[] {
  const year = END.slice(0, 4);
  const all = { from: `${year}-01`, to: `${year}-12` };
  const one = { hubCodes: [hub], from: END, to: END };
  return [
    {
      name: 'all hubs × 12 months × MONTH,GENDER',
      measure: 'CASES',
      by: ['MONTH', 'GENDER'],
      filter: all,
    },
    {
      name: 'all hubs × 12 months × AGE_RANGE,GENDER',
      measure: 'CASES',
      by: ['AGE_RANGE', 'GENDER'],
      filter: all,
    },
    {
      name: 'all hubs × 12 months × HUB,SERVICE',
      measure: 'CASES',
      by: ['HUB', 'SERVICE'],
      filter: all,
    },
    ...pageCharts.map(([measure, by]) => ({
      name: `1 hub × 1 month × ${measure} by ${by.join(',')}`,
      measure,
      by,
      filter: one,
    })),
  ];
}

/** The record-key sum apps/api/src/analytics/compile.ts adds to every statement (the cell key method's only SQL cost). */
const recordKeySum = ', coalesce(sum(r.record_key), 0)::float8 as ks';

const gqlText = `query($input: DisaggregationInput!) {
  disaggregation(input: $input) { total protected threshold cells { keys value } }
}`;

type Row = {
  db: string;
  cases: number;
  query: string;
  role: string;
  api: number;
  sql: number;
  ratio: number;
  /** The same SQL without the record-key sum (what the cell key method adds), interleaved. */
  sqlWithoutKeys?: number;
};

async function measure(
  label: string,
  database: Database,
  rawQuery: (text: string, params: unknown[]) => Promise<unknown>,
  cases: number,
): Promise<Row[]> {
  const api = await createApi({ database });
  const url = await api.listen(0, '127.0.0.1');
  const tokens = {
    admin: await signInToApi({ url, email: 'admin@bench.org' }),
    reviewer: await signInToApi({ url, email: 'reviewer@bench.org' }),
  };
  const dialect = new PgDialect();
  const rows: Row[] = [];
  const hub = 'cri_upala';
  const only = process.env.BENCH_QUERIES ? new RegExp(process.env.BENCH_QUERIES) : null;
  for (const q of queries(hub).filter((q) => !only || only.test(q.name))) {
    for (const role of ['admin', 'reviewer'] as const) {
      if (role === 'reviewer' && !q.name.startsWith('all')) continue;
      const body = JSON.stringify({
        query: gqlText,
        variables: { input: { measure: q.measure, by: q.by, filter: q.filter } },
      });
      const filter = {
        from: (q.filter.from as string) ?? null,
        to: (q.filter.to as string) ?? null,
        hubCodes: (q.filter.hubCodes as string[]) ?? null,
        countries: null,
        hubType: null,
      };
      const compiled = compileAnalytics({ measure: q.measure, by: q.by, filter });
      const cellsSql = dialect.sqlToQuery(compiled.cells);
      const totalSql = compiled.total ? dialect.sqlToQuery(compiled.total) : null;
      const callApi = () => postGraphql(url, tokens[role], body);
      const callSql = async () => {
        await Promise.all([
          rawQuery(cellsSql.sql, cellsSql.params),
          totalSql ? rawQuery(totalSql.sql, totalSql.params) : null,
        ]);
      };
      // The perturbation's cost in SQL: the same statements without the sum of record keys.
      const withoutKeys = (text: string) => text.replace(recordKeySum, '');
      const callSqlWithoutKeys = async () => {
        await Promise.all([
          rawQuery(withoutKeys(cellsSql.sql), cellsSql.params),
          totalSql ? rawQuery(withoutKeys(totalSql.sql), totalSql.params) : null,
        ]);
      };
      try {
        await callApi();
        await callSql();
      } catch (error) {
        // One failing query must not lose the rest of the run: report it and go on.
        console.log(`${label}\t${q.name}\t${role}\tFAILED: ${String(error)}`);
        continue;
      }
      const apiTimes: number[] = [];
      const sqlTimes: number[] = [];
      const noKeyTimes: number[] = [];
      await callSqlWithoutKeys();
      for (let i = 0; i < RUNS; i++) {
        let t = performance.now();
        await callApi();
        apiTimes.push(performance.now() - t);
        t = performance.now();
        await callSql();
        sqlTimes.push(performance.now() - t);
        t = performance.now();
        await callSqlWithoutKeys();
        noKeyTimes.push(performance.now() - t);
      }
      const a = median(apiTimes);
      const s = median(sqlTimes);
      const row = {
        db: label,
        cases,
        query: q.name,
        role,
        api: a,
        sql: s,
        ratio: a / s,
        sqlWithoutKeys: median(noKeyTimes),
      };
      rows.push(row);
      console.log(
        `${label}\t${q.name}\t${role}\tapi ${a.toFixed(1)} ms\tsql ${s.toFixed(1)} ms\tratio ${(a / s).toFixed(2)}`,
      );
    }
  }
  // The monthly report figures as a reviewer reads them (issue 17): API against the same
  // statements run at once on the raw connection.
  const allHubs = (await database.db.select({ code: hubTable.code }).from(hubTable)).map(
    (h) => h.code,
  );
  for (const q of reportFigureQueries({ hub, hubs: allHubs, end: END })) {
    if (only && !only.test(q.name)) continue;
    const body = JSON.stringify({ query: q.query, variables: q.variables });
    const statements = q.statements.map((x) => dialect.sqlToQuery(x));
    const { api: a, sql: s } = await timeApiAgainstSql({
      api: () => postGraphql(url, tokens.reviewer, body),
      sql: () => Promise.all(statements.map((x) => rawQuery(x.sql, x.params))),
      runs: RUNS,
    });
    rows.push({ db: label, cases, query: q.name, role: 'reviewer', api: a, sql: s, ratio: a / s });
    console.log(
      `${label}\t${q.name}\treviewer\tapi ${a.toFixed(1)} ms\tsql ${s.toFixed(1)} ms\tratio ${(a / s).toFixed(2)}`,
    );
  }
  // Every chart of one hub-month as the dashboard asks for it: ONE `disaggregations` request
  // (one HTTP round trip, one session check), against the same statements run at once on a raw
  // pool of the API's size.
  if (!only || only.test('page')) {
    const page = pageChartsRequest({ hubCodes: [hub], from: END, to: END });
    // Warm up until every pooled connection has prepared every statement (28 statements ×
    // 10 connections on each side), so the medians are the steady state.
    const { api: a, sql: s } = await timeApiAgainstSql({
      api: () => postGraphql(url, tokens.admin, page.body),
      sql: () => Promise.all(page.statements.map((q) => rawQuery(q.sql, q.params))),
      runs: RUNS,
      warmup: WARMUP_PAGE,
    });
    const name = `1 hub × 1 month × every chart (${pageCharts.length}, one request)`;
    rows.push({ db: label, cases, query: name, role: 'admin', api: a, sql: s, ratio: a / s });
    console.log(
      `${label}\t${name}\tadmin\tapi ${a.toFixed(1)} ms\tsql ${s.toFixed(1)} ms\tratio ${(a / s).toFixed(2)}`,
    );
  }
  await api.stop();
  return rows;
}

async function benchPostgres(): Promise<Row[]> {
  const base = process.env.BENCH_DATABASE_URL;
  if (!base) {
    console.log('No PostgreSQL (BENCH_DATABASE_URL unset and no throwaway server): skipped.');
    return [];
  }
  // BENCH_KEEP_DB=<name>: load once into that database, reuse it on later runs, never drop it.
  const keep = process.env.BENCH_KEEP_DB;
  const name = keep ?? `vt_bench_${process.pid}`;
  const admin = postgres(adminUrl(base), { onnotice: () => {}, max: 1 });
  const exists = (await admin`select 1 from pg_database where datname = ${name}`).length > 0;
  if (!exists) await admin.unsafe(`create database ${name}`);
  const url = databaseUrlFor(base, name);
  const database = await openDatabase({ databaseUrl: url });
  // The raw connections get the API's settings (apps/api/src/db/client.ts: random_page_cost =
  // 1.1, a pool of 10), so the same statements plan and run alike.
  const raw = postgres(url, { onnotice: () => {}, max: 10, connection: { random_page_cost: 1.1 } });
  try {
    await timed('PostgreSQL: migrate', () => migrateDatabase(database));
    const loaded = exists ? Number((await raw`select count(*)::int as n from cases`)[0]!.n) : 0;
    const countryOf =
      exists && loaded === CASES
        ? mapHubCountries({ endMonth: END })
        : await addBenchHubsAndUsers({ database, endMonth: END });
    const sink = createPostgresCopySink({ raw });
    if (loaded !== CASES) {
      if (loaded) throw new Error(`${name} holds ${loaded} cases, not ${CASES}: drop it first`);
      // Secondary indexes and foreign keys are built once after COPY, not row by row.
      const deferred = await withoutIndexes(raw);
      await timed(`PostgreSQL: load ${CASES} cases`, () =>
        loadDemoRecords({
          sink,
          cases: CASES,
          months: MONTHS,
          endMonth: END,
          hubCountry: countryOf,
          activityCount: Math.round(CASES / ACTIVITY_RATIO),
        }),
      );
      await timed('PostgreSQL: indexes and foreign keys', () => deferred.restore());
      await timed('PostgreSQL: vacuum analyze', () => raw.unsafe('vacuum analyze'));
    }
    return await measure(
      'PostgreSQL 15',
      database,
      (text, params) => raw.unsafe(text, params as never[], { prepare: true }),
      CASES,
    );
  } finally {
    await raw.end();
    await database.close();
    if (!keep) await admin.unsafe(`drop database if exists ${name}`);
    await admin.end();
  }
}

async function benchPglite(): Promise<Row[]> {
  if (PGLITE_CASES <= 0) return [];
  const dir = mkdtempSync(join(tmpdir(), 'vt-bench-'));
  const database = await openDatabase({ dataDir: dir });
  try {
    await migrateDatabase(database);
    const countryOf = await addBenchHubsAndUsers({ database, endMonth: END });
    const client = (database.db as unknown as { $client: import('@electric-sql/pglite').PGlite })
      .$client;
    const sink = createPgliteCopySink(client);
    await timed(`PGlite: load ${PGLITE_CASES} cases`, () =>
      loadDemoRecords({
        sink,
        cases: PGLITE_CASES,
        months: MONTHS,
        endMonth: END,
        hubCountry: countryOf,
        activityCount: Math.round(PGLITE_CASES / ACTIVITY_RATIO),
      }),
    );
    await timed('PGlite: vacuum analyze', () => client.exec('vacuum analyze'));
    // As the API's multi-month queries plan (set local random_page_cost = 1.1).
    await client.exec('set random_page_cost = 1.1');
    return await measure(
      'PGlite',
      database,
      (text, params) => client.query(text, params as unknown[]),
      PGLITE_CASES,
    );
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(describeMachine());
const rows = [...(await benchPostgres()), ...(await benchPglite())];
console.log(
  '\n| database | cases | query | role | API median (ms) | raw SQL median (ms) | API / SQL | SQL without record keys (ms) |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows)
  console.log(
    `| ${r.db} | ${r.cases.toLocaleString('en')} | ${r.query} | ${r.role} | ${r.api.toFixed(1)} | ${r.sql.toFixed(1)} | ${r.ratio.toFixed(2)} | ${r.sqlWithoutKeys?.toFixed(1) ?? '—'} |`,
  );
process.exit(0);
