import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newContext, signIn } from '@ventanilla/testkit';

/**
 * Issue 16, item 7: hub staff create the questionnaire link; a person answers it without an
 * account, anonymously, on the hub's tablet or their phone, and the next person starts afresh.
 */
const officer = { email: 'oficial.upala@demo.ventanilla.org', password: 'demo-oficial-2026' };

describe('the client feedback questionnaire', () => {
  const { dashboard } = inject('stack');
  let browser: Browser;
  let link = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('hub staff create the link from the home page (es)', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, dashboard!, officer);
    await page
      .getByRole('link', { name: 'Encuesta de satisfacción para las personas atendidas' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Encuesta de satisfacción' }).waitFor();
    const hub = page.getByTestId('feedback-hub').first();
    await hub.getByRole('button').click();
    const ready = page.getByRole('status').filter({ hasText: 'listo' });
    await ready.waitFor();
    // The keyboard goes on from what happened, not from the top of the page.
    expect(await ready.evaluate((element) => element === document.activeElement)).toBe(true);
    link = (await hub.locator('code').textContent()) ?? '';
    // The link is the address the site is reached at (http here), not adapter-node's https guess.
    expect(link).toMatch(new RegExp(`^${dashboard}/feedback/[\\w-]{20,}$`));
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('a person answers without an account, and the next one starts afresh (en, phone)', async () => {
    const context = await newContext(browser, {
      locale: 'en-US',
      viewport: { width: 390, height: 844 },
    });
    await context.addCookies([{ name: 'vt_lang', value: 'en', url: dashboard! }]);
    const page = await context.newPage();
    await page.goto(link);
    await page
      .getByRole('heading', { level: 1, name: 'Your opinion of the help you received' })
      .waitFor();
    await expectNoAxeViolations(page);
    // Nothing answered: refused, in English.
    await page.getByRole('button', { name: 'Send my opinion' }).click();
    await page.getByRole('alert').filter({ hasText: 'Answer at least one question.' }).waitFor();
    await page
      .getByRole('group', { name: 'How satisfied are you with the attention you received today?' })
      .getByLabel('Satisfied', { exact: true })
      .check();
    await page
      .getByRole('group', { name: 'How long did you wait?' })
      .getByLabel('Less than 15 minutes')
      .check();
    await page.getByRole('button', { name: 'Send my opinion' }).click();
    await page.getByTestId('feedback-thanks').waitFor();
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: 'Thank you.' })
        .evaluate((element) => element === document.activeElement),
    ).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await page.getByRole('link', { name: 'Another person answers' }).click();
    await page.getByRole('button', { name: 'Send my opinion' }).waitFor();
    expect(await page.locator('input[type="radio"]:checked').count()).toBe(0);
    await context.close();
  });

  it('an unknown or replaced link answers 404 with a kind page, in Spanish and English', async () => {
    const url = `${dashboard}/feedback/no-such-link-0000000000000000`;
    const es = await fetch(url);
    expect(es.status).toBe(404);
    expect(await es.text()).toContain('Este enlace ya no funciona.');
    const en = await fetch(url, { headers: { cookie: 'vt_lang=en' } });
    expect(en.status).toBe(404);
    expect(await en.text()).toContain('This link no longer works.');
  });
});
