import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** scripts/test's closing line, fed the output of two vitest runs (colours included). */
const script = fileURLToPath(new URL('../../../scripts/test-summary.sh', import.meta.url));

const log = [
  '@ventanilla/domain:test: \x1b[2m Test Files \x1b[22m \x1b[1m\x1b[32m12 passed\x1b[39m\x1b[22m\x1b[90m (12)\x1b[39m',
  '@ventanilla/domain:test: \x1b[2m      Tests \x1b[22m \x1b[1m\x1b[32m140 passed\x1b[39m\x1b[22m\x1b[2m | \x1b[22m\x1b[33m2 skipped\x1b[39m\x1b[90m (142)\x1b[39m',
  '@ventanilla/api:test:  Test Files  1 failed | 40 passed (41)',
  '@ventanilla/api:test:       Tests  1 failed | 300 passed | 3 skipped | 1 todo (305)',
].join('\n');

function summarise(args: string[]) {
  const run = spawnSync('bash', [script, ...args], { input: log, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return run;
}

describe('scripts/test closing line', () => {
  it('counts passed, failed and skipped (todo counts as skipped) over every vitest run', () => {
    expect(summarise(['--postgres', 'ran']).stdout.trim()).toBe(
      'tests: 440 passed, 1 failed, 6 skipped',
    );
  });

  it('says loudly when the PostgreSQL pass did not run, and only then', () => {
    const absent = summarise(['--postgres', 'absent']);
    expect(absent.stdout).toContain('tests: 440 passed, 1 failed, 6 skipped');
    expect(absent.stderr).toMatch(/WARNING.*PostgreSQL pass did not run/);
    const ran = summarise(['--postgres', 'ran']);
    expect(ran.stderr).toBe('');
  });
});
