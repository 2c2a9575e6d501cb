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
 * for its audits (bootup-time, mainthread-work-breakdown).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromiumPath, startStack } from '@ventanilla/testkit';
import { median } from './support/timing.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ONLY = process.env.BENCH_LIGHTHOUSE_PAGES?.split(',').filter(Boolean);
const OUT = process.env.BENCH_LIGHTHOUSE_OUT;

const logins = {
  officer: { email: 'oficial.upala@demo.ventanilla.org', password: 'demo-oficial-2026' },
  reviewer: { email: 'revisora@demo.ventanilla.org', password: 'demo-revisora-2026' },
  coordinator: {
    email: 'coordinadora.cri@demo.ventanilla.org',
    password: 'demo-coordinadora-2026',
  },
};
type Login = keyof typeof logins;

const now = new Date();
// Two months back: the demo seed covers it (as in the dashboard's meeting spec).
const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 1))
  .toISOString()
  .slice(0, 7);

async function gql<T>(url: string, token: string | null, query: string, variables = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

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
      report: result.report as string,
    };
  } finally {
    await chrome.close();
  }
}

const stack = await startStack({ apps: ['dashboard', 'onboarding'] });
const { dashboard, onboarding, graphql } = stack.urls as Required<typeof stack.urls>;
let meetingId: string | undefined;
let reviewerToken: string | undefined;
try {
  const tokens = {} as Record<Login, string>;
  for (const [who, login] of Object.entries(logins) as [Login, (typeof logins)[Login]][])
    tokens[who] = (
      await gql<{ login: { token: string } }>(
        graphql,
        null,
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { ... on Session { token } } }',
        { e: login.email, p: login.password },
      )
    ).login.token;
  reviewerToken = tokens.reviewer;

  // A meeting and a campaign, so that their pages exist.
  const opened = await gql<{ meetingOpen: { id?: string } }>(
    graphql,
    tokens.reviewer,
    `mutation($m: String!) { meetingOpen(month: $m, attendees: "Bench") {
       ... on VerificationMeeting { id } } }`,
    { m: month },
  );
  meetingId = opened.meetingOpen.id;
  if (!meetingId) throw new Error('the meeting did not open');
  const created = await gql<{ campaignCreate: { campaign?: { id: string } } }>(
    graphql,
    tokens.coordinator,
    `mutation { campaignCreate(hub: "cri_upala", title: "Migración segura en Upala") {
       ... on CampaignSaved { campaign { id } } } }`,
  );
  const campaignId = created.campaignCreate.campaign?.id;
  if (!campaignId) throw new Error('the campaign was not created');

  const pages = (
    [
      { name: 'dashboard /record', url: `${dashboard}/record`, as: 'officer' },
      { name: 'dashboard /record/activity', url: `${dashboard}/record/activity`, as: 'officer' },
      { name: 'dashboard /pending', url: `${dashboard}/pending`, as: 'officer' },
      { name: 'dashboard /analytics', url: `${dashboard}/analytics`, as: 'reviewer' },
      {
        name: `dashboard /reports/cri_upala/${month}`,
        url: `${dashboard}/reports/cri_upala/${month}`,
        as: 'reviewer',
      },
      { name: 'dashboard /verify/[id]', url: `${dashboard}/verify/${meetingId}`, as: 'reviewer' },
      {
        name: 'dashboard /verify/[id]/hubs/cri_upala',
        url: `${dashboard}/verify/${meetingId}/hubs/cri_upala`,
        as: 'reviewer',
      },
      { name: 'onboarding /training', url: `${onboarding}/training`, as: 'officer' },
      {
        name: 'onboarding /training/hub_basics.read',
        url: `${onboarding}/training/hub_basics.read`,
        as: 'officer',
      },
      { name: 'onboarding /pfa', url: `${onboarding}/pfa`, as: 'officer' },
      {
        name: 'onboarding /campaigns/[id]',
        url: `${onboarding}/campaigns/${campaignId}`,
        as: 'coordinator',
      },
    ] satisfies { name: string; url: string; as: Login }[]
  ).filter((p) => !ONLY || ONLY.some((word) => p.name.includes(word)));

  if (OUT) await mkdir(OUT, { recursive: true });
  const lines = [
    '| page | performance | TBT (ms) | FCP (s) | LCP (s) | accessibility | best practices |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const page of pages) {
    const runs: Scores[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await runLighthouse(page.url, tokens[page.as]));
    // The run of median performance stands for the page; TBT, FCP and LCP are medians each.
    const middle = [...runs].sort((a, b) => a.performance - b.performance)[
      Math.floor(runs.length / 2)
    ]!;
    const line = `| ${page.name} | ${median(runs.map((r) => r.performance))} | ${median(runs.map((r) => r.tbt)).toFixed(0)} | ${(median(runs.map((r) => r.fcp)) / 1000).toFixed(1)} | ${(median(runs.map((r) => r.lcp)) / 1000).toFixed(1)} | ${Math.min(...runs.map((r) => r.accessibility))} | ${Math.min(...runs.map((r) => r.bestPractices))} |`;
    console.log(line, `(performance of each run: ${runs.map((r) => r.performance).join(', ')})`);
    lines.push(line);
    if (OUT)
      await writeFile(
        join(OUT, `${page.name.replace(/[^a-z0-9._-]+/gi, '_')}.json`),
        middle.report,
      );
  }
  console.log(
    `\nLighthouse 12.2.3, mobile profile (simulated slow 4G, 4× CPU slowdown), median of ${RUNS}; accessibility and best practices: lowest of the runs\n`,
  );
  console.log(lines.join('\n'));
} finally {
  if (meetingId && reviewerToken)
    await gql(
      graphql,
      reviewerToken,
      `mutation($id: ID!) { meetingClose(id: $id) { __typename } }`,
      { id: meetingId },
    ).catch(() => {});
  await stack.stop();
}
