import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newContext } from '@ventanilla/testkit';

/**
 * The first journey of a hub officer across both apps, in a real browser (Debian Chromium),
 * with an accessibility check (axe) on every page visited.
 */
const officer = { email: 'oficial.upala@demo.ventanilla.org', password: 'demo-oficial-2026' };

describe('sign-in journey across the dashboard and onboarding apps', () => {
  const { dashboard, onboarding } = inject('stack');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  let shot = 0;
  /** Every page visited passes axe; JOURNEY_SCREENSHOTS=<dir> also keeps a screenshot of it. */
  async function visited(): Promise<void> {
    await expectNoAxeViolations(page);
    const dir = process.env.JOURNEY_SCREENSHOTS;
    if (dir) {
      const name = new URL(page.url()).pathname.replace(/\W+/g, '-');
      await page.screenshot({
        path: `${dir}/${String(++shot).padStart(2, '0')}${name}.png`,
        fullPage: true,
      });
    }
  }

  it('sends a signed-out visitor to the sign-in page, in Spanish', async () => {
    await page.goto(`${dashboard}/`);
    expect(new URL(page.url()).pathname).toBe('/signin');
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Iniciar sesión',
    );
    await visited();
  });

  it('explains a wrong password in the reader’s language', async () => {
    await page.getByLabel('Correo electrónico').fill(officer.email);
    await page.getByLabel('Contraseña').fill('not-the-password');
    await page.getByRole('button', { name: 'Entrar' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/contraseña/i);
    // The email is kept; the password is not.
    expect(await page.getByLabel('Correo electrónico').inputValue()).toBe(officer.email);
    expect(await page.getByLabel('Contraseña').inputValue()).toBe('');
    await visited();
  });

  it('signs the officer in and shows the hub cri_upala with its figures', async () => {
    await page.getByLabel('Contraseña').fill(officer.password);
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page.waitForURL(`${dashboard}/`, { waitUntil: 'commit' });
    const hub = page.locator('[data-hub="cri_upala"]');
    await hub.waitFor();
    expect(await hub.textContent()).toMatch(/Upala/);
    // The hub's code is said to be what an import file needs, not left bare.
    expect(await hub.getByTestId('hub-import-code').textContent()).toBe(
      'código para importar: cri_upala',
    );
    await expect(page.getByTestId('shell-user').textContent()).resolves.toMatch(
      /Oficial de ventanilla/,
    );
    await visited();
  });

  it('switches to English and back, and remembers the choice across a reload', async () => {
    await page.getByTestId('language-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await expect(page.getByRole('button', { name: 'Sign out' }).count()).resolves.toBe(1);
    expect(await page.locator('h1').textContent()).toBe('Overview of your hubs');
    await visited();

    await page.reload();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('Overview of your hubs');

    await page.getByTestId('language-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    expect(await page.locator('h1').textContent()).toBe('Resumen de sus ventanillas');
  });

  it('finds the officer already signed in on the onboarding app', async () => {
    await page.goto(`${onboarding}/`);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.locator('h1').textContent()).toMatch(/^Le damos la bienvenida, /);
    await expect(
      page.getByRole('heading', { name: 'Guía de Primeros Auxilios Psicológicos' }).count(),
    ).resolves.toBe(1);
    await expect(page.getByRole('heading', { name: 'Rutas de atención' }).count()).resolves.toBe(1);
    await visited();
  });

  it('signs out and lands on the sign-in page; the dashboard asks to sign in again', async () => {
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await page.waitForURL((url) => url.pathname === '/signin');
    expect(await page.getByRole('status').textContent()).toMatch(/Cerró la sesión/);
    await visited();

    await page.goto(`${dashboard}/`);
    expect(new URL(page.url()).pathname).toBe('/signin');
  });

  it('shows an administrator every hub, with totals, in a fresh session', async () => {
    const adminContext = await newContext(browser);
    try {
      page = await adminContext.newPage();
      await page.goto(`${dashboard}/`);
      await page.getByLabel('Correo electrónico').fill('admin@demo.ventanilla.org');
      await page.getByLabel('Contraseña').fill('demo-admin-2026');
      await page.getByRole('button', { name: 'Entrar' }).click();
      await page.waitForURL(`${dashboard}/`, { waitUntil: 'commit' });
      expect(await page.locator('h1').textContent()).toBe('Resumen de todas las ventanillas');
      expect(await page.locator('[data-hub]').count()).toBeGreaterThan(1);
      await page.locator('[data-hub="mex_tijuana"]').waitFor();
      await visited();
    } finally {
      await adminContext.close();
    }
  });

  it('signs in, switches language and signs out with JavaScript turned off', async () => {
    const plainContext = await newContext(browser, { javaScriptEnabled: false });
    try {
      page = await plainContext.newPage();
      await page.goto(`${dashboard}/`);
      await page.getByLabel('Correo electrónico').fill('coordinadora.cri@demo.ventanilla.org');
      await page.getByLabel('Contraseña').fill('demo-coordinadora-2026');
      await page.getByRole('button', { name: 'Entrar' }).click();
      await page.waitForURL(`${dashboard}/`, { waitUntil: 'commit' });
      await page.locator('[data-hub="cri_los_chiles"]').waitFor();
      await page.getByTestId('language-switch').click();
      await page.waitForURL(`${dashboard}/`, { waitUntil: 'commit' });
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL((url) => url.pathname === '/signin');
    } finally {
      await plainContext.close();
    }
  });
});
