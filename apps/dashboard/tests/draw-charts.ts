import type { Locator, Page } from 'playwright-core';

/**
 * Charts are drawn only when they near the viewport (src/lib/analytics/near-viewport.ts): specs
 * that read what is drawn scroll each chart into view first, as a reader would.
 */

/** Waits until one chart (its `[role="img"]` box) has been drawn. */
export async function chartDrawn(page: Page, box: Locator): Promise<void> {
  const handle = await box.elementHandle();
  await page.waitForFunction((el) => el?.hasAttribute('data-drawn') ?? false, handle);
}

/** Scrolls every chart under `scope` into view in turn, waiting until each is drawn. */
export async function drawCharts(page: Page, scope = 'body'): Promise<void> {
  const boxes = page.locator(`${scope} [data-chart] [role="img"]`);
  const count = await boxes.count();
  for (let i = 0; i < count; i++) {
    const box = boxes.nth(i);
    await box.scrollIntoViewIfNeeded();
    await chartDrawn(page, box);
  }
}
