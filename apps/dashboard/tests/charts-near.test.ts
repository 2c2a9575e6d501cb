import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, signIn } from '@ventanilla/testkit';
import { chartDrawn } from './draw-charts.ts';

/**
 * Issue 17 (light pages): on a phone, a chart is drawn, and Chart.js downloaded, only when it
 * nears the viewport; what is below the fold costs nothing at start-up. Scrolled to, it is drawn;
 * the print button draws every chart before printing. (The demo seed has no referrals, so the
 * report's referral section has no chart here; the analytics page has the same charts.)
 */
const reviewer = { email: 'revisora@demo.ventanilla.org', password: 'demo-revisora-2026' };
const phone = { width: 390, height: 844 };

describe('charts drawn when they near the viewport (phone)', () => {
  const { dashboard } = inject('stack');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** Scripts the page has downloaded: whether each is Chart.js (known by one of its messages). */
  let scripts: Promise<boolean>[] = [];
  const chartJsLoaded = async () => (await Promise.all(scripts)).some(Boolean);

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, { viewport: phone });
    page = await context.newPage();
    page.on('response', (response) => {
      if (!response.url().endsWith('.js')) return;
      scripts.push(
        response
          .text()
          .then((body) => body.includes("can't acquire context"))
          .catch(() => false),
      );
    });
    await signIn(page, dashboard!, reviewer);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('the analytics page: no Chart.js at start; a chart far below is drawn once scrolled to', async () => {
    scripts = [];
    await page.goto(`${dashboard}/analytics`);
    const charts = page.locator('[data-chart] [role="img"]');
    expect(await charts.count()).toBeGreaterThan(10);
    // The filters' script runs at start (hydration is over), and every request has ended.
    await page.locator('[data-chart] button[aria-expanded]').first().waitFor();
    await page.waitForLoadState('networkidle');
    // On a phone the first chart is screens below the filters and key figures: none is drawn.
    const drawn = () => page.locator('[data-chart] [data-drawn]').count();
    expect(await drawn()).toBe(0);
    expect(await chartJsLoaded()).toBe(false);

    const last = charts.last();
    await last.scrollIntoViewIfNeeded();
    await chartDrawn(page, last);
    expect(await chartJsLoaded()).toBe(true);
    // Only the charts near the one scrolled to, not the page's first ones.
    expect(await charts.first().getAttribute('data-drawn')).toBeNull();
    expect(await drawn()).toBeLessThan(await charts.count());
  });

  it('the print button draws every chart first', async () => {
    await page.goto(`${dashboard}/analytics/hub/cri_upala`);
    await page.evaluate(() => {
      // What print would put on paper: how many charts are still not drawn.
      window.print = () => {
        document.body.dataset.printedUndrawn = String(
          document.querySelectorAll('[data-chart] [role="img"]:not([data-drawn])').length,
        );
      };
    });
    expect(await page.locator('[data-chart] [role="img"]').count()).toBeGreaterThan(10);
    await page.getByRole('button', { name: 'Imprimir' }).click();
    await page.locator('body[data-printed-undrawn]').waitFor({ state: 'attached' });
    expect(await page.locator('body').getAttribute('data-printed-undrawn')).toBe('0');
  });
});
