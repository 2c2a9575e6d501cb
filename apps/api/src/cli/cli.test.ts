import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { openTestDatabase } from '../test/app.ts';
import type { Database } from '../db/client.ts';

const apiDir = fileURLToPath(new URL('../..', import.meta.url));
const { cli, nodeArgs } = inject('bundled');
// The command bundled once per run (test/cli-bundle.ts), started by node itself.
const node = process.execPath;

let env: Record<string, string>;
let dataDir = '';
let pg: { database: Database; drop: () => Promise<void>; url?: string } | null = null;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'vt-cli-'));
  const base = { ...process.env, INIT_CWD: apiDir } as Record<string, string>;
  delete base.DATABASE_URL;
  if (inject('testDb').kind === 'postgres') {
    // Same commands against PostgreSQL: a fresh database cloned from the template.
    pg = await openTestDatabase();
    await pg.database.close();
    env = { ...base, DATABASE_URL: pg.url! };
  } else {
    env = { ...base, DATA_DIR: dataDir };
  }
});
afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  await pg?.drop().catch(() => {});
});

function run(
  args: string[],
  stdin?: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(node, [...nodeArgs, cli, ...args], { env, cwd: apiDir });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.stdin.end(stdin ?? '');
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

describe('ventanilla CLI', () => {
  it('migrate, hub add, user add, seed --demo succeed with exit 0', async () => {
    const migrate = await run(['migrate']);
    expect(migrate.code, migrate.stderr).toBe(0);
    const hub = await run([
      'hub',
      'add',
      '--code',
      'gtm_tecun_uman',
      '--name',
      'Tecún Umán',
      '--country',
      'GTM',
      '--type',
      'mobile',
    ]);
    expect(hub.code, hub.stderr).toBe(0);
    const user = await run(
      [
        'user',
        'add',
        '--email',
        'ana@test.org',
        '--name',
        'Ana',
        '--role',
        'hub_officer',
        '--hub',
        'gtm_tecun_uman',
        '--password-stdin',
      ],
      'a-long-password\n',
    );
    expect(user.code, user.stderr).toBe(0);
    const seed = await run(['seed', '--demo', '--cases', '60', '--months', '2', '--seed', '7']);
    expect(seed.code, seed.stderr).toBe(0);
    expect(seed.stdout).toMatch(/seeded \d+ hubs, \d+ users, 60 cases/);
  }, 120_000);

  it('fails with a one-line reason and non-zero exit', async () => {
    const dup = await run([
      'hub',
      'add',
      '--code',
      'gtm_tecun_uman',
      '--name',
      'X',
      '--country',
      'GTM',
    ]);
    expect(dup.code).not.toBe(0);
    expect(dup.stderr.trim().split('\n')).toHaveLength(1);
    expect(dup.stderr).toMatch(/already exists/);
    const role = await run(
      ['user', 'add', '--email', 'b@test.org', '--name', 'B', '--role', 'boss', '--password-stdin'],
      'a-long-password',
    );
    expect(role.code).not.toBe(0);
    expect(role.stderr).toMatch(/role/);
    for (const args of [
      ['import', 'no-such-file.csv'],
      ['xlsform', 'out.txt'],
      ['export', 'out.csv'],
    ]) {
      const r = await run(args);
      expect(r.code).not.toBe(0);
      // One line on stderr: ours (`ventanilla: …`) or commander's (`error: …`).
      expect(r.stderr).toMatch(/^(ventanilla|error): [^\n]+\n$/);
    }
  }, 120_000);

  it('has --help on every command', async () => {
    for (const args of [[], ['migrate'], ['seed'], ['hub', 'add'], ['user', 'add'], ['import']]) {
      const r = await run([...args, '--help']);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout).toMatch(/Usage: ventanilla/);
    }
  }, 120_000);
});
