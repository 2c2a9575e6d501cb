import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { openDatabase, type Database } from '../db/client.ts';
import { seedDemo } from '../seed/demo.ts';
import { openTestDatabase, seedFixtures } from '../test/app.ts';
import { copyMigratedDataDir } from '../test/data-dir.ts';
import { adminUrl, databaseUrlFor } from '../test/pg-url.ts';
import { tableChecksums } from './checksum.ts';

const apiDir = fileURLToPath(new URL('../..', import.meta.url));
const { cli, nodeArgs } = inject('bundled');
// The command bundled once per run (test/cli-bundle.ts), started by node itself.
const node = process.execPath;
const kind = inject('testDb').kind;

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vt-backup-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const base = { ...process.env, INIT_CWD: apiDir, ...env } as Record<string, string>;
  if (!env.DATABASE_URL) delete base.DATABASE_URL;
  return new Promise((resolve) => {
    const child = spawn(node, [...nodeArgs, cli, ...args], { env: base, cwd: apiDir });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

async function fill(database: Database) {
  await seedFixtures(database);
  // Enough rows that the COPY fallback's reader sees backpressure: that is when postgres.js
  // left its socket paused and the backup hung (porsager/postgres#917; see backup.ts).
  await seedDemo({ db: database.db, options: { cases: 3000, months: 3, seed: 7 } });
}

describe.runIf(kind === 'pglite')('backup and restore on PGlite', () => {
  it('round trip: backup OUT then restore IN into a fresh DATA_DIR gives equal row counts and checksums', async () => {
    const source = join(dir, 'source');
    copyMigratedDataDir(source);
    const database = await openDatabase({ dataDir: source });
    await fill(database);
    const before = await tableChecksums(database.db);
    await database.close();
    expect(before.cases!.rows).toBeGreaterThan(100);
    expect(before.audit_log!.rows).toBeGreaterThan(0);

    const file = join(dir, 'nightly.vtbak');
    const b = await run(['backup', file], { DATA_DIR: source });
    expect(b.code, b.stderr).toBe(0);
    expect(b.stdout).toMatch(/\(pglite\)/);
    expect(statSync(file).size).toBeGreaterThan(1000);

    const target = join(dir, 'restored');
    const r = await run(['restore', file], { DATA_DIR: target });
    expect(r.code, r.stderr).toBe(0);
    const restored = await openDatabase({ dataDir: target });
    expect(await tableChecksums(restored.db)).toEqual(before);
    await restored.close();

    // Never over existing data; one-line reasons.
    const again = await run(['restore', file], { DATA_DIR: target });
    expect(again.code).not.toBe(0);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(again.stderr).toMatch(/already holds a database/);
    const junk = await run(['restore', cli], { DATA_DIR: join(dir, 'other') });
    expect(junk.code).not.toBe(0);
    expect(junk.stderr).toMatch(/not a backup/);
  }, 240_000);
});

describe.runIf(kind === 'postgres')('backup and restore on PostgreSQL', () => {
  let source: Awaited<ReturnType<typeof openTestDatabase>>;
  let before: Awaited<ReturnType<typeof tableChecksums>>;
  let admin: postgres.Sql;
  const created: string[] = [];
  beforeAll(async () => {
    source = await openTestDatabase();
    await fill(source.database);
    before = await tableChecksums(source.database.db);
    const testDb = inject('testDb');
    admin = postgres(adminUrl(testDb.kind === 'postgres' ? testDb.url : ''), {
      onnotice: () => {},
      max: 1,
    });
  });
  afterAll(async () => {
    for (const name of created) await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
    await source.drop();
  });

  async function emptyDatabase(): Promise<string> {
    const name = `t_restore_${randomBytes(5).toString('hex')}`;
    await admin.unsafe(`create database ${name}`);
    created.push(name);
    return databaseUrlFor(source.url!, name);
  }

  it.each([
    ['pg_dump', {}],
    ['copy', { VT_BACKUP_FORMAT: 'copy' }],
  ] as const)(
    'round trip (%s): restore into a fresh database gives equal row counts and checksums',
    async (format, env) => {
      const file = join(dir, `pg-${format}.bak`);
      const b = await run(['backup', file], { DATABASE_URL: source.url!, ...env });
      expect(b.code, b.stderr).toBe(0);
      expect(b.stdout).toContain(`(${format})`);
      const url = await emptyDatabase();
      const r = await run(['restore', file], { DATABASE_URL: url });
      expect(r.code, r.stderr).toBe(0);
      const restored = await openDatabase({ databaseUrl: url });
      try {
        expect(await tableChecksums(restored.db)).toEqual(before);
        // Sequences moved on: the next audit row gets a fresh id.
        await restored.db.execute(
          (await import('drizzle-orm'))
            .sql`insert into audit_log (action, entity) values ('t', 't')`,
        );
      } finally {
        await restored.close();
      }
      const again = await run(['restore', file], { DATABASE_URL: url });
      expect(again.code).not.toBe(0);
      expect(again.stderr).toMatch(/already has tables/);
    },
    240_000,
  );
});
