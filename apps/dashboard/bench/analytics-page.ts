/**
 * `pnpm --filter @ventanilla/dashboard bench`: the server time of the whole analytics page
 * (time to the full HTML response of the *built* app, signed in) for one hub-month, against the
 * real API on PostgreSQL loaded with BENCH_CASES demo cases (default 200,000; 1,000,000 as in
 * docs/benchmarks.md). Reuses the API benchmark's loader (apps/api/bench/load.ts) and its
 * throwaway PostgreSQL (apps/api/bench/with-postgres.sh sets BENCH_DATABASE_URL).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateDemo } from '../../../packages/demo/src/index.ts';
import { loadDemoRecords, type CopySink } from '../../api/bench/load.ts';
import { openDatabase } from '../../api/src/db/client.ts';
import { migrateDatabase } from '../../api/src/db/migrate.ts';
import { hubs } from '../../api/src/db/schema/index.ts';
import { createApi } from '../../api/src/server.ts';
import { addUser } from '../../api/src/services/users.ts';
import { adminUrl, databaseUrlFor } from '../../api/src/test/pg-url.ts';
import { getFreePort } from '@ventanilla/testkit';

const here = dirname(fileURLToPath(import.meta.url));
const appDir = join(here, '..');
// postgres.js is a dependency of the API, not of the dashboard: load it from there.
const apiRequire = createRequire(join(appDir, '../api/package.json'));
const { default: postgres } = (await import(
  pathToFileURL(apiRequire.resolve('postgres')).href
)) as typeof import('postgres');

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const CASES = env('BENCH_CASES', 200_000);
const MONTHS = env('BENCH_MONTHS', 36);
const RUNS = env('BENCH_RUNS', 15);
const END = process.env.BENCH_END_MONTH ?? '2025-12';
const HUB = process.env.BENCH_HUB ?? 'cri_upala';
const password = 'bench-password-2026';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.9) - 1]!;

async function timed<T>(what: string, f: () => Promise<T>): Promise<T> {
  const t = performance.now();
  const out = await f();
  console.log(`${what}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return out;
}

const base = process.env.BENCH_DATABASE_URL;
if (!base) {
  console.log('No PostgreSQL (BENCH_DATABASE_URL unset and no throwaway server): skipped.');
  process.exit(0);
}
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);

const name = `vt_bench_page_${process.pid}`;
const admin = postgres(adminUrl(base), { onnotice: () => {}, max: 1 });
await admin.unsafe(`create database ${name}`);
const url = databaseUrlFor(base, name);
const database = await openDatabase({ databaseUrl: url });
const raw = postgres(url, { onnotice: () => {}, max: 2 });
let app: ReturnType<typeof spawn> | undefined;
let api: Awaited<ReturnType<typeof createApi>> | undefined;
try {
  await migrateDatabase(database);
  const demo = generateDemo({ cases: 0, months: 1, endMonth: END, activities: 0 });
  await database.db
    .insert(hubs)
    .values(
      demo.hubs.map((h) => ({
        code: h.code,
        name: h.name,
        country: h.country,
        admin1: h.admin1,
        type: h.type,
      })),
    )
    .onConflictDoNothing();
  for (const [email, role] of [
    ['admin@bench.org', 'admin'],
    ['reviewer@bench.org', 'reviewer'],
  ] as const)
    await addUser({ db: database.db, input: { email, name: role, role, hubCodes: [], password } });
  const hubCountry = new Map(demo.hubs.map((h) => [h.code, h.country as string]));
  const sink: CopySink = async (table, columns, lines) => {
    const stream = await raw
      .unsafe(`copy ${table} (${columns.join(', ')}) from stdin with (format csv)`)
      .writable();
    for await (const chunk of lines)
      if (!stream.write(chunk)) await new Promise((r) => stream.once('drain', r));
    await new Promise<void>((resolve, reject) => {
      stream.on('error', reject);
      stream.on('finish', () => resolve());
      stream.end();
    });
  };
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
  const login = async (email: string) => {
    const res = await fetch(apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation($e:String!,$p:String!){ login(email:$e,password:$p){ ... on Session { token } } }',
        variables: { e: email, p: password },
      }),
    });
    return ((await res.json()) as { data: { login: { token: string } } }).data.login.token;
  };

  const port = await getFreePort();
  const origin = `http://localhost:${port}`;
  app = spawn(process.execPath, [join(appDir, 'build/index.js')], {
    env: { ...process.env, PORT: String(port), ORIGIN: origin, API_URL: apiUrl },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${origin}/signin`)).ok) break;
    } catch {
      // not up yet
    }
    if (i > 100) throw new Error('the dashboard did not start (is it built? pnpm exec vite build)');
    await new Promise((r) => setTimeout(r, 100));
  }

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
    const token = await login(`${role}@bench.org`);
    for (const page of pages) {
      const get = async () => {
        const t = performance.now();
        const res = await fetch(`${origin}/analytics?${page.query}`, {
          headers: { cookie: `vt_session=${token}` },
        });
        const html = await res.text();
        const ms = performance.now() - t;
        if (res.status !== 200 || !html.includes('data-kpi="cases"'))
          throw new Error(`analytics page answered ${res.status}`);
        return ms;
      };
      for (let i = 0; i < 5; i++) await get(); // warm-up (JIT, plan caches, connections)
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) times.push(await get());
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
