/**
 * `pnpm --filter @ventanilla/bench bench:weight` (the last step of `pnpm bench`): how heavy the recording pages are and
 * how fast they load on a slow link (issue 9, docs/benchmarks.md "Field conditions").
 *
 * Starts the API (small demo seed) and the *built* dashboard with packages/testkit, signs in as a
 * hub officer in Chromium and, for /record, /record/activity and /pending:
 * - JavaScript of the page load: raw, gzip and brotli bytes (adapter-node serves precompressed
 *   files), summed over every script the page fetches;
 * - load time under Chromium's network throttling (CDP Network.emulateNetworkConditions with
 *   DevTools' "Slow 3G": 2,000 ms latency, 400 kbit/s both ways): time to first contentful
 *   paint (the server-rendered form is usable then, JavaScript or not), to the load event and
 *   until the last script has arrived (JS in: the in-browser validation works from then), three
 *   ways:
 *   - cold first load: a fresh browser whose only state is the session cookie (signed in over
 *     HTTP, not in the browser), so the HTTP cache is empty and nothing was loaded before;
 *   - after sign-in: a fresh browser that signs in through the form and lands on the home page
 *     (its shared scripts and styles are then in the HTTP cache), then opens the page;
 *   - cached: service worker installed and its page cache warm.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath, startStack } from '@ventanilla/testkit';

const officer = { email: 'oficial.upala@demo.ventanilla.org', password: 'demo-oficial-2026' };
const PAGES = ['/record', '/record/activity', '/pending'];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const slow3g = {
  offline: false,
  latency: 400 * 5,
  downloadThroughput: ((500 * 1000) / 8) * 0.8,
  uploadThroughput: ((500 * 1000) / 8) * 0.8,
};

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function signIn(page: Page, base: string) {
  await page.goto(`${base}/signin`);
  await page.getByLabel('Correo electrónico').fill(officer.email);
  await page.getByLabel('Contraseña').fill(officer.password);
  await page.getByRole('button', { name: 'Entrar' }).click();
  await page.waitForURL(`${base}/`);
}

/** A session cookie for the officer, signed in over HTTP (no browser involved). */
async function signInOverHttp(base: string): Promise<string> {
  const res = await fetch(`${base}/signin`, {
    method: 'POST',
    headers: { origin: base, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email: officer.email, password: officer.password }),
    redirect: 'manual',
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('vt_session='));
  if (!cookie) throw new Error(`sign-in over HTTP failed: ${res.status}`);
  return cookie.slice('vt_session='.length).split(';')[0]!;
}

/** A fresh browser context whose only state is the officer's session cookie. */
async function coldContext(context: BrowserContext, base: string) {
  await context.addCookies([
    { name: 'vt_session', value: await signInOverHttp(base), url: base, httpOnly: true },
  ]);
}

async function measureWeight(context: BrowserContext, url: string) {
  const page = await context.newPage();
  const scripts = new Map<string, Buffer>();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    try {
      scripts.set(response.url(), await response.body());
    } catch {
      // a redirect or an aborted request has no body
    }
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.close();
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const body of scripts.values()) {
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
    brotli += brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
  }
  return { files: scripts.size, raw, gzip, brotli };
}

async function timedLoad(context: BrowserContext, url: string) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', slow3g);
  const started = Date.now();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const load = Date.now() - started;
  // Signed in: the page itself, not a redirect to the sign-in form.
  if (new URL(page.url()).pathname !== new URL(url).pathname)
    throw new Error(`${url} ended at ${page.url()}`);
  // First contentful paint may come after the load event (a page drawn by its script): wait
  // for the entry, up to 10 s.
  const fcp = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (entry) resolve(entry.startTime);
        }).observe({ type: 'paint', buffered: true });
        setTimeout(() => resolve(NaN), 10_000);
      }),
  );
  // When the last script arrived (from navigation start): the page's own validation and the
  // offline queue work from then on. SvelteKit imports its modules dynamically, so the load
  // event does not wait for them.
  await page.waitForLoadState('networkidle', { timeout: 120_000 });
  const scripts = await page.evaluate(() =>
    Math.max(
      0,
      ...performance
        .getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname.endsWith('.js'))
        .map((e) => (e as PerformanceResourceTiming).responseEnd),
    ),
  );
  await page.close();
  return { fcp, load, scripts };
}

