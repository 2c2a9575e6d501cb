import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { getFreePort, repoRoot } from '@ventanilla/testkit';

/**
 * Starts the *built* dashboard (`pnpm run build:dashboard`, which the bench scripts run first)
 * against `apiUrl`, and waits until it answers. Returns its origin and the process to kill.
 */
export async function startBuiltDashboard(
  apiUrl: string,
): Promise<{ origin: string; app: ChildProcess }> {
  const port = await getFreePort();
  const origin = `http://localhost:${port}`;
  const app = spawn(process.execPath, [join(repoRoot, 'apps/dashboard/build/index.js')], {
    env: { ...process.env, PORT: String(port), ORIGIN: origin, API_URL: apiUrl },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${origin}/signin`)).ok) return { origin, app };
    } catch {
      // not up yet
    }
    if (i > 100) {
      app.kill();
      throw new Error('the dashboard did not start (is it built? pnpm run build:dashboard)');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
