/**
 * `pnpm --filter @ventanilla/dashboard bench` (second part): how heavy the recording pages are and
 * how fast they load on a slow link (issue 9, docs/benchmarks.md "Field conditions").
 *
 * Starts the API (small demo seed) and the *built* dashboard with packages/testkit, signs in as a
 * hub officer in Chromium and, for /record, /record/activity and /pending:
 * - JavaScript of the page load: raw, gzip and brotli bytes (adapter-node serves precompressed
 *   files), summed over every script the page fetches;
 * - load time under Chromium's network throttling (CDP Network.emulateNetworkConditions with
 *   DevTools' "Slow 3G": 2,000 ms latency, 400 kbit/s both ways), first load (empty cache, no
 *   service worker) and cached (service worker installed and warm): time to first contentful
 *   paint (the server-rendered form is usable then, JavaScript or not) and to the load event.
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
  await page.close();
  return { fcp, load };
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
    'first load FCP / load',
    'cached FCP / load',
  );
  row('---', '---:', '---:', '---:', '---:', '---:', '---:');
  for (const path of PAGES) {
    const url = `${base}${path}`;
    const first: { fcp: number; load: number }[] = [];
    let weight = { files: 0, raw: 0, gzip: 0, brotli: 0 };
    for (let i = 0; i < RUNS; i++) {
      // First load: a fresh browser, signed in, no service worker, empty HTTP cache.
      const { browser, context } = await launch('block');
      const page = await context.newPage();
      await signIn(page, base);
      await page.close();
      if (i === 0) weight = await measureWeight(context, url);
      first.push(await timedLoad(context, url));
      await browser.close();
    }
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
    const cached: { fcp: number; load: number }[] = [];
    for (let i = 0; i < RUNS; i++) cached.push(await timedLoad(context, url));
    await browser.close();
    const ms = (xs: { fcp: number; load: number }[]) =>
      `${(median(xs.map((x) => x.fcp)) / 1000).toFixed(2)} s / ${(median(xs.map((x) => x.load)) / 1000).toFixed(2)} s`;
    row(
      path,
      String(weight.files),
      kb(weight.raw),
      kb(weight.gzip),
      kb(weight.brotli),
      ms(first),
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
