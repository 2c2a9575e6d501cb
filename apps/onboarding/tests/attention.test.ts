import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  expectNoAxeViolations,
  launchBrowser,
  logIn,
  newContext,
  postGraphql,
  signIn,
} from '@ventanilla/testkit';

/**
 * The attention-routes trainer (a hub officer practises a case through the 4-step route and
 * gets referrals from her own hub's directory) and the PFA guide working offline, in Chromium
 * with axe on every page.
 */
const officer = { email: 'oficial.upala@demo.ventanilla.org', password: 'demo-oficial-2026' };

describe('attention-routes trainer', () => {
  const { onboarding, graphql } = inject('stack');
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

  it('a hub officer practises a case through the 4-step route', async () => {
    const token = await logIn(graphql, officer);
    const directory = await postGraphql(
      graphql,
      '{ directory(hubCodes: ["cri_upala"]) { organization sector } }',
      {},
      token,
    );
    const childProtection = (directory.data.directory as { organization: string; sector: string }[])
      .filter((e) => e.sector === 'child_protection')
      .map((e) => e.organization);
    expect(childProtection.length).toBeGreaterThan(0);

    await signIn(page, onboarding!, officer);

    await page.getByRole('link', { name: 'Rutas de atención' }).first().click();
    await page.waitForURL(/\/routes$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Rutas de atención');
    expect(await page.textContent('main')).toMatch(
      /Fuente: OIM, Manual de ventanillas de información sobre migración, función 1, observación/,
    );
    expect(await page.textContent('main')).not.toMatch(/000:L|\(líneas/);
    await expectNoAxeViolations(page);

    for (const path of ['/routes/four-step', '/routes/two-step', '/routes/annex1']) {
      await page.goto(`${onboarding}${path}`);
      expect(await page.textContent('main')).toMatch(/Manual de ventanillas/);
      await expectNoAxeViolations(page);
    }
    expect(await page.textContent('main')).toMatch(/Viaja sola o separada de su familia/);

    await page.goto(`${onboarding}/routes/practice`);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Un adolescente solo pregunta por el albergue' }).click();
    await page.waitForURL(/\/routes\/practice\/teen_alone/);
    await expectNoAxeViolations(page);

    // 1. Observation: one right condition and one that is not there.
    await page.getByLabel('Niña, niño o adolescente no acompañado o separado').check();
    await page.getByLabel('Parece estar bajo efectos de drogas o medicamentos').check();
    await page.getByRole('button', { name: 'Comprobar' }).first().click();
    await page.getByTestId('route-applies').waitFor();
    expect(await page.getByTestId('route-applies').textContent()).toMatch(/Ruta de 4 pasos/);
    const main = () => page.textContent('main');
    expect(await main()).toMatch(/No se observa/);
    expect(await main()).toMatch(/Es la ruta correcta/);
    await expectNoAxeViolations(page);

    // 2. Steps 1 and 2: no urgent need, no imminent danger.
    const steps = page.locator('form', { hasText: '2. Pasos 1 y 2' });
    await steps.getByRole('radio', { name: 'No' }).first().check();
    await steps.getByRole('radio', { name: 'No' }).nth(1).check();
    await steps.getByRole('button', { name: 'Comprobar' }).click();
    await page.locator('#feedback-2').waitFor();
    await expectNoAxeViolations(page);

    // 3. Annex 1 indicators: two right, one missed.
    await page.getByLabel(/P4\.1/).check();
    await page.getByLabel(/P2\.2/).check();
    await page.getByRole('button', { name: 'Comprobar' }).last().click();
    await page.locator('#referral').waitFor();
    expect(await main()).toMatch(/Faltó/);
    expect(await main()).toMatch(/Perfiles que indican sus marcas/);

    // 4. Referral suggestions filled with the cri_upala directory.
    const referrals = await page.getByTestId('referrals').textContent();
    expect(referrals).toMatch(/Niña, niño o adolescente no acompañado o separado/);
    expect(childProtection.some((org) => referrals!.includes(org))).toBe(true);
    await expectNoAxeViolations(page);
  });

  it('the 4-step route page names its source once and numbers each step once', async () => {
    const own = await newContext(browser);
    const page = await own.newPage();
    await signIn(page, onboarding!, officer, { next: '/routes/four-step' });
    const main = page.getByRole('main');
    expect((await main.textContent())!.match(/Fuente:/g)).toHaveLength(1);
    expect(await main.getByText(/^Fuente:/).textContent()).toMatch(
      /Manual de ventanillas de información sobre migración, función 1, ruta de 4 pasos y remisión según la condición$/,
    );
    await main.getByRole('heading', { name: 'Paso 1. Atención a necesidades urgentes' }).waitFor();
    // The stop rule's heading says what the box is, once (it read "Regla…: Detenga la entrevista aquí").
    expect(
      await main.getByRole('heading', { level: 2, name: /detener la entrevista/ }).textContent(),
    ).toBe('Regla para detener la entrevista');
    // The step's heading carries its number; no list marker adds another.
    expect(await main.locator('ol').count()).toBe(0);
    await expectNoAxeViolations(page);
    await own.close();
  });

  it('Annex 1 names each profile once and spaces its question markers', async () => {
    const own = await newContext(browser);
    const page = await own.newPage();
    await signIn(page, onboarding!, officer, { next: '/routes/annex1' });
    const main = page.getByRole('main');
    const text = (await main.textContent())!;
    expect(text.match(/Posible víctima de trata de personas/g)).toHaveLength(1);
    expect(text.match(/Persona migrante en riesgo/g)).toHaveLength(1);
    expect(text.match(/Fuente:/g)).toHaveLength(1);
    await main
      .getByRole('table', { name: 'Perfil 1. Posible víctima de trata de personas' })
      .waitFor();
    const question19 = main
      .getByRole('listitem')
      .filter({ hasText: /^\s*19\./ })
      .first();
    expect(await question19.innerText()).toMatch(/posible trata\s+\* posible refugio/);
    await expectNoAxeViolations(page);
    await own.close();
  });

  it('stage 2 names a wrong answer once and its stop box agrees with the case', async () => {
    const own = await newContext(browser);
    const page = await own.newPage();
    await signIn(page, onboarding!, officer, { next: '/routes/practice/teen_alone' });
    await page.getByLabel('Niña, niño o adolescente no acompañado o separado').check();
    await page.getByRole('button', { name: 'Comprobar' }).first().click();
    await page.getByTestId('route-applies').waitFor();
    // The boy has no urgent need: answering "yes" to step 1 is wrong and stops the interview.
    const steps = page.locator('form', { hasText: '2. Pasos 1 y 2' });
    await steps.getByRole('radio', { name: 'Sí' }).first().check();
    await steps.getByRole('radio', { name: 'No' }).nth(1).check();
    await steps.getByRole('button', { name: 'Comprobar' }).click();
    const feedback = page.locator('#feedback-2');
    await feedback.waitFor();
    const stepOne = feedback.getByRole('listitem').filter({ hasText: 'Paso 1' });
    expect(await stepOne.locator('.tag').textContent()).toBe('No es lo indicado');
    const stop = feedback.getByRole('region', { name: 'La entrevista no debía detenerse' });
    expect(await stop.textContent()).toMatch(/seguir con la entrevista del anexo 1/);
    expect(await stop.textContent()).not.toMatch(/respondió que sí \(o usted sospecha/);
    expect(await stop.textContent()).not.toMatch(/Pase directo a la remisión/);

    const missed = page
      .getByTestId('referrals')
      .getByRole('listitem')
      .filter({
        has: page.getByRole('heading', { name: 'Persona refugiada o solicitante de refugio' }),
      });
    expect((await missed.textContent())!.match(/Faltó/g)).toHaveLength(1);
    // The referral list cites its handbook section once, not under every card.
    const referralStage = page.getByTestId('referrals').locator('xpath=..');
    expect((await referralStage.textContent())!.match(/Fuente:/g)).toHaveLength(1);
    await expectNoAxeViolations(page);
    await own.close();
  });

  it('keeps the PFA guide working offline once visited', async () => {
    const offlineContext = await newContext(browser, { serviceWorkers: 'allow' });
    const p = await offlineContext.newPage();
    try {
      await p.goto(`${onboarding}/pfa`);
      await p.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      // Once the worker controls the page, read one guide page as a reader would.
      await p.reload();
      await p.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await p.goto(`${onboarding}/pfa/observe`);
      const observe = await p.getByRole('heading', { level: 1 }).textContent();
      await p.goto(`${onboarding}/pfa`);

      await offlineContext.setOffline(true);
      await p.reload();
      expect(await p.getByRole('heading', { level: 1 }).textContent()).toMatch(
        /Primeros Auxilios Psicológicos/,
      );
      await p.goto(`${onboarding}/pfa/observe`);
      expect(await p.getByRole('heading', { level: 1 }).textContent()).toBe(observe);
      await expectNoAxeViolations(p);
      // The quick-reference card, never opened before, from the guide's own link.
      await p.goto(`${onboarding}/pfa`);
      await p.getByRole('link', { name: /tarjeta/i }).click();
      await p.waitForURL(/\/pfa\/card$/);
      expect((await p.textContent('main'))!.length).toBeGreaterThan(200);
      await expectNoAxeViolations(p);
    } finally {
      await offlineContext.setOffline(false);
      await offlineContext.close();
    }
  });
});
