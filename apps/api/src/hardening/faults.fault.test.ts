/**
 * Faults (docs/security.md, docs/operations.md): a killed import, a PostgreSQL restart under
 * load, an unwritable DATA_DIR.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { count } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it, inject, vi } from 'vitest';
import { iterateCases, resolvePlan } from '@ventanilla/demo';
import { openDatabase, type Database } from '../db/client.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { activities, cases, hubs } from '../db/schema/index.ts';
import { writeKoboFile, type KoboSourceRecord } from '../import/kobo-file.ts';
import { createApi } from '../server.ts';
import { addUser } from '../services/users.ts';
import { openTestDatabase } from '../test/app.ts';
import { copyMigratedDataDir } from '../test/data-dir.ts';
import { canStartPostgres, startThrowawayPostgres } from './throwaway-pg.ts';

const apiDir = fileURLToPath(new URL('../..', import.meta.url));
const { cli, main, nodeArgs } = inject('bundled');
// The command bundled once per run (test/cli-bundle.ts), started by node itself.
const node = process.execPath;
const kind = inject('testDb').kind;
// The restart test starts its own PostgreSQL whatever the suite's database: it runs once, in the
// PostgreSQL pass when there is one, else in the PGlite pass.
const restartRuns = canStartPostgres && (kind === 'postgres' || !process.env.TEST_DATABASE_URL);

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vt-fault-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Run = {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  ms: number;
};

/**
 * Runs `node args…`. SIGKILLs it as soon as a line on stderr matches `kill.onStderr`, or
 * `kill.when()` (polled) says so: on an event of the command, never after a time.
 */
