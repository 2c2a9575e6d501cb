import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, signIn } from '@ventanilla/testkit';

/**
 * The offline worker's install (the whole app downloaded for offline use), the follow-up list
 * and the offline copies of the pages wait until the page has started and the
 * browser is idle, and the copies are asked for once after sign-in, not on every page load. Registered by SvelteKit on `load`, the worker installed while a phone was
 * still starting the page, and on this two-core machine it took the CPU from the page's start-up
 * (docs/benchmarks.md, "Light pages").
 */
const officer = { email: 'oficial.upala@demo.ventanilla.org', password: 'demo-oficial-2026' };

describe('work that waits until the page has started', () => {
  const { dashboard, onboarding } = inject('stack');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
    // The moment the app shell says the page started (AppShell sets data-started).
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.documentElement?.hasAttribute('data-started')) return;
        (window as unknown as { startedAt: number }).startedAt = performance.now();
        observer.disconnect();
      }).observe(document, { subtree: true, attributeFilter: ['data-started'] });
    });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('neither app registers its worker from the page itself', async () => {
    for (const origin of [dashboard!, onboarding!]) {
      const html = await (await fetch(`${origin}/signin`)).text();
      expect(html).toContain('/_app/immutable/');
      expect(html, origin).not.toContain('serviceWorker');
    }
  });

  it('the follow-up list is asked for after the start; the worker comes, and keeps the pages', async () => {
    // A slow device key (the list waits for it; the pages do not): the order CI met by chance.
    const slowKey = async (route: Route) => {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      await route.continue();
    };
    // Only the first ask: a handler removed while it waits would be answered twice.
    await page.route('**/offline/key', slowKey, { times: 1 });
    await signIn(page, dashboard!, officer, { next: '/record' });
    await page.waitForFunction(() => 'startedAt' in window);
    await expect
      .poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())))
      .toBe(true);
    await expect
      .poll(() =>
        page.evaluate(async () =>
          (await caches.keys()).some((key) => key.startsWith('vt-dashboard-pages-')),
        ),
      )
      .toBe(true);
    // The list is asked for once the device key has come, which can be after the pages are kept.
    const asked = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => new URL(entry.name).pathname === '/offline/worklist')
          .map((entry) => entry.startTime),
      );
    await expect.poll(async () => (await asked()).length).toBeGreaterThan(0);
    const startedAt = await page.evaluate(
      () => (window as unknown as { startedAt: number }).startedAt,
    );
    for (const at of await asked()) expect(at).toBeGreaterThan(startedAt);
  });

  it('asks for the offline copies once after sign-in, not again on every page load', async () => {
    // The first warm-up is done: six pages and their data, in both languages.
    await expect
      .poll(() =>
        page.evaluate(async () => {
          let kept = 0;
          for (const key of await caches.keys())
            if (key.startsWith('vt-dashboard-pages-'))
              kept += (await (await caches.open(key)).keys()).length;
          return kept;
        }),
      )
      .toBe(24);
    // The worker's own requests for the pages it keeps carry the language header.
    const warming: string[] = [];
    context.on('request', (request) => {
      if (request.serviceWorker() && request.headers()['x-vt-lang']) warming.push(request.url());
    });
    for (const path of ['/record/activity', '/pending']) {
      const worklist = page.waitForResponse((r) => r.url().endsWith('/offline/worklist'));
      await page.goto(`${dashboard}${path}`);
      await worklist; // the idle work ran (the warm-up is asked for in the same callback)
      await page.waitForTimeout(1_500);
    }
    expect(warming).toEqual([]);
  });
});
