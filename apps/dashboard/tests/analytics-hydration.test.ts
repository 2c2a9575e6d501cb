/**
 * A reviewer on a slow device or link types a month before the page's script has started: the
 * filter must keep what they typed (it was reset to the default period when the page hydrated).
 * The scripts are held until the month is typed, so the order is certain.
 */
import { describe, expect, inject, it } from 'vitest';
import { holdScripts, launchBrowser, newContext, signIn } from '@ventanilla/testkit';

describe('filter typed before the page starts', () => {
  const { dashboard } = inject('stack');
  it('keeps the month typed before hydration', async () => {
    const browser = await launchBrowser();
    // No service worker: once installed it would serve the scripts past page.route.
    const context = await newContext(browser, { serviceWorkers: 'block' });
    const p = await context.newPage();
    await signIn(
      p,
      dashboard!,
      { email: 'revisora@demo.ventanilla.org', password: 'demo-revisora-2026' },
      { next: '/analytics', waitUntil: 'load' },
    );
    const release = await holdScripts(p);
    await p.goto(`${dashboard}/analytics`, { waitUntil: 'commit' });
    await p.getByLabel('Desde (mes)').fill('2026-10');
    release();
    // A chart's "show the table" button is added by the page's script: once there, hydration is over.
    await p.locator('[data-chart] button[aria-expanded]').first().waitFor();
    expect(await p.getByLabel('Desde (mes)').inputValue()).toBe('2026-10');
    await browser.close();
  });
});
