/**
 * `pnpm content`: checks the YAML and writes the domain's generated modules.
 * `--check` (run by `pnpm check`) writes nothing and fails when they are out of date.
 */
import { fileURLToPath } from 'node:url';
import { generate } from './generate.ts';
import { ContentErrors, formatError } from './source-file.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');

try {
  const { written, stale } = generate({ root, check });
  for (const file of written) console.log(`wrote ${file.replace('../', 'packages/')}`);
  if (stale.length > 0) {
    for (const file of stale)
      console.error(
        `${file.replace('../', 'packages/')} is out of date with the YAML: run \`pnpm content\``,
      );
    process.exitCode = 1;
  }
} catch (error) {
  if (!(error instanceof ContentErrors)) throw error;
  for (const problem of error.errors) console.error(formatError(problem, 'packages/content/'));
  console.error(`${error.errors.length} problem(s) in the content: see docs/content.md`);
  process.exitCode = 1;
}
