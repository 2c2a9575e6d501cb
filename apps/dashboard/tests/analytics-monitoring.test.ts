import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newContext, signIn } from '@ventanilla/testkit';

/**
 * Issue 16, item 8: the reviewer sees the analytics page's monitoring section (unique people,
 * case sources, advisor check-ins, feedback), protected, with sources in words (never codes),
 * never the by-advisor detail, a table and its CSV, in Spanish and English, on a 390 px phone,
 * and the page passes axe.
 */
const reviewer = { email: 'revisora@demo.ventanilla.org', password: 'demo-revisora-2026' };
const phone = { width: 390, height: 844 };

describe('monitoring figures on the analytics page (reviewer, phone)', () => {
  const { dashboard } = inject('stack');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, { acceptDownloads: true, viewport: phone });
    page = await context.newPage();
    await signIn(page, dashboard!, reviewer, { next: '/analytics' });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  const section = () => page.locator('[data-section="monitoring"]');
  const rowLabels = (chart: string) =>
    page
      .locator(`[data-chart="${chart}"] table tbody th`)
      .evaluateAll((cells) => cells.map((c) => (c.textContent ?? '').trim()));

  it('shows the section in Spanish, protected, with the definition of a unique person', async () => {
    await section()
      .getByRole('heading', { level: 2, name: 'Personas, origen, asesores y opinión' })
      .waitFor();
    for (const name of [
      'Personas únicas y visitas repetidas',
      'De dónde vinieron las personas',
      'Contacto con las y los MCA',
      'Opinión de las personas atendidas',
    ])
      expect(await section().getByRole('heading', { level: 3, name }).count()).toBe(1);
    expect(
      await section()
        .getByText(/una atención sin código, que cuenta como una persona/)
        .count(),
    ).toBeGreaterThan(0);
    for (const figure of [
      'attentions',
      'unique-people',
      'repeat-people',
      'active-mcas',
      'feedback-responses',
    ])
      expect((await section().locator(`[data-figure="${figure}"]`).textContent())?.trim()).toMatch(
        /^[\d.,\s]+$/,
      );
    for (const label of await rowLabels('cases-source')) expect(label).not.toMatch(/^[a-z_]+$/);
    expect(await rowLabels('cases-source')).toContain('Sin registrar');
    // The by-advisor detail is hub staff's only.
    expect(await page.locator('[data-chart="cases-mca"]').count()).toBe(0);
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      phone.width,
    );
    await expectNoAxeViolations(page);
  });

  it('downloads the sources table as CSV in words, the same rows as the table', async () => {
    const card = page.locator('[data-chart="cases-source"]');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('link', { name: 'Descargar CSV de «Casos por origen»' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^ventanilla-casos-por-origen-.*\.csv$/);
    const lines = (await readFile((await download.path())!, 'utf8')).split('\r\n');
    expect(lines[0]).toBe('\uFEFFOrigen;Casos');
    const labels = await rowLabels('cases-source');
    expect(lines.slice(1, labels.length + 1).map((l) => l.split(';')[0])).toEqual(labels);
  });

  it('reads in English', async () => {
    await context.addCookies([{ name: 'vt_lang', value: 'en', url: dashboard! }]);
    await page.goto(`${dashboard}/analytics`);
    await section()
      .getByRole('heading', { level: 2, name: 'People, sources, advisors and feedback' })
      .waitFor();
    expect(
      await section().getByRole('heading', { level: 3, name: 'Contact with the MCAs' }).count(),
    ).toBe(1);
    expect(await rowLabels('cases-source')).toContain('Not recorded');
    await expectNoAxeViolations(page);
  });

  it('shows the same section on a hub page, for that hub only, protected (#16)', async () => {
    await page.goto(`${dashboard}/analytics/hub/cri_upala`);
    await section()
      .getByRole('heading', { level: 2, name: 'People, sources, advisors and feedback' })
      .waitFor();
    for (const figure of ['attentions', 'unique-people', 'active-mcas', 'feedback-responses'])
      expect((await section().locator(`[data-figure="${figure}"]`).textContent())?.trim()).toMatch(
        /^[\d.,\s]+$/,
      );
    // Its downloads ask for this hub's figures only.
    const csv = await page
      .locator('[data-chart="cases-source"]')
      .getByRole('link', { name: /^Download CSV/ })
      .first()
      .getAttribute('href');
    expect(csv).toContain('hub=cri_upala');
    expect(await page.locator('[data-chart="cases-mca"]').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      phone.width,
    );
    await expectNoAxeViolations(page);
  });
});
