/**
 * `pnpm --filter @ventanilla/bench bench:startup`: start-up main-thread work of the light pages
 * (issue 17 item 4, docs/benchmarks.md "Light pages"), in measures that a loaded machine bends
 * less than Lighthouse's score: JavaScript bytes the page loads, DOM nodes, and the main
 * thread's task, script and style/layout time and long tasks (CDP `Performance.getMetrics` and a
 * `longtask` observer) under CDP's CPU throttling (BENCH_CPU, default 4×, as Lighthouse's mobile
 * profile). Same pages as bench:lighthouse (BENCH_LIGHTHOUSE_PAGES filters them).
 *
 * BENCH_STARTUP_COMPARE=build-before also starts each app from `apps/<app>/build-before` (a copy
 * of an earlier build) against the same API and measures both back to back, alternating run by
 * run, so that a change is compared under the same load.
 */
import { loadavg } from 'node:os';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath, startStack, type Started } from '@ventanilla/testkit';
import { startEarlierBuilds, type Build } from './support/earlier-builds.ts';
import { prepareLightPages } from './support/light-pages.ts';
import { median } from './support/timing.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CPU = Number(process.env.BENCH_CPU ?? 4);
const ONLY = process.env.BENCH_LIGHTHOUSE_PAGES?.split(',').filter(Boolean);
const COMPARE = process.env.BENCH_STARTUP_COMPARE;

type Sample = {
  jsBytes: number;
  nodes: number;
  taskMs: number;
  scriptMs: number;
  styleLayoutMs: number;
  longTaskMs: number;
  blockingMs: number;
};

async function measure(browser: Browser, url: string, token: string): Promise<Sample> {
  const context = await browser.newContext({
    locale: 'es-MX',
    viewport: { width: 412, height: 823 },
    isMobile: true,
  });
  // For the whole site: a cookie set for the page's URL gets that URL's directory as its path
  // (/record for /record/activity), so the page's own requests elsewhere (/offline/key) went
  // signed out, and the unread 401 kept the network from ever going idle.
  const origin = new URL(url).origin;
  await context.addCookies([{ name: 'vt_session', value: token, url: origin, httpOnly: true }]);
  // Long tasks from the very start of the document (observed before any script of the page).
  await context.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  await page.goto(url, { waitUntil: 'networkidle' });
  if (new URL(page.url()).pathname !== new URL(url).pathname)
    throw new Error(`${url} ended at ${page.url()} (not signed in?)`);
  // Charts and other work queued after the load: let it run out.
  await page.waitForTimeout(1500);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  const { nodes, tasks, jsBytes } = await page.evaluate(() => ({
    nodes: document.getElementsByTagName('*').length,
    tasks: (window as unknown as { __longTasks: number[] }).__longTasks,
    // Every script the page loaded (module preloads included), uncompressed.
    jsBytes: performance
      .getEntriesByType('resource')
      .filter((e) => new URL(e.name).pathname.endsWith('.js'))
      .reduce((sum, e) => sum + (e as PerformanceResourceTiming).decodedBodySize, 0),
  }));
  await context.close();
  return {
    jsBytes,
    nodes,
    taskMs: metric('TaskDuration'),
    scriptMs: metric('ScriptDuration'),
    styleLayoutMs: metric('RecalcStyleDuration') + metric('LayoutDuration'),
    longTaskMs: tasks.reduce((a, b) => a + b, 0),
    blockingMs: tasks.reduce((a, b) => a + Math.max(0, b - 50), 0),
  };
}

const stack = await startStack({ apps: ['dashboard', 'onboarding'] });
const urls = stack.urls as Required<typeof stack.urls>;
const extra: Started[] = [];
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
  headless: true,
});
let close: () => Promise<unknown> = async () => {};
try {
  const builds: Build[] = [
    { label: 'build', base: { dashboard: urls.dashboard, onboarding: urls.onboarding } },
  ];
  if (COMPARE) {
    const earlier = await startEarlierBuilds(COMPARE, urls);
    extra.push(...earlier.started);
    builds.unshift(earlier.build);
  }
  const prepared = await prepareLightPages(urls.graphql, ONLY);
  close = prepared.close;

  const lines = [
    `| page | build | JS (KB) | DOM nodes | task (ms) | script (ms) | style+layout (ms) | long tasks (ms) | blocking (ms) |`,
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const page of prepared.pages) {
    const samples = new Map(builds.map((b) => [b.label, [] as Sample[]]));
    for (let i = 0; i < RUNS; i++)
      for (const build of builds.filter((b) => b.base[page.app]))
        samples
          .get(build.label)!
          .push(
            await measure(browser, `${build.base[page.app]}${page.path}`, prepared.tokens[page.as]),
          );
    for (const build of builds.filter((b) => b.base[page.app])) {
      const runs = samples.get(build.label)!;
      const m = (key: keyof Sample) => median(runs.map((r) => r[key]));
      const line = `| ${page.name} | ${build.label} | ${(m('jsBytes') / 1024).toFixed(1)} | ${m('nodes')} | ${m('taskMs').toFixed(0)} | ${m('scriptMs').toFixed(0)} | ${m('styleLayoutMs').toFixed(0)} | ${m('longTaskMs').toFixed(0)} | ${m('blockingMs').toFixed(0)} |`;
      console.log(line, `(load average ${loadavg()[0]!.toFixed(1)})`);
      lines.push(line);
    }
  }
  console.log(
    `\nChromium ${browser.version()}, CPU throttled ${CPU}×, 412×823 mobile viewport, median of ${RUNS} runs, builds alternating run by run\n`,
  );
  console.log(lines.join('\n'));
} finally {
  await close();
  await browser.close();
  for (const started of extra) await started.stop();
  await stack.stop();
}
