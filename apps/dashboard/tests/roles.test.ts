import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  expectNoAxeViolations,
  gql,
  launchBrowser,
  logIn,
  newContext,
  signIn,
} from '@ventanilla/testkit';

/**
 * Issue 14, item 6: a reviewer (aggregates only, never a record) who opens a record page or an
 * export of records gets a clear "not for your role" page with status 403 in their language,
 * with links to what the role can use, instead of a 500 or a cut-off download; the navigation
 * only offers what the role can use.
 */
const reviewer = { email: 'revisora@demo.ventanilla.org', password: 'demo-revisora-2026' };
const officer = { email: 'oficial.upala@demo.ventanilla.org', password: 'demo-oficial-2026' };

const forbiddenTitle = {
  es: 'Esta página no es para su rol',
  en: 'This page is not for your role',
};
/** Links of the record pages a reviewer must not be offered. */
const recordLinks = ['/record', '/record/activity', '/cases', '/activities', '/import'];

describe('what a reviewer sees on pages that are not for the role', () => {
  const { dashboard, graphql } = inject('stack');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let caseId = '';
  let activityId = '';
  const consoleErrors: string[] = [];

  /** The URLs of the issue, with real ids of the officer's hub. */
  const forbiddenUrls = () => [
    '/cases',
    '/activities',
    `/record?id=${caseId}`,
    `/record/activity?id=${activityId}`,
    '/record',
    '/import',
    '/cases/export?format=xlsx',
    '/activities/export?format=xlsx',
    '/cases/export?format=csv',
    '/activities/export?format=csv',
  ];

  beforeAll(async () => {
    const token = await logIn(graphql!, officer);
    const ids = await gql<{ c: { items: { id: string }[] }; a: { items: { id: string }[] } }>(
      graphql!,
      'query { c: cases(limit: 1) { items { id } } a: activities(limit: 1) { items { id } } }',
      {},
      token,
    );
    caseId = ids.c.items[0]!.id;
    activityId = ids.a.items[0]!.id;
    browser = await launchBrowser();
    context = await newContext(browser);
    page = await context.newPage();
    // The 403 page is rendered in-process for another URL: its scripts must still run (CSP).
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await signIn(page, dashboard!, reviewer);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('offers the reviewer no link to record pages, and the pages the role can use', async () => {
    await page.goto(`${dashboard}/`);
    const nav = page.getByRole('navigation', { name: 'Navegación principal' });
    const hrefs = await nav
      .locator('a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const href of recordLinks) expect(hrefs).not.toContain(href);
    for (const href of ['/', '/directory', '/analytics', '/reports', '/verify'])
      expect(hrefs).toContain(href);
    // The home's hub cards name the hubs; the import code is for the hubs' own staff.
    await page.locator('main .card h2').first().waitFor();
    expect(await page.locator('main .card code').count()).toBe(0);
  });

  it('answers each record page and export with the 403 page, in Spanish', async () => {
    for (const url of forbiddenUrls()) {
      const response = await page.goto(`${dashboard}${url}`);
      expect(response?.status(), url).toBe(403);
      expect(await page.getByRole('heading', { level: 1 }).textContent(), url).toBe(
        forbiddenTitle.es,
      );
      expect(await page.locator('main').textContent(), url).toMatch(/Revisor\(a\) de la OIM/);
      // The page links to what the role can use, and the navigation still lacks record pages.
      const main = page.locator('main');
      await main.getByRole('link', { name: 'Análisis' }).waitFor();
      const navHrefs = await page
        .getByRole('navigation', { name: 'Navegación principal' })
        .locator('a')
        .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      for (const href of recordLinks) expect(navHrefs, url).not.toContain(href);
    }
    expect(consoleErrors.filter((e) => !/403/.test(e))).toEqual([]);
  });

  it('passes axe on the 403 page', async () => {
    await page.goto(`${dashboard}/cases`);
    await expectNoAxeViolations(page);
  });

  it('reads the directory without edit controls, hubs by name, notes in words; a posted change is refused with a message', async () => {
    await page.goto(`${dashboard}/directory`);
    await page.getByTestId('dir-read-only').waitFor();
    const main = page.locator('main');
    expect(await main.locator('a[href*="edit="], a[href*="confirm="]').count()).toBe(0);
    expect(await page.locator('#entry-form').count()).toBe(0);
    const text = (await main.textContent()) ?? '';
    // Hub codes look like blz_benque_viejo; the generator's reach codes were English words.
    expect(text).not.toMatch(/\b[a-z]{3}_[a-z_]+\b/);
    expect(text).not.toMatch(/(?<![\w.-])(national|state|international|emergency)(?![\w.-])/);
    expect(text).toMatch(/Alcance nacional/);
    await expectNoAxeViolations(page);

    const response = await page.request.post(`${dashboard}/directory?/save`, {
      form: { hub: 'cri_upala', organization: 'Prueba', sector: 'health' },
      headers: { origin: dashboard!, accept: 'text/html' },
    });
    expect(response.status()).toBe(403);
    expect(await response.text()).toContain('Su función permite consultar el directorio');

    const desktop = page.viewportSize()!;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${dashboard}/directory`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    await page.setViewportSize(desktop);
    expect(width).toBeLessThanOrEqual(390);
  });

  it('says it in English for a reader who chose English', async () => {
    await page.goto(`${dashboard}/`);
    await page.getByTestId('language-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const response = await page.goto(`${dashboard}/record?id=${caseId}`);
    expect(response?.status()).toBe(403);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(forbiddenTitle.en);
    expect(await page.locator('main').textContent()).toMatch(/IOM reviewer/);
    await page.locator('main').getByRole('link', { name: 'Analytics' }).waitFor();
    await expectNoAxeViolations(page);
  });
});

describe('record exports over HTTP check the role before sending a byte of the file', () => {
  const { dashboard, graphql } = inject('stack');

  async function sessionCookie(who: { email: string; password: string }): Promise<string> {
    return `vt_session=${await logIn(graphql!, who)}; vt_lang=en`;
  }

  for (const path of ['/cases/export', '/activities/export'])
    for (const format of ['csv', 'xlsx'])
      it(`${path}?format=${format}: 403 page for a reviewer, no attachment, no partial file`, async () => {
        const cookie = await sessionCookie(reviewer);
        const response = await fetch(`${dashboard}${path}?format=${format}`, {
          headers: { cookie, accept: '*/*' },
        });
        const text = await response.text();
        expect(response.status).toBe(403);
        expect(response.headers.get('content-disposition')).toBeNull();
        expect(response.headers.get('content-type')).toMatch(/^text\/html/);
        expect(text).toContain(forbiddenTitle.en);
        // Nothing of a CSV header or an XLSX (zip) file.
        expect(text).not.toMatch(/\bid,month,/);
        expect(text.startsWith('PK')).toBe(false);
      });

  it('an officer still gets the whole CSV (the check lets a permitted role through)', async () => {
    const cookie = await sessionCookie(officer);
    // In codes (the re-import format), whose header is the same in every language.
    const response = await fetch(`${dashboard}/cases/export?format=csv&codes=1`, {
      headers: { cookie },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/attachment/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs
    const lines = new TextDecoder().decode(bytes).trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,month,/);
    expect(lines.length).toBeGreaterThan(1);
  });
});
