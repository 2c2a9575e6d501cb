import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getFreePort, startProcess, type Started } from './processes.ts';

/** The repository root (this file is packages/testkit/src/stack.ts). */
export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

export type AppName = 'dashboard' | 'onboarding';

/** What a journey needs to know about the running stack. */
export type StackUrls = { api: string; graphql: string } & Partial<Record<AppName, string>>;

export type Stack = { urls: StackUrls; stop: () => Promise<void> };

/**
 * Starts the API from source (`tsx apps/api/src/main.ts`) on a free port with a fresh temporary
 * DATA_DIR and a small demo seed, then the given *built* apps (`node build/index.js`; the app's
 * `test` script runs `vite build` first) on free ports pointing at it. `stop()` ends them all
 * and removes the data directory.
 *
 * With `TEST_API_URL` set (e.g. http://localhost:4000), an API that is already running is used
 * instead of starting one.
 *
 * Apps are reached as http://localhost:PORT (not 127.0.0.1) so that ORIGIN matches for
 * SvelteKit's CSRF check and the session cookie is shared between the apps.
 */
export async function startStack({
  apps,
  demoCases = 400,
  demoMonths = 3,
  env = {},
}: {
  apps: AppName[];
  demoCases?: number;
  demoMonths?: number;
  env?: Record<string, string>;
}): Promise<Stack> {
  const started: Started[] = [];
  const dataDir = await mkdtemp(join(tmpdir(), 'ventanilla-test-'));
  const stop = async () => {
    for (const process of started.reverse()) await process.stop();
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    const external = process.env.TEST_API_URL?.replace(/\/+$/, '');
    const apiPort = await getFreePort();
    const apiDir = join(repoRoot, 'apps/api');
    const api = external
      ? { url: external }
      : await startProcess({
          name: 'api',
          command: join(apiDir, 'node_modules/.bin/tsx'),
          args: ['src/main.ts'],
          cwd: apiDir,
          env: {
            API_PORT: String(apiPort),
            DATA_DIR: dataDir,
            SEED_DEMO: '1',
            SEED_DEMO_CASES: String(demoCases),
            SEED_DEMO_MONTHS: String(demoMonths),
            VT_SILENT: '1',
            ...env,
          },
          url: `http://localhost:${apiPort}`,
          readyUrl: `http://localhost:${apiPort}/healthz`,
          timeoutMs: 90_000,
        });
    if ('stop' in api) started.push(api);
    const graphql = `${api.url}/graphql`;
    const urls: StackUrls = { api: api.url, graphql };

    const ports = Object.fromEntries(
      await Promise.all(apps.map(async (app) => [app, await getFreePort()] as const)),
    ) as Record<AppName, number>;
    const appUrl = (app: AppName) => `http://localhost:${ports[app]}`;

    const processes = await Promise.all(
      apps.map((app) =>
        startProcess({
          name: app,
          command: process.execPath,
          args: ['build/index.js'],
          cwd: join(repoRoot, 'apps', app),
          env: {
            PORT: String(ports[app]),
            HOST: '127.0.0.1',
            ORIGIN: appUrl(app),
            // Same no-JavaScript upload limit as the apps' `start` scripts (multipart import).
            BODY_SIZE_LIMIT: '50M',
            API_URL: graphql,
            ...(ports.dashboard ? { DASHBOARD_URL: appUrl('dashboard') } : {}),
            ...(ports.onboarding ? { ONBOARDING_URL: appUrl('onboarding') } : {}),
            ...env,
          },
          url: appUrl(app),
          readyUrl: `${appUrl(app)}/signin`,
          timeoutMs: 30_000,
        }),
      ),
    );
    for (const [index, app] of apps.entries()) {
      const proc = processes[index];
      if (proc) {
        started.push(proc);
        urls[app] = proc.url;
      }
    }
    return { urls, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
