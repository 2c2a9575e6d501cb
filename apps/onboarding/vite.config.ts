import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { kitOptions } from '@ventanilla/ui/kit-options.js';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit({ adapter: adapter(), ...kitOptions })],
  server: { port: Number(process.env.ONBOARDING_PORT ?? 3001) },
  preview: { port: Number(process.env.ONBOARDING_PORT ?? 3001) },
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // Starts the API and the built app once for the browser journey.
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
