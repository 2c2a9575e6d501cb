import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { kitOptions } from '@ventanilla/ui/kit-options.js';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    sveltekit({
      adapter: adapter(),
      ...kitOptions,
      // Root-relative asset paths: the 403 page (src/lib/server/route-guard.ts) is rendered for
      // /forbidden and served at the refused URL, whose depth differs (/cases/export).
      paths: { relative: false },
    }),
  ],
  // CommonJS with dynamic requires (country names, via @ventanilla/domain): load it from
  // node_modules at run time instead of bundling it.
  ssr: { external: ['i18n-iso-countries'] },
  server: { port: Number(process.env.DASHBOARD_PORT ?? 3002) },
  preview: { port: Number(process.env.DASHBOARD_PORT ?? 3002) },
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // Starts the API and both built apps once for the browser journey.
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // A polled state in a browser journey (an offline queue sent, a chart drawn) waits like
    // Playwright's own waits do: vitest's 1 s default is shorter than one page load when CI
    // runs the API suite beside these specs on two cores.
    expect: { poll: { timeout: 15_000 } },
  },
});
