import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  dropFormPosts,
  expectNoAxeViolations,
  gql,
  launchBrowser,
  logIn,
  newContext,
  signIn,
  waitForStart,
} from '@ventanilla/testkit';
import { recordExampleCase } from './example-case.ts';

/**
 * A hub officer on a patchy connection: a form whose post gets no answer (the link dropped while
 * the device still says online) keeps the page and what was typed, and says nothing was saved;
 * it used to be replaced by a bare "500" page. Tried again once the link is back, it saves.
 */
const officer = { email: 'oficial.upala@demo.ventanilla.org', password: 'demo-oficial-2026' };
const lostPost = 'No hubo conexión con el servidor: no se guardó nada.';

describe('a form whose post gets no answer', () => {
  const { dashboard, graphql } = inject('stack');
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function officerPage(): Promise<Page> {
    // No service worker: page.route must see the posts.
    const context = await newContext(browser, { serviceWorkers: 'block' });
    const page = await context.newPage();
    await signIn(page, dashboard!, officer, { lang: 'es' });
    return page;
  }

  it('keeps a new advisor and a letter as typed, then saves them (es)', async () => {
    const name = 'Lucía Vargas (sin conexión)';
    const page = await officerPage();
    let restore = await dropFormPosts(page);
    await page.goto(`${dashboard}/mca`);
    await waitForStart(page);
    await page.getByLabel('Nombre completo').fill(name);
    await page.getByLabel('Fecha de ingreso').fill('2026-01-05');
    await page.getByRole('button', { name: 'Guardar' }).click();
    const lost = page.getByRole('alert').filter({ hasText: lostPost });
    await lost.waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Asesores comunitarios en migración',
    );
    expect(await page.getByLabel('Nombre completo').inputValue()).toBe(name);
    await expectNoAxeViolations(page);
    await restore();
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${name} quedó en la lista de asesores comunitarios.` })
      .waitFor();

    await page.getByTestId('mca').filter({ hasText: name }).getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await waitForStart(page);
    restore = await dropFormPosts(page);
    const letter = page.locator('form[action="?/letter"]');
    await letter.getByLabel('Fecha de firma').fill('2026-01-06');
    await letter.getByRole('button', { name: 'Registrar carta' }).click();
    await letter.getByRole('alert').filter({ hasText: lostPost }).waitFor();
    expect(await letter.getByLabel('Fecha de firma').inputValue()).toBe('2026-01-06');
    await restore();
    await page.context().close();
  });

  it('Enter in a check-in’s note records nothing: the channel is chosen by its button (es)', async () => {
    const name = 'Mario Chaves (nota con Enter)';
    await gql(
      graphql!,
      'mutation($i: McaInput!) { mcaAdd(input: $i) { __typename } }',
      { i: { hub: 'cri_upala', name, joinedOn: '2026-01-05' } },
      await logIn(graphql!, officer),
    );
    const page = await officerPage();
    await page.goto(`${dashboard}/mca`);
    await waitForStart(page);
    const card = page.getByTestId('mca').filter({ hasText: name });
    await card.getByText('Fecha del contacto · Nota breve (opcional)').click();
    await card.getByLabel('Nota breve (opcional)').fill('Llamó por teléfono');
    await card.getByLabel('Nota breve (opcional)').press('Enter');
    await card.getByRole('button', { name: 'Registrar: Por teléfono' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Contacto con ${name} registrado.` })
      .waitFor();
    await card.getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const noted = (await page.getByRole('listitem').allInnerTexts())
      .map((line) => line.trim())
      .filter((line) => line.includes('Llamó por teléfono'));
    expect(noted).toEqual([expect.stringMatching(/ · Por teléfono · Llamó por teléfono$/)]);
    await page.context().close();
  });

  it('keeps a referral being added on the case page, with what was typed (es)', async () => {
    const caseId = await recordExampleCase(graphql!, await logIn(graphql!, officer));
    const page = await officerPage();
    const restore = await dropFormPosts(page);
    await page.goto(`${dashboard}/cases/${caseId}`);
    await waitForStart(page);
    const form = page.locator('form[action="?/add"]');
    await form.getByLabel('Persona que atiende la referencia').fill('Licda. Ana Solís');
    await form.getByRole('button', { name: 'Guardar referencia' }).click();
    await form.getByRole('alert').filter({ hasText: lostPost }).waitFor();
    expect(await form.getByLabel('Persona que atiende la referencia').inputValue()).toBe(
      'Licda. Ana Solís',
    );
    await expectNoAxeViolations(page);
    await restore();
    await page.context().close();
  });
});
