import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newContext, signIn } from '@ventanilla/testkit';

/**
 * Issue 15, hub officer: /record, /record/activity and /pending come from the service worker's
 * cache, and switching the language there must change the page at once, online and offline, and
 * a second switch must flip it back. The pending page links a sent record's server reference to
 * that record, and a count of one reads singular.
 */
const officer = { email: 'oficial.upala@demo.ventanilla.org', password: 'demo-oficial-2026' };
const run = `Lang${Date.now().toString(36)}`;

const headings = {
  '/record': { es: 'Registrar un caso de atención', en: 'Record an attention case' },
  '/record/activity': { es: 'Registrar una actividad', en: 'Record an activity' },
  '/pending': { es: 'Registros pendientes de envío', en: 'Records waiting to be sent' },
} as const;
type Path = keyof typeof headings;
type Lang = 'es' | 'en';
/** The switch offers the other language, named in that language. */
const switchLabel = { es: 'English', en: 'Español' } as const;

describe('language switch on the offline pages of the dashboard', () => {
  const { dashboard } = inject('stack');
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(options: { width: number; height: number; lang: Lang }) {
    const context = await newContext(browser, {
      viewport: { width: options.width, height: options.height },
    });
    await context.addCookies([{ name: 'vt_lang', value: options.lang, url: dashboard! }]);
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    return { context, page };
  }

  async function signInAndKeep(page: Page, lang: Lang) {
    await signIn(page, dashboard!, officer, { lang });
    // The service worker keeps the offline pages in both languages.
    const keptInBoth = () =>
      page.evaluate(async (paths) => {
        const names = await caches.keys();
        const both = await Promise.all(
          ['es', 'en'].map(async (lang) => {
            const name = names.find((n) => n.startsWith('vt-dashboard-pages') && n.endsWith(lang));
            if (!name) return false;
            const cache = await caches.open(name);
            const hits = await Promise.all(
              paths.map((p) => cache.match(new URL(p, location.origin).href)),
            );
            return hits.every(Boolean);
          }),
        );
        return both.every(Boolean);
      }, Object.keys(headings));
    await expect.poll(keptInBoth, { timeout: 30_000 }).toBe(true);
  }

  /** What the person sees: the page's language, its heading and the switch's offer. */
  async function expectPage(page: Page, path: Path, lang: Lang) {
    await page.waitForFunction((l) => document.documentElement.lang === l, lang, {
      timeout: 5_000,
    });
    await expect
      .poll(() => page.locator('h1').textContent(), { timeout: 5_000 })
      .toBe(headings[path][lang]);
    await expect(page.getByTestId('language-switch').textContent()).resolves.toContain(
      switchLabel[lang],
    );
  }

  /** Switches the language once and expects the same page in `to` straight away. */
  async function switchTo(page: Page, path: Path, to: Lang) {
    await page.getByTestId('language-switch').click();
    await expectPage(page, path, to);
    expect(new URL(page.url()).pathname).toBe(path);
  }

  async function setOffline(context: BrowserContext, page: Page, offline: boolean) {
    await context.setOffline(offline);
    await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(!offline);
  }

  /** Proof that the network is really gone: a page the worker never keeps cannot load. */
  const networkFails = (page: Page) =>
    page.evaluate(() =>
      fetch(`/cases?probe=${Date.now()}`).then(
        () => false,
        () => true,
      ),
    );

  async function choose(page: Page, name: string, value: string) {
    const select = page.locator(`select#f-${name}`);
    if (await select.count()) await select.selectOption(value);
    else await page.locator(`input[name="${name}"][value="${value}"]`).check();
  }

  async function fillNumber(page: Page, name: string, value: string) {
    const select = page.locator(`select#f-${name}`);
    if (await select.count()) await select.selectOption(value);
    else await page.locator(`#f-${name}`).fill(value);
  }

  describe('desktop, Spanish', () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      ({ context, page } = await open({ width: 1366, height: 768, lang: 'es' }));
    });

    afterAll(async () => {
      await context?.close();
    });

    it('online, /record switches to English at once and back to Spanish', async () => {
      await signInAndKeep(page, 'es');
      await page.goto(`${dashboard}/record`);
      await expectPage(page, '/record', 'es');
      await switchTo(page, '/record', 'en');
      await switchTo(page, '/record', 'es');
    });

    it('offline, /record and /pending switch at once and flip back', async () => {
      await setOffline(context, page, true);
      await page.goto(`${dashboard}/record`);
      await expectPage(page, '/record', 'es');
      expect(await networkFails(page)).toBe(true);
      await switchTo(page, '/record', 'en');
      await switchTo(page, '/record', 'es');

      await page.goto(`${dashboard}/pending`);
      await expectPage(page, '/pending', 'es');
      await switchTo(page, '/pending', 'en');
      await expectNoAxeViolations(page);
      await switchTo(page, '/pending', 'es');
    });

    it('an activity recorded offline is one pending record, and its export says so in the singular', async () => {
      await page.goto(`${dashboard}/record/activity`);
      await page.locator('#f-b2_activity_type').waitFor();
      await page.locator('#f-officer_id').fill('CR-UPA-15');
      await page.locator('#f-b1_admin1').fill('Alajuela');
      await page.locator('#f-b1_admin2').fill('Upala');
      await choose(page, 'b2_activity_type', 'information_day');
      await page.locator('input[name="b2_topics"][value="trafficking_prevention"]').check();
      await page.locator('#f-b3_summary').fill(`${run} charla en la escuela`);
      await choose(page, 'b4_people_reached', 'reach_11_25');
      await fillNumber(page, 'b5_pct_female', '40');
      await choose(page, 'b6_avg_age', 'avg_25_34');
      await fillNumber(page, 'b7_pct_under_18', '10');
      await choose(page, 'b8_unmet_needs', 'no');
      await page.locator('form.record-form button[type="submit"]').last().click();
      await page.waitForURL(/\/pending\?queued=/);
      await expect.poll(() => page.getByTestId('pending-row').count()).toBe(1);
      await expect(page.getByTestId('pending-count').textContent()).resolves.toMatch(
        /^\s*1 registro pendiente de envío\s*$/,
      );

      await page
        .getByLabel('Frase de paso (12 caracteres o más)')
        .first()
        .fill('frase de prueba 15');
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Descargar archivo cifrado' }).click();
      await download;
      await expect
        .poll(() =>
          page.getByRole('status').filter({ hasText: 'Archivo descargado' }).textContent(),
        )
        .toBe('Archivo descargado con 1 registro.');
    });

    it('back online, the sent record’s server reference is a link that opens it', async () => {
      await setOffline(context, page, false);
      await expect.poll(() => page.getByTestId('sent-row').count(), { timeout: 30_000 }).toBe(1);
      const link = page.getByRole('link', { name: /^Abrir la actividad enviada [0-9a-f]{8}$/ });
      expect(await link.getAttribute('href')).toMatch(/^\/record\/activity\?id=[\w-]+$/);
      const reference = await page.getByTestId('sent-row').locator('code').textContent();
      await expect(link.textContent()).resolves.toBe(reference);
      await expectNoAxeViolations(page);
      await link.click();
      await page.waitForURL(/\/record\/activity\?id=/);
      await expect
        .poll(() => page.locator('#f-b3_summary').inputValue())
        .toBe(`${run} charla en la escuela`);
    });
  });

  describe('phone, English', () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      ({ context, page } = await open({ width: 390, height: 844, lang: 'en' }));
    });

    afterAll(async () => {
      await context?.close();
    });

    it('offline, /record/activity switches to Spanish at once and back to English', async () => {
      await signInAndKeep(page, 'en');
      await setOffline(context, page, true);
      await page.goto(`${dashboard}/record/activity`);
      await expectPage(page, '/record/activity', 'en');
      expect(await networkFails(page)).toBe(true);
      await switchTo(page, '/record/activity', 'es');
      await expectNoAxeViolations(page);
      await switchTo(page, '/record/activity', 'en');
    });

    it('online again, /pending switches at once and flips back; the page fits the phone', async () => {
      await setOffline(context, page, false);
      await page.goto(`${dashboard}/pending`);
      await expectPage(page, '/pending', 'en');
      await switchTo(page, '/pending', 'es');
      await switchTo(page, '/pending', 'en');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
      await expectNoAxeViolations(page);
      expect(errors).toEqual([]);
    });
  });
});
