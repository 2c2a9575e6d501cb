import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateDemo } from '@ventanilla/demo';
import { openDatabase, type Database } from '../db/client.ts';
import { addHub } from '../services/hubs.ts';
import { openTestDatabase } from '../test/app.ts';
import { copyMigratedDataDir } from '../test/data-dir.ts';
import { writeKoboFile, type KoboSourceRecord } from './kobo-file.ts';

const apiDir = fileURLToPath(new URL('../..', import.meta.url));
const { cli, nodeArgs } = inject('bundled');
// The command bundled once per run (test/cli-bundle.ts), started by node itself.
const node = process.execPath;
const today = new Date().toISOString().slice(0, 10);
const demo = generateDemo({ seed: 5, cases: 25, months: 2, hubs: 3, today: '2026-05-15' });
const records = [...demo.cases, ...demo.activities] as unknown as KoboSourceRecord[];

let env: Record<string, string>;
let dir = '';
let pg: { database: Database; drop: () => Promise<void>; url?: string } | null = null;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vt-cli-import-'));
  const base = { ...process.env, INIT_CWD: apiDir, LANG: 'en_US.UTF-8' } as Record<string, string>;
  delete base.DATABASE_URL;
  // A migrated database with the demo's hubs, written directly: the commands that migrate and
  // add hubs have their own tests (cli.test.ts), and each spawn costs seconds of CPU.
  let database: Database;
  if (inject('testDb').kind === 'postgres') {
    pg = await openTestDatabase();
    database = pg.database;
    env = { ...base, DATABASE_URL: pg.url! };
  } else {
    const dataDir = join(dir, 'data');
    copyMigratedDataDir(dataDir);
    database = await openDatabase({ dataDir });
    env = { ...base, DATA_DIR: dataDir };
  }
  for (const hub of demo.hubs)
    await addHub({
      db: database.db,
      input: { code: hub.code, name: hub.name, country: hub.country, type: hub.type },
    });
  await database.close();
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await pg?.drop().catch(() => {});
});

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(node, [...nodeArgs, cli, ...args], { env, cwd: apiDir });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.stdin.end();
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

describe('ventanilla import | export | xlsform', () => {
  it('imports, re-imports, refuses a bad file, exports and writes the XLSForm', async () => {
    const good = join(dir, 'kobo.csv');
    await writeKoboFile({
      path: good,
      records,
      style: { format: 'csv', groups: true, multiple: 'both' },
    });
    const bad = join(dir, 'kobo-bad.xlsx');
    await writeKoboFile({
      path: bad,
      records: records.map((r, i) => (i === 2 ? { ...r, a5_age_range: 'not_a_range' } : r)),
      style: { format: 'xlsx' },
    });

    const dry = await run(['import', good, '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain(`inserted ${records.length}, updated 0, unchanged 0, rejected 0`);

    const refused = await run(['import', bad]);
    expect(refused.code).not.toBe(0);
    expect(refused.stdout).toMatch(/^row 4: a5_age_range R2 /mu);
    expect(refused.stdout).toContain('rejected 1');
    expect(refused.stderr).toMatch(/^ventanilla: 1 row rejected: nothing stored/mu);

    // The Excel form (the handbook's Excel version) has no _uuid: one file-level error.
    const excel = join(dir, 'excel-form.csv');
    writeFileSync(
      excel,
      'record_type;date;hub;officer_id;b1_country\nactivity;2026-01-10;x;CR-1;CRI\nactivity;2026-01-11;x;CR-1;CRI\n',
    );
    const noUuid = await run(['import', excel]);
    expect(noUuid.code).not.toBe(0);
    expect(noUuid.stdout).not.toMatch(/^row /mu);
    expect(noUuid.stderr.match(/only KoBo exports can be imported/gu)).toHaveLength(1);

    const first = await run(['import', good]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(
      `inserted ${records.length}, updated 0, unchanged 0, rejected 0`,
    );
    const again = await run(['import', good]);
    expect(again.stdout).toContain(
      `inserted 0, updated 0, unchanged ${records.length}, rejected 0`,
    );

    const partial = await run(['import', bad, '--accept-valid']);
    expect(partial.code, partial.stderr).toBe(0);
    expect(partial.stdout).toContain(
      `inserted 0, updated 0, unchanged ${records.length - 1}, rejected 1`,
    );

    const months = records.map((r) => String(r.date).slice(0, 7)).sort();
    for (const ext of ['csv', 'xlsx']) {
      const out = join(dir, `export.${ext}`);
      const exported = await run(['export', '--from', months[0]!, '--to', months.at(-1)!, out]);
      expect(exported.code, exported.stderr).toBe(0);
      expect(exported.stdout).toContain(`${records.length} records exported`);
      const back = await run(['import', out]);
      expect(back.stdout, back.stderr).toContain(
        `inserted 0, updated 0, unchanged ${records.length}, rejected 0`,
      );
    }
    const csv = readFileSync(join(dir, 'export.csv'), 'utf8').split('\r\n')[0]!;
    expect(
      csv
        .replace(/^\uFEFF/u, '')
        .split(';')
        .slice(0, 3),
    ).toEqual(['record_type', 'date', 'hub']);
    expect(csv).toContain(';_uuid;');

    const form = join(dir, 'form.xlsx');
    const xlsform = await run(['xlsform', form]);
    expect(xlsform.code, xlsform.stderr).toBe(0);
    expect(existsSync(form)).toBe(true);
    expect(
      (await run(['export', '--from', '2025-13', '--to', '2026-01', join(dir, 'x.csv')])).code,
    ).not.toBe(0);
    expect(today).toMatch(/^\d{4}/u);
  }, 300_000);
});