const stack = await startStack({ apps: ['dashboard'], demoCases: 200, demoMonths: 2 });
const base = stack.urls.dashboard!;
const launch = (serviceWorkers: 'allow' | 'block') =>
  chromium
    .launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true })
    .then(async (browser) => ({
      browser,
      context: await browser.newContext({ locale: 'es-MX', serviceWorkers }),
    }));
try {
  const lines: string[] = [];
  const row = (...cells: string[]) => lines.push(`| ${cells.join(' | ')} |`);
  row(
    'page',
    'JS files',
    'JS raw',
    'JS gzip',
    'JS brotli',
    'cold first load FCP / load / JS in',
    'after sign-in FCP / load / JS in',
    'cached FCP / load / JS in',
  );
  row('---', '---:', '---:', '---:', '---:', '---:', '---:', '---:');
  for (const path of PAGES) {
    const url = `${base}${path}`;
    const cold: { fcp: number; load: number; scripts: number }[] = [];
    const afterSignIn: { fcp: number; load: number; scripts: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Cold: a fresh browser with the session cookie only; no page loaded before.
      {
        const { browser, context } = await launch('block');
        await coldContext(context, base);
        cold.push(await timedLoad(context, url));
        await browser.close();
      }
      // After sign-in: the sign-in form and the home page came first (shared files cached).
      {
        const { browser, context } = await launch('block');
        const page = await context.newPage();
        await signIn(page, base);
        await page.close();
        afterSignIn.push(await timedLoad(context, url));
        await browser.close();
      }
    }
    // Weight: in a cold browser of its own (so no run above was warmed by it).
    const { browser: weighing, context: weighContext } = await launch('block');
    await coldContext(weighContext, base);
    const weight = await measureWeight(weighContext, url);
    await weighing.close();
    // Cached: service worker installed and the pages warmed after sign-in.
    const { browser, context } = await launch('allow');
    const page = await context.newPage();
    await signIn(page, base);
    await page.goto(url);
    for (let tries = 0; tries < 60; tries++) {
      const warm = await page.evaluate(async (p) => {
        const name = (await caches.keys()).find((k) => k.startsWith('vt-dashboard-pages'));
        return (
          !!name && !!(await (await caches.open(name)).match(new URL(p, location.origin).href))
        );
      }, path);
      if (warm) break;
      await page.waitForTimeout(500);
    }
    await page.waitForTimeout(2000);
    await page.close();
    const cached: { fcp: number; load: number; scripts: number }[] = [];
    for (let i = 0; i < RUNS; i++) cached.push(await timedLoad(context, url));
    await browser.close();
    const seconds = (xs: number[]) => `${(median(xs) / 1000).toFixed(2)} s`;
    const ms = (xs: { fcp: number; load: number; scripts: number }[]) =>
      [xs.map((x) => x.fcp), xs.map((x) => x.load), xs.map((x) => x.scripts)]
        .map(seconds)
        .join(' / ');
    row(
      path,
      String(weight.files),
      kb(weight.raw),
      kb(weight.gzip),
      kb(weight.brotli),
      ms(cold),
      ms(afterSignIn),
      ms(cached),
    );
  }
  console.log(
    `\nSlow 3G (latency ${slow3g.latency} ms, ${(slow3g.downloadThroughput * 8) / 1000} kbit/s), median of ${RUNS}\n`,
  );
  console.log(lines.join('\n'));
} finally {
  await stack.stop();
}
