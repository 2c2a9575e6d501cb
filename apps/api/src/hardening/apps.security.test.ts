/**
 * Threat-model tests for the two SvelteKit apps (docs/security.md): the *built* dashboard and
 * onboarding (`node build/index.js`, as in production) against a test API. Build them first
 * (`pnpm --filter @ventanilla/dashboard build`, same for onboarding; their `test` scripts do).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getFreePort } from '@ventanilla/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, startTestApp, testPassword, type TestApp } from '../test/app.ts';

const appsDir = fileURLToPath(new URL('../../../', import.meta.url));
const names = ['dashboard', 'onboarding'] as const;

let api: TestApp;
const running: { name: string; child: ChildProcess; url: string }[] = [];

beforeAll(async () => {
  for (const name of names) {
    if (!existsSync(`${appsDir}${name}/build/index.js`))
      throw new Error(`apps/${name} is not built: run pnpm --filter @ventanilla/${name} build`);
  }
  api = await startTestApp();
  for (const name of names) {
    const port = await getFreePort();
    const url = `http://localhost:${port}`;
    const child = spawn(process.execPath, ['build/index.js'], {
      cwd: `${appsDir}${name}`,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: url, API_URL: api.url },
      stdio: 'ignore',
    });
    running.push({ name, child, url });
  }
  for (const { url } of running) {
    for (let i = 0; ; i++) {
      const ok = await fetch(`${url}/signin`).then(
        (r) => r.status < 500,
        () => false,
      );
      if (ok) break;
      if (i > 150) throw new Error(`${url} did not start`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
});
afterAll(async () => {
  for (const { child } of running) child.kill('SIGTERM');
  await api?.close();
});

describe.each(names)('%s (built app)', (name) => {
  const base = () => running.find((r) => r.name === name)!.url;

  it('security headers and CSP with nonces on every page', async () => {
    const res = await fetch(`${base()}/signin`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).toMatch(/form-action 'self'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('permissions-policy')).toBe(
      'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    );
    // Each response gets its own nonce, and every inline script carries it. The page boots
    // from an inline script, so finding none would mean this checked nothing.
    const html = await res.text();
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    const inline = html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? [];
    expect(inline, html.slice(0, 500)).not.toEqual([]);
    for (const tag of inline) expect(tag).toContain(`nonce="${nonce}"`);
    const again = (await fetch(`${base()}/signin`)).headers.get('content-security-policy');
    expect(again).not.toBe(csp);
  });

  it('BREACH: gzipped pages that reflect the query carry no session token and no CSRF token', async () => {
    const signin = await fetch(`${base()}/signin`, {
      method: 'POST',
      headers: { origin: base(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: people.admin, password: testPassword }),
      redirect: 'manual',
    });
    const token = /^vt_session=([^;]+)/.exec(
      signin.headers.getSetCookie().find((c) => c.startsWith('vt_session='))!,
    )![1]!;
    expect(token.length).toBeGreaterThanOrEqual(43);
    // Attacker-chosen text in the URL, echoed by the page next to whatever it holds.
    const reflected = 'vt_session=BREACHPROBE';
    for (const path of ['/', `/?q=${reflected}`, `/__data.json?q=${reflected}`]) {
      const res = await fetch(`${base()}${path}`, {
        headers: { cookie: `vt_session=${token}`, 'accept-encoding': 'gzip' },
        redirect: 'manual',
      });
      expect(res.status, path).toBe(200);
      // Compressed: the threat applies, so the control must hold.
      expect(res.headers.get('content-encoding'), path).toBe('gzip');
      const body = await res.text();
      expect(body, path).not.toContain(token);
      expect(body.toLowerCase(), path).not.toMatch(/csrf|xsrf|name="_token"/);
    }
  });

  it('CSRF: a cross-site form post is refused before any action runs', async () => {
    const body = new URLSearchParams({ email: people.admin, password: testPassword });
    for (const origin of ['https://evil.example', 'null']) {
      const res = await fetch(`${base()}/signin`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
        body,
        redirect: 'manual',
      });
      expect(res.status, origin).toBe(403);
      expect(res.headers.get('set-cookie')).toBeNull();
    }
  });

  it('sign-in sets an httpOnly SameSite=Lax session cookie, only for a same-origin form', async () => {
    const res = await fetch(`${base()}/signin`, {
      method: 'POST',
      headers: { origin: base(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: people.admin, password: testPassword }),
      redirect: 'manual',
    });
    expect(res.status).toBeLessThan(400);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('vt_session='));
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//i);
  });
});
