import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, logIn, newContext, postGraphql } from '@ventanilla/testkit';

/**
 * Issue 14, item 8: no save on the campaign page loses typed text. What a coordinator types
 * before the page's scripts arrive survives them; a "Guardar" of one section also keeps what was
 * typed, unsaved, in another (with and without JavaScript); leaving with unsaved changes asks
 * first.
 */
const coordinator = {
  email: 'coordinadora.cri@demo.ventanilla.org',
  password: 'demo-coordinadora-2026',
};
const situation = '¿Cuál es la situación que queremos cambiar?';
const thinking = '¿Qué piensan nuestras audiencias sobre este problema?';
const trust = '¿En quién confían?';

describe('typed text on the campaign page survives every save', () => {
  const { onboarding, graphql } = inject('stack');
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  let token = '';
  /** A fresh campaign of cri_upala, so each test starts from an empty plan. */
  async function newCampaign(title: string): Promise<string> {
    const created = await postGraphql(
      graphql,
      `mutation($hub: String!, $title: String!) { campaignCreate(hub: $hub, title: $title) {
        __typename ... on CampaignSaved { campaign { id } } } }`,
      { hub: 'cri_upala', title },
      token,
    );
    const id = created.data?.campaignCreate?.campaign?.id;
    if (!id) throw new Error(JSON.stringify(created));
    return `${onboarding}/campaigns/${id}`;
  }

  /** A signed-in page; the service worker is blocked so every script goes over the network. */
  async function signedInPage(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
    const context = await newContext(browser, { serviceWorkers: 'block', ...options });
    contexts.push(context);
    const sessionToken = await logIn(graphql, coordinator);
    await context.addCookies([
      { name: 'vt_session', value: sessionToken, url: onboarding, httpOnly: true },
    ]);
    return context.newPage();
  }

  /** Waits until the page's scripts have run (the audience board turns interactive). */
  const hydrated = (page: Page) => page.locator('.board[data-interactive="true"]').waitFor();

  beforeAll(async () => {
    token = await logIn(graphql, coordinator);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('slow link: text typed before the scripts arrive is saved, not wiped by them', async () => {
    const url = await newCampaign('Red lenta');
    const page = await signedInPage();
    // Hold back every script until the coordinator has typed.
    let release = () => {};
    const arrived = new Promise<void>((resolve) => (release = resolve));
    let held = 0;
    await page.route(/\.js(\?.*)?$/, async (route) => {
      held += 1;
      await arrived;
      await route.continue();
    });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.getByLabel(situation).fill('Escrito antes de que llegaran los scripts.');
    await page.getByLabel('Nuevos elementos de Fortalezas (uno por línea)').fill('Radio local');
    await page.locator('#section-messages').getByLabel('Nuevo mensaje clave').fill('Pregunte');
    expect(held).toBeGreaterThan(0);
    release();
    await hydrated(page);
    // The scripts arrived: the text is still there, and a save stores it.
    expect(await page.getByLabel(situation).inputValue()).toBe(
      'Escrito antes de que llegaran los scripts.',
    );
    await page.locator('#section-diagnosis').getByRole('button', { name: 'Guardar' }).click();
    await page.waitForURL(/saved=/);
    await page.reload();
    expect(await page.getByLabel(situation).inputValue()).toBe(
      'Escrito antes de que llegaran los scripts.',
    );
    expect(await page.getByLabel('Fortalezas 1', { exact: true }).inputValue()).toBe('Radio local');
    expect(await page.locator('#section-messages').getByLabel('Mensaje clave 1').inputValue()).toBe(
      'Pregunte',
    );
  });

  it('cross-section: typing the diagnosis, then "Guardar" in audiences keeps both', async () => {
    const url = await newCampaign('Entre secciones');
    const page = await signedInPage();
    await page.goto(url);
    await hydrated(page);
    await page.getByLabel(situation).fill('Rumores sobre requisitos falsos.');
    const audiences = page.locator('#section-audiences');
    await audiences.getByLabel('Audiencia', { exact: true }).fill('Policía local');
    await audiences.getByRole('button', { name: 'Guardar' }).first().click();
    await page.waitForURL(/saved=audiences/);
    await page.reload();
    expect(await page.getByLabel(situation).inputValue()).toBe('Rumores sobre requisitos falsos.');
    await page.getByTestId('quadrant-Policía local').waitFor();
  });

  it('cross-section without JavaScript: a save from one section keeps the others', async () => {
    const url = await newCampaign('Sin scripts');
    const page = await signedInPage({ javaScriptEnabled: false });
    await page.goto(url);
    await page.getByLabel(thinking).fill('Que la ventanilla cobra.');
    await page.getByLabel('Nuevos elementos de Amenazas (uno por línea)').fill('Reclutadores');
    await page.locator('#section-profile').getByRole('textbox').fill('Jóvenes de 15 a 24 años.');
    await page
      .locator('#section-audiences')
      .getByRole('button', { name: 'Guardar' })
      .first()
      .click();
    await page.waitForURL(/saved=audiences/);
    await page.goto(url);
    expect(await page.getByLabel(thinking).inputValue()).toBe('Que la ventanilla cobra.');
    expect(await page.getByLabel('Amenazas 1', { exact: true }).inputValue()).toBe('Reclutadores');
    expect(await page.locator('#section-profile').getByRole('textbox').inputValue()).toBe(
      'Jóvenes de 15 a 24 años.',
    );
  });

  it('asks before leaving with unsaved changes (in-app link and closing the tab)', async () => {
    const url = await newCampaign('Aviso al salir');
    const page = await signedInPage();
    await page.goto(url);
    await hydrated(page);
    await page.getByLabel(trust).fill('En las radios comunitarias.');
    const asked: { type: string; message: string }[] = [];
    page.on('dialog', (dialog) => {
      asked.push({ type: dialog.type(), message: dialog.message() });
      void dialog.dismiss();
    });
    await page.getByRole('link', { name: 'Inicio' }).click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toEqual({
      type: 'confirm',
      message: 'Tiene cambios sin guardar en este plan. ¿Salir sin guardarlos?',
    });
    // Staying keeps the page and the text.
    expect(page.url()).toBe(url);
    expect(await page.getByLabel(trust).inputValue()).toBe('En las radios comunitarias.');
    // Closing the tab asks too (the browser's own beforeunload dialog).
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => asked.length).toBe(2);
    expect(asked[1]?.type).toBe('beforeunload');
    expect(page.isClosed()).toBe(false);
  });

  it('does not ask when nothing was changed, nor when saving', async () => {
    const url = await newCampaign('Sin aviso');
    const page = await signedInPage();
    const asked: string[] = [];
    page.on('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.dismiss();
    });
    await page.goto(url);
    await hydrated(page);
    await page.getByLabel(trust).fill('En sus vecinos.');
    await page.locator('#section-diagnosis').getByRole('button', { name: 'Guardar' }).click();
    await page.waitForURL(/saved=diagnosis/);
    await hydrated(page);
    await page.getByRole('link', { name: 'Inicio' }).click();
    await page.waitForURL(`${onboarding}/`);
    expect(asked).toEqual([]);
  });
});
