import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

/**
 * Bundles the `ventanilla` command (src/cli/main.ts) and the API entry (src/main.ts) once per
 * test run, so the tests that spawn them start `node` on plain JavaScript instead of `tsx`
 * (which starts a second node and compiles the whole source on every spawn: most of the time of
 * the CLI, backup and fault tests). Our sources and the workspace packages are bundled; every
 * other package stays external, imported by its resolved path exactly as at run time.
 */
export async function bundleEntries(
  apiDir: string,
): Promise<{ cli: string; main: string; nodeArgs: string[] }> {
  const outdir = mkdtempSync(join(tmpdir(), 'vt-cli-bundle-'));
  await build({
    entryPoints: { 'cli/main': join(apiDir, 'src/cli/main.ts'), main: join(apiDir, 'src/main.ts') },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    logLevel: 'warning',
    plugins: [externalPackages, sourceImportMetaUrl],
  });
  return { cli: join(outdir, 'cli/main.mjs'), main: join(outdir, 'main.mjs'), nodeArgs };
}

/**
 * Node flags for the spawned commands, as for the test workers (vitest.config.ts): V8's baseline
 * WebAssembly compiler only. Optimising PGlite's Postgres costs a short command more CPU (~2 s
 * per start) than it saves; same results, only compiled differently.
 */
export const nodeArgs = ['--liftoff-only'];

/**
 * Bundled too: drizzle-orm (pure ESM): imported file by file, its hundreds of modules take
 * ~2 s of CPU to load in every spawned command; bundled, only what we use, in one file.
 */
const bundledPackages = ['@ventanilla', 'node:', 'drizzle-orm'];

/** Other node_modules packages load from where they are (PGlite finds its WASM files beside it). */
const externalPackages: Plugin = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (bundledPackages.some((p) => args.path === p || args.path.startsWith(`${p}/`)))
        return undefined;
      if (args.pluginData === 'inner') return undefined;
      const resolved = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: 'inner',
      });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      return { path: resolved.path, external: true };
    });
  },
};

/** `import.meta.url` keeps meaning the source file (paths.ts finds drizzle/ from it). */
const sourceImportMetaUrl: Plugin = {
  name: 'source-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      const contents = readFileSync(args.path, 'utf8');
      if (!contents.includes('import.meta.url')) return undefined;
      return {
        contents: contents.replaceAll(
          'import.meta.url',
          JSON.stringify(pathToFileURL(args.path).href),
        ),
        loader: 'ts',
      };
    });
  },
};
