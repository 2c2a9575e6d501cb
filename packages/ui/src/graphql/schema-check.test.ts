/**
 * The promise of `gql-tada check` in the apps' `check` scripts: a field renamed in the API's
 * schema makes the check fail in the app whose document selects it, naming the document. Runs on
 * a scratch copy (temp dir) of the app's sources and of schema.graphql; the tree is not touched.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const schema = readFileSync(join(root, 'apps/api/schema.graphql'), 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'vt-schema-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Renames `field` of `type` in a copy of the schema and checks a copy of the app against it. */
async function checkWithRenamedField({
  app,
  type,
  field,
}: {
  app: string;
  type: string;
  field: string;
}) {
  const dir = mkdtempSync(join(scratch, `${app}-`));
  const appDir = join(root, 'apps', app);
  cpSync(join(appDir, 'src'), join(dir, 'src'), { recursive: true });
  cpSync(join(appDir, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(appDir, 'node_modules'), join(dir, 'node_modules'));
  const block = new RegExp(`(\\ntype ${type} [^{]*\\{[^}]*\\n  )${field}(:)`);
  expect(schema).toMatch(block);
  writeFileSync(join(dir, 'schema.graphql'), schema.replace(block, `$1${field}Renamed$2`));
  const tsconfig = {
    extends: join(root, 'tsconfig.base.json'),
    compilerOptions: {
      plugins: [{ name: 'gql.tada/ts-plugin', schema: './schema.graphql' }],
    },
    include: ['src/**/*.ts'],
  };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
  const bin = join(appDir, 'node_modules/.bin/gql-tada');
  return run(bin, ['check', '--tsconfig', join(dir, 'tsconfig.json')], { cwd: dir }).then(
    ({ stdout, stderr }) => ({ failed: false, output: stdout + stderr }),
    (error: { stdout: string; stderr: string }) => ({
      failed: true,
      output: error.stdout + error.stderr,
    }),
  );
}

// Each check starts TypeScript over an app's sources: seconds, not milliseconds.
describe('documents checked against the schema', { timeout: 45_000 }, () => {
  it('fails the dashboard check on a renamed report figure, naming the document', async () => {
    const result = await checkWithRenamedField({
      app: 'dashboard',
      type: 'ReportFigures',
      field: 'womenReached',
    });
    expect(result.failed).toBe(true);
    expect(result.output).toContain('src/lib/reports/documents.ts');
    expect(result.output).toContain('Cannot query field "womenReached" on type "ReportFigures"');
  });

  it('fails the onboarding check on a renamed training field, naming the document', async () => {
    const result = await checkWithRenamedField({
      app: 'onboarding',
      type: 'TrainingProgress',
      field: 'nextItemId',
    });
    expect(result.failed).toBe(true);
    expect(result.output).toContain('src/lib/server/training.ts');
    expect(result.output).toContain('Cannot query field "nextItemId" on type "TrainingProgress"');
  });

  it('passes when the renamed field is one no document of the app selects', async () => {
    const result = await checkWithRenamedField({
      app: 'onboarding',
      type: 'MonthlyReport',
      field: 'reviewerComment',
    });
    expect(result).toEqual({ failed: false, output: expect.stringContaining('No problems found') });
  });
});
