/**
 * `pnpm --filter @ventanilla/bench bench:lighthouse` (part of `pnpm bench`): Lighthouse's mobile
 * scores for the main pages of both apps (issue 17 item 4, docs/benchmarks.md "Light pages").
 *
 * Starts the API (small demo seed) and both *built* apps with packages/testkit, opens a
 * verification meeting and a campaign so their pages exist, then runs Lighthouse 12 (its default
 * mobile profile: simulated slow 4G and 4× CPU slowdown) BENCH_RUNS times per page (default 3),
 * each in a fresh Debian Chromium, signed in by the session cookie sent as a request header.
 * Prints the median performance score with its Total Blocking Time, FCP and LCP, and the
 * accessibility and best-practices scores. BENCH_LIGHTHOUSE_PAGES=a,b keeps only the pages whose
 * name contains one of the words; BENCH_LIGHTHOUSE_OUT=dir keeps each page's median report (JSON)
 * for its audits (bootup-time, mainthread-work-breakdown). BENCH_LIGHTHOUSE_COMPARE=build-before
 * also runs each page on `apps/<app>/build-before` (a copy of an earlier build, same API),
 * alternating the two builds run by run.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromiumPath, startStack, type Started } from '@ventanilla/testkit';
import { startEarlierBuilds, type Build } from './support/earlier-builds.ts';
import { prepareLightPages } from './support/light-pages.ts';
import { median } from './support/timing.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ONLY = process.env.BENCH_LIGHTHOUSE_PAGES?.split(',').filter(Boolean);
const OUT = process.env.BENCH_LIGHTHOUSE_OUT;
const COMPARE = process.env.BENCH_LIGHTHOUSE_COMPARE;

/** Debian's Chromium with a DevTools port for Lighthouse; a fresh profile every time. */
async function launchChromium() {
  const profile = await mkdtemp(join(tmpdir(), 'vt-lighthouse-'));
  const chrome = spawn(
    chromiumPath,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let text = '';
    chrome.stderr!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const found = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
      if (found) resolve(Number(found[1]));
    });
    chrome.on('exit', (code) => reject(new Error(`Chromium exited (${code}): ${text}`)));
  });
  const close = async () => {
    const exited = new Promise((r) => chrome.once('exit', r));
    chrome.kill();
    await exited;
    // Chromium's helpers may still be writing their cache for a moment after it exits.
    await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }).catch(
      () => {},
    );
  };
  return { port, close };
}

type Scores = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  tbt: number;
  fcp: number;
  lcp: number;
  benchmarkIndex: number;
  report: string;
};

async function runLighthouse(url: string, token: string): Promise<Scores> {
  const chrome = await launchChromium();
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
      extraHeaders: { Cookie: `vt_session=${token}` },
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
    if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname)
      throw new Error(`${url} ended at ${lhr.finalDisplayedUrl} (not signed in?)`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const ms = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      tbt: ms('total-blocking-time'),
      fcp: ms('first-contentful-paint'),
      lcp: ms('largest-contentful-paint'),
      benchmarkIndex: lhr.environment.benchmarkIndex,
      report: result.report as string,
    };
  } finally {
    await chrome.close();
  }
}

const stack = await startStack({ apps: ['dashboard', 'onboarding'] });
const urls = stack.urls as Required<typeof stack.urls>;
let close: () => Promise<unknown> = async () => {};
const extra: Started[] = [];
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
  const { tokens, pages } = prepared;

  if (OUT) await mkdir(OUT, { recursive: true });
  const lines = [
    '| page | build | performance | TBT (ms) | FCP (s) | LCP (s) | accessibility | best practices | benchmarkIndex |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const page of pages) {
    const measured = builds.filter((b) => b.base[page.app]);
    const runs = new Map(measured.map((b) => [b.label, [] as Scores[]]));
    // Builds alternate run by run, so that both see the same load.
    for (let i = 0; i < RUNS; i++)
      for (const build of measured)
        runs
          .get(build.label)!
          .push(await runLighthouse(`${build.base[page.app]}${page.path}`, tokens[page.as]));
    for (const build of measured) {
      const all = runs.get(build.label)!;
      // The run of median performance stands for the page; TBT, FCP and LCP are medians each.
      const middle = [...all].sort((a, b) => a.performance - b.performance)[
        Math.floor(all.length / 2)
      ]!;
      const line = `| ${page.name} | ${build.label} | ${median(all.map((r) => r.performance))} | ${median(all.map((r) => r.tbt)).toFixed(0)} | ${(median(all.map((r) => r.fcp)) / 1000).toFixed(1)} | ${(median(all.map((r) => r.lcp)) / 1000).toFixed(1)} | ${Math.min(...all.map((r) => r.accessibility))} | ${Math.min(...all.map((r) => r.bestPractices))} | ${median(all.map((r) => r.benchmarkIndex)).toFixed(0)} |`;
      console.log(
        line,
        `(performance of each run: ${all.map((r) => r.performance).join(', ')}; TBT: ${all.map((r) => r.tbt.toFixed(0)).join(', ')}; load average ${loadavg()[0]!.toFixed(1)})`,
      );
      lines.push(line);
      if (OUT)
        await writeFile(
          join(
            OUT,
            `${page.name.replace(/[^a-z0-9._-]+/gi, '_')}${build.label === 'build' ? '' : `.${build.label}`}.json`,
          ),
          middle.report,
        );
    }
  }
  console.log(
    `\nLighthouse 12.2.3, mobile profile (simulated slow 4G, 4× CPU slowdown), median of ${RUNS}; accessibility and best practices: lowest of the runs\n`,
  );
  console.log(lines.join('\n'));
} finally {
  await close();
  for (const started of extra) await started.stop();
  await stack.stop();
}
