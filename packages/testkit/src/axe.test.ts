import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext } from './browser.ts';

/** The accessibility check every journey relies on must still see what it is there to see. */
const faulty = `<!doctype html><html lang="es"><head><title>Prueba</title></head><body>
  <main><h1>Formulario</h1>
    <input type="text" name="nombre">
    <p style="color:#bbb;background:#fff">Texto de poco contraste</p>
    <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
  </main></body></html>`;
const clean = `<!doctype html><html lang="es"><head><title>Prueba</title></head><body>
  <main><h1>Formulario</h1>
    <label for="n">Nombre</label><input id="n" type="text" name="nombre">
  </main></body></html>`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe('expectNoAxeViolations', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`names each violation and passes a clean page (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const context = await newContext(browser, { javaScriptEnabled });
      // Served at an address, as the journeys' pages are (the check without JavaScript reopens it).
      await context.route('http://axe.test/**', (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: route.request().url().endsWith('/clean') ? clean : faulty,
        }),
      );
      const page = await context.newPage();
      await page.goto('http://axe.test/faulty');
      const error = await expectNoAxeViolations(page).then(
        () => null,
        (e: Error) => e,
      );
      expect(error?.message).toMatch(/axe found 3 violation/);
      for (const rule of ['label', 'color-contrast', 'image-alt']) {
        expect(error?.message).toContain(`- ${rule} (`);
      }
      await page.goto('http://axe.test/clean');
      await expect(expectNoAxeViolations(page)).resolves.toBeUndefined();
      await context.close();
    }, 30_000);
  }
});
