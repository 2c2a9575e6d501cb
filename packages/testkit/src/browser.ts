import AxeBuilder from '@axe-core/playwright';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
  type Route,
} from 'playwright-core';

/** Debian's Chromium; never a downloaded browser. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}

/** A fresh context (own cookies) with a Spanish-speaking default, as hub staff have. */
export async function newContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  return browser.newContext({
    locale: 'es-MX',
    viewport: { width: 1280, height: 800 },
    ...options,
  });
}

/**
 * Runs axe (WCAG 2.0/2.1/2.2 A and AA rules) on the page and throws a readable list of
 * violations, if any. A page of a context with `javaScriptEnabled: false` is checked as a copy
 * (see `staticCopy`): axe needs timers, which never fire there, so it would wait forever.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const target = (await runsTimers(page)) ? page : await staticCopy(page);
  const results = await new AxeBuilder({ page: target })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    // Our pages have no frames: one axe.run in the page, instead of a run per frame finished in
    // a second blank page with axe injected again; and unique selectors only for the nodes that
    // fail. Together they halve a journey's time (2.7 s → 1.1 s a check).
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze()
    .finally(async () => {
      if (target !== page) await target.context().close();
    });
  if (results.violations.length === 0) return;
  const lines = results.violations.map(
    (v) =>
      `- ${v.id} (${v.impact}): ${v.help}\n${v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\n/g, ' ')}`)
        .join('\n')}`,
  );
  throw new Error(
    `axe found ${results.violations.length} violation(s) on ${page.url()}:\n${lines.join('\n')}`,
  );
}

/** Whether the page's timers fire (they never do in a context with JavaScript turned off). */
async function runsTimers(page: Page): Promise<boolean> {
  const probe = page.evaluate(
    () => new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 0)),
  );
  probe.catch(() => {});
  return Promise.race([probe, new Promise<boolean>((resolve) => setTimeout(resolve, 2000, false))]);
}

/**
 * The page as it is shown without JavaScript (its current DOM, at its URL, with its styles),
 * reopened in a fresh context where axe can run but the page's own scripts cannot load.
 */
async function staticCopy(page: Page): Promise<Page> {
  const browser = page.context().browser();
  if (!browser) throw new Error('expectNoAxeViolations: the page has no browser to copy it into');
  const url = page.url();
  const html = await page.content();
  const context = await browser.newContext({ viewport: page.viewportSize() });
  await context.route('**/*', (route) =>
    route.request().resourceType() === 'script' ? route.abort() : route.continue(),
  );
  await context.route(
    (target) => target.href === url,
    (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  const copy = await context.newPage();
  await copy.goto(url);
  return copy;
}

/**
 * Holds every script of the page's app until the returned `release` is called: the page is
 * then usable only as server-rendered HTML, as on a slow link. Block the context's service
 * worker (`serviceWorkers: 'block'`): once installed it serves the scripts past `page.route`.
 */
export async function holdScripts(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Waits until the page's scripts have started it (the shell marks `<html data-started>`). */
export async function waitForStart(page: Page): Promise<void> {
  await page.locator('html[data-started]').waitFor({ state: 'attached' });
}

/**
 * Makes the page's form posts (`?/…`) fail as on a dropped link, while the device still says it
 * is online, until the returned function is called. Block the context's service worker
 * (`serviceWorkers: 'block'`): page.route does not see what it fetches.
 */
export async function dropFormPosts(page: Page): Promise<() => Promise<void>> {
  const formPost = (url: URL) => url.search.startsWith('?/');
  const drop = (route: Route) =>
    route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.continue();
  await page.route(formPost, drop);
  return () => page.unroute(formPost, drop);
}
