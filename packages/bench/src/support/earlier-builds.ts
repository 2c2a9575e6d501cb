import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getFreePort, repoRoot, startProcess, type Started } from '@ventanilla/testkit';
import type { LightPage } from './light-pages.ts';

export type Build = { label: string; base: Partial<Record<LightPage['app'], string>> };

/**
 * Starts each app that has `apps/<app>/<dir>` (a copy of an earlier build) against the same
 * API as the current build, so that bench:startup and bench:lighthouse compare the two builds
 * back to back under the same load. An app without that directory is measured by its current
 * build only.
 */
export async function startEarlierBuilds(
  dir: string,
  urls: { graphql: string; dashboard?: string; onboarding?: string },
): Promise<{ build: Build; started: Started[] }> {
  const base: Build['base'] = {};
  const started: Started[] = [];
  for (const app of ['dashboard', 'onboarding'] as const) {
    if (!existsSync(join(repoRoot, 'apps', app, dir, 'index.js'))) continue;
    const port = await getFreePort();
    const url = `http://localhost:${port}`;
    started.push(
      await startProcess({
        name: `${app} (${dir})`,
        command: process.execPath,
        args: [join(dir, 'index.js')],
        cwd: join(repoRoot, 'apps', app),
        env: {
          PORT: String(port),
          HOST: '127.0.0.1',
          ORIGIN: url,
          API_URL: urls.graphql,
          DASHBOARD_URL: urls.dashboard ?? '',
          ONBOARDING_URL: urls.onboarding ?? '',
        },
        url,
        readyUrl: `${url}/signin`,
        timeoutMs: 30_000,
      }),
    );
    base[app] = url;
  }
  return { build: { label: dir, base }, started };
}
