import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newContext } from '@ventanilla/testkit';

/**
 * Training pages are text, links and plain forms: served without the app's JavaScript, so a
 * phone shows them without downloading and hydrating the curriculum (issue 17, Lighthouse
 * mobile). Their forms still work as plain POSTs.
 */
const officer = { email: 'oficial.upala@demo.ventanilla.org', password: 'demo-oficial-2026' };

describe('light training pages', () => {
  const { onboarding } = inject('stack');
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('serves the training list and a step without JavaScript, and the step still works', async () => {
    const context = await newContext(browser);
    try {
      const signIn = await context.newPage();
      await signIn.goto(`${onboarding}/signin`);
      await signIn.getByLabel('Correo electrónico').fill(officer.email);
      await signIn.getByLabel('Contraseña').fill(officer.password);
      await signIn.getByRole('button', { name: 'Entrar' }).click();
      await signIn.waitForURL((url) => url.pathname !== '/signin', { timeout: 60_000 });
      await signIn.close();

      // A tab of its own: nothing the home page still loads is counted.
      const page = await context.newPage();
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.url());
      });
      for (const path of ['/training', '/training/hub_basics.check']) {
        await page.goto(`${onboarding}${path}`, { waitUntil: 'networkidle' });
        expect(await page.locator('script[src], script[type="module"]').count()).toBe(0);
        expect(await page.locator('link[rel="modulepreload"]').count()).toBe(0);
      }
      expect(scripts).toEqual([]);

      // The knowledge check posts as a plain form and shows its result.
      const form = page.locator('form.quiz');
      for (const fieldset of await form.locator('fieldset').all())
        await fieldset.locator('input').first().check();
      await form.getByRole('button').click();
      await expect.poll(() => page.getByRole('status').count()).toBeGreaterThan(0);
      await expectNoAxeViolations(page);
    } finally {
      await context.close();
    }
  });
});