function spawnCommand(
  args: string[],
  env: Record<string, string>,
  kill: { onStderr?: RegExp; when?: () => Promise<boolean> } = {},
): Promise<Run> {
  const base = { ...process.env, INIT_CWD: apiDir, VT_SILENT: '1', ...env } as Record<
    string,
    string
  >;
  if (!env.DATABASE_URL) delete base.DATABASE_URL;
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(node, [...nodeArgs, ...args], { env: base, cwd: apiDir });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    // SIGKILL any child processes too, so nothing of the import survives.
    const killNow = () => {
      killTree(child.pid!);
      child.kill('SIGKILL');
    };
    child.stderr.on('data', (d) => {
      stderr += d;
      if (kill.onStderr?.test(stderr)) killNow();
    });
    let polling = !!kill.when;
    const poll = async () => {
      while (polling) {
        if (await kill.when!().catch(() => false)) {
          killNow();
          return;
        }
        await new Promise((r) => setTimeout(r, 25));
      }
    };
    void poll();
    child.on('close', (code, signal) => {
      polling = false;
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** SIGKILLs the descendants of `pid` (none expected now that node runs the bundle directly). */
function killTree(pid: number) {
  let children: number[];
  try {
    // Linux: /proc/<pid>/task/<pid>/children lists the direct children.
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return;
  }
  for (const c of children) {
    killTree(c);
    try {
      process.kill(c, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

describe('faults', () => {
  it('an import killed with SIGKILL leaves all or none of it', async () => {
    // Four batches of 500: the kill comes after the first is written, three are left to stop.
    const rows = 2000;
    const options = { seed: 5, cases: rows, activities: 0, months: 6, today: '2026-03-15' };
    const plan = resolvePlan(options);
    const file = join(dir, 'big.csv');
    await writeKoboFile({
      path: file,
      records: iterateCases(options, plan) as Iterable<unknown> as Iterable<KoboSourceRecord>,
      style: { format: 'csv', groups: true, multiple: 'both' },
    });

    // An empty migrated database with the hubs.
    let target: {
      env: Record<string, string>;
      open: () => Promise<Database>;
      drop: () => Promise<void>;
    };
    if (kind === 'postgres') {
      const t = await openTestDatabase();
      await t.database.close();
      target = {
        env: { DATABASE_URL: t.url! },
        open: () => openDatabase({ databaseUrl: t.url! }),
        drop: t.drop,
      };
    } else {
      const dataDir = join(dir, 'pglite');
      copyMigratedDataDir(dataDir);
      target = {
        env: { DATA_DIR: dataDir },
        open: () => openDatabase({ dataDir }),
        drop: async () => {},
      };
    }
    {
      const database = await target.open();
      await database.db
        .insert(hubs)
        .values(
          plan.hubs.map((h) => ({ code: h.code, name: h.name, country: h.country, type: h.type })),
        )
        .onConflictDoNothing();
      await database.close();
    }
    const stored = async () => {
      const database = await target.open();
      try {
        const [c] = await database.db.select({ n: count() }).from(cases);
        const [a] = await database.db.select({ n: count() }).from(activities);
        return Number(c!.n) + Number(a!.n);
      } finally {
        await database.close();
      }
    };
    try {
      // Kill mid-way, as soon as the import's transaction has written. PostgreSQL: seen in
      // pg_stat_activity (backend_xid set). PGlite (inside the command): on the first progress
      // line, printed after the first batch of 500 rows is written.
      let killed: Run;
      if (kind === 'postgres') {
        const watcher = postgres(target.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
        try {
          killed = await spawnCommand([cli, 'import', file], target.env, {
            when: async () => {
              const [row] = await watcher<{ n: number }[]>`
                select count(*)::int as n from pg_stat_activity
                where datname = current_database() and pid <> pg_backend_pid()
                  and backend_xid is not null`;
              return (row?.n ?? 0) > 0;
            },
          });
        } finally {
          await watcher.end();
        }
      } else {
        killed = await spawnCommand([cli, 'import', '--progress', file], target.env, {
          onStderr: /^500 rows read$/mu,
        });
      }
      expect(killed.signal, `finished before the kill (${killed.ms} ms)`).toBe('SIGKILL');
      expect([0, rows]).toContain(await stored());
      // The database is usable after the crash: the same import completes.
      const again = await spawnCommand([cli, 'import', file], target.env);
      expect(again.code, again.stderr + again.stdout).toBe(0);
      expect(await stored()).toBe(rows);
    } finally {
      await target.drop();
    }
  }, 600_000);

  it.runIf(restartRuns)(
    'PostgreSQL restarted under load: the API recovers without a restart',
    async () => {
      const pg = await startThrowawayPostgres();
      let database: Database | null = null;
      let api: Awaited<ReturnType<typeof createApi>> | null = null;
      try {
        database = await openDatabase({ databaseUrl: pg.url });
        await migrateDatabase(database);
        await addUser({
          db: database.db,
          input: {
            email: 'load@test.org',
            name: 'load',
            role: 'admin',
            hubCodes: [],
            password: 'restart-test-2026',
          },
        });
        api = await createApi({ database });
        const url = await api.listen(0, '127.0.0.1');
        const base = url.replace(/\/graphql$/, '');
        const post = (query: string, variables: Record<string, unknown> = {}, token?: string) =>
          fetch(url, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              ...(token ? { authorization: `Bearer ${token}` } : {}),
            },
            body: JSON.stringify({ query, variables }),
          }).then(async (r) => ({
            status: r.status,
            body: (await r.json()) as {
              data?: { login?: { token?: string }; me?: { email?: string } };
              errors?: unknown[];
            },
          }));
        const login = await post(
          'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { ... on Session { token } } }',
          { e: 'load@test.org', p: 'restart-test-2026' },
        );
        const token = login.body.data!.login!.token!;
        const ok = async () => {
          const r = await post('{ me { email } hubs { code } }', {}, token).catch(() => null);
          return r?.status === 200 && r.body.data?.me?.email === 'load@test.org' && !r.body.errors;
        };
        expect(await ok()).toBe(true);

        // Load: 10 clients loop until told to stop, counting outcomes by phase and status.
        let running = true;
        let phase: 'before' | 'outage' | 'after' = 'before';
        const outcome = {
          before: { ok: 0, failed: 0, statuses: new Map<number, number>() },
          outage: { ok: 0, failed: 0, statuses: new Map<number, number>() },
          after: { ok: 0, failed: 0, statuses: new Map<number, number>() },
        };
        const clients = Array.from({ length: 10 }, async () => {
          while (running) {
            // The phase a request started in (one in flight at the halt may still succeed).
            const tally = outcome[phase];
            const r = await post('{ me { email } hubs { code } }', {}, token).catch(() => null);
            if (r && r.status === 200 && !r.body.errors) tally.ok++;
            else tally.failed++;
            const status = r?.status ?? 0;
            tally.statuses.set(status, (tally.statuses.get(status) ?? 0) + 1);
          }
        });
        const count5xx = (statuses: Map<number, number>) =>
          [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
        // Waits for answers rather than a fixed time: under CI load 500 ms saw none at all.
        const answered = (tally: { ok: number; failed: number }, n: number) =>
          vi.waitFor(
            () => {
              if (tally.ok + tally.failed < n) throw new Error(`fewer than ${n} answers`);
            },
            { timeout: 30_000, interval: 50 },
          );
        await answered(outcome.before, 10);
        expect(outcome.before.ok).toBeGreaterThan(0);
        expect(outcome.before.failed).toBe(0);

        // Outage: PostgreSQL stopped (fast shutdown) while the clients keep asking.
        pg.halt();
        phase = 'outage';
        const healthDown = await fetch(`${base}/healthz`);
        expect(healthDown.status).toBe(503);
        expect(await healthDown.json()).toEqual({ status: 'unavailable' });
        // A request during the outage: 503 (retry later), not 500 (a bug), in the caller's language.
        for (const [lang, message] of [
          ['en', 'The service is briefly unavailable. Please try again in a moment.'],
          [
            'es',
            'El servicio no está disponible por un momento. Intente de nuevo en unos instantes.',
          ],
        ] as const) {
          const down = await fetch(url, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'accept-language': lang,
              authorization: `Bearer ${token}`,
            },
            body: JSON.stringify({ query: '{ me { email } }' }),
          });
          expect(down.status).toBe(503);
          expect(down.headers.get('retry-after')).toBe('5');
          const body = (await down.json()) as {
            data?: unknown;
            errors: { message: string; extensions: { code: string } }[];
          };
          expect(body.data).toBeUndefined();
          expect(body.errors).toEqual([{ message, extensions: { code: 'SERVICE_UNAVAILABLE' } }]);
        }
        await answered(outcome.outage, 10);
        // Every request of the outage fails, and every failure is a 503: the 5xx it collects
        // are all "unavailable", none an internal error.
        expect(outcome.outage.failed).toBeGreaterThan(0);
        expect(outcome.outage.ok).toBe(0);
        expect(count5xx(outcome.outage.statuses)).toBe(outcome.outage.failed);
        expect([...outcome.outage.statuses.keys()]).toEqual([503]);

        // PostgreSQL back: the same API process answers again within a few seconds.
        pg.start();
        let recovered = false;
        for (let i = 0; i < 60 && !recovered; i++) {
          await new Promise((r) => setTimeout(r, 250));
          recovered = await ok();
        }
        expect(recovered).toBe(true);
        phase = 'after';
        await answered(outcome.after, 10);
        running = false;
        await Promise.all(clients);
        expect(outcome.after.ok).toBeGreaterThan(0);
        expect(outcome.after.failed, JSON.stringify([...outcome.after.statuses])).toBe(0);
        // (Requests in flight at the halt are left out: they may fail either way.)
        expect(count5xx(outcome.after.statuses)).toBe(0);
        const health = await fetch(`${base}/healthz`);
        expect(health.status).toBe(200);
        // Ten consecutive answers after recovery, none failing.
        for (let i = 0; i < 10; i++) expect(await ok()).toBe(true);
      } finally {
        await api?.stop();
        await database?.close().catch(() => {});
        pg.stop();
      }
    },
    300_000,
  );

  it('an unwritable DATA_DIR stops the API at start with a one-line reason', async () => {
    const file = join(dir, 'not-a-dir');
    writeFileSync(file, 'x');
    for (const dataDir of [join(file, 'data'), '/sys/ventanilla-data']) {
      const r = await spawnCommand([main], { DATA_DIR: dataDir, API_PORT: '0', VT_SILENT: '0' });
      expect(r.code, r.stdout).not.toBe(0);
      const lines = r.stderr.trim().split('\n');
      expect(lines, r.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(
        /Data directory .* is not writable \((ENOTDIR|ENOENT|EACCES|EROFS|EPERM)\); set DATA_DIR/,
      );
    }
  }, 180_000);
});
