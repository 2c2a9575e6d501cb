import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // One graphql instance: Pothos and Apollo load graphql's CommonJS build through Node, so the
  // code vitest transforms must not get the .mjs build ("another module or realm").
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Test files share a worker's loaded modules (Apollo, Pothos, drizzle): importing them afresh
    // for each of ~60 files was a third of the suite's time. Each file still opens its own
    // database. So no file mocks a module (a mock cannot reach a module an earlier file loaded)
    // or resets them (Pothos would see its plugins registered twice): pass a spy in instead.
    isolate: false,
    // V8's baseline WebAssembly compiler only: every test file starts PGlite, and optimising its
    // Postgres costs more CPU than the tests run (about a fifth of an API test file's CPU).
    execArgv: ['--liftoff-only'],
    maxWorkers: 2,
    env: { VT_SILENT: '1' },
  },
});
