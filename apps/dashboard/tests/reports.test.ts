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
 * Issue 5 in a real browser: a coordinator writes the narrative and submits; a reviewer runs the
 * verification meeting, returns one hub with a comment and verifies another; the officer sees
 * the comment; a record of the verified month cannot be edited; the reviewer reopens with a
 * reason and the report shows what changed.
 */
const people = {
  coordinator: {
    email: 'coordinadora.cri@demo.ventanilla.org',
    password: 'demo-coordinadora-2026',
  },
  reviewer: { email: 'revisora@demo.ventanilla.org', password: 'demo-revisora-2026' },
  officer: { email: 'oficial.upala@demo.ventanilla.org', password: 'demo-oficial-2026' },
};
type Who = keyof typeof people;

const now = new Date();
const monthOf = (back: number) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 7);
const month = monthOf(1); // the last complete month: the demo seed covers it
const earlier = monthOf(2);

/** A handbook's table number or section code, which users never read. */
const handbookCode = /§|\b(?:Tabla|Table) \d/u;

describe('monthly report and verification meeting', () => {
  const { dashboard, graphql } = inject('stack');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let caseId = '';
  let meetingUrl = '';
  const cspErrors: string[] = [];

  /** A fresh context signed in as `who` (CSP errors collected). */
  async function openAs(who: Who) {
    await context?.close();
    context = await newContext(browser);
    page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/.test(message.text())) cspErrors.push(message.text());
    });
    await signIn(page, dashboard!, people[who]);
  }

  /** The API's data for `query` asked as `who` (errors are left to the test). */
  async function api(who: Who, query: string, variables: Record<string, unknown> = {}) {
    return (await postGraphql(graphql, query, variables, await logIn(graphql, people[who]))).data;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    const found = await api(
      'coordinator',
      `query($m: String!) { cases(filter: { hubCodes: ["cri_los_chiles"], month: $m }, limit: 1) { items { id } } }`,
      { m: month },
    );
    caseId = found.cases.items[0].id;
  });

  afterAll(async () => {
    // A meeting left open would keep giving reviewers exact figures of its month.
    const id = meetingUrl.split('/verify/')[1];
    if (id)
      await api('reviewer', `mutation($id: ID!) { meetingClose(id: $id) { __typename } }`, { id });
    await context?.close();
    await browser?.close();
  });

  it('the coordinator writes the narrative and submits both hubs', async () => {
    await openAs('coordinator');
    await page.goto(`${dashboard}/reports`);
    await expectNoAxeViolations(page);
    // The handbook is named with its section in words, never by table number or § code.
    expect(await page.locator('main').innerText()).toContain(
      'Manual de ventanillas de información sobre migración, sección «Función 2: recopilación de información»',
    );
    expect(await page.locator('body').innerText()).not.toMatch(handbookCode);
    for (const hub of ['cri_upala', 'cri_los_chiles']) {
      await page.goto(`${dashboard}/reports/${hub}/${month}`);
      await page.getByLabel('Logros').fill(`Atención continua en ${hub}`);
      await page.getByLabel('Desafíos').fill('Conectividad intermitente');
      await page.getByLabel('Lecciones aprendidas').fill('Registrar el mismo día');
      await page.getByLabel('Buenas prácticas').fill('Seguimiento telefónico');
      await page.getByLabel('Tendencias migratorias observadas').fill('Más personas en tránsito');
      await page.getByRole('button', { name: 'Guardar la narrativa' }).click();
      await page.getByText('Narrativa guardada.').waitFor();
      // A coordinator's own hubs: exact figures, nothing to explain.
      expect(await page.getByTestId('figures-note').count()).toBe(0);
      expect(await page.locator('body').innerText()).not.toMatch(handbookCode);
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Enviar a verificación' }).click();
      await page.getByText('Informe enviado a verificación.').waitFor();
      expect(await page.locator('[data-status]').first().getAttribute('data-status')).toBe(
        'SUBMITTED',
      );
    }
  });

  it('the reviewer runs the meeting hub by hub: returns one hub with a comment and verifies another', async () => {
    await openAs('reviewer');
    await page.goto(`${dashboard}/verify`);
    await expectNoAxeViolations(page);
    expect(await page.locator('body').innerText()).not.toMatch(handbookCode);
    await page.getByLabel('Mes').selectOption(month);
    await page.getByLabel('Participantes').fill('OIM, Upala, Los Chiles');
    await page.getByRole('button', { name: 'Abrir la reunión' }).click();
    await page.waitForURL(/\/verify\/[0-9a-f-]{36}$/);
    meetingUrl = page.url();

    // Submitted reports come before the others on the agenda.
    const order = await page
      .getByTestId('agenda')
      .locator('li')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-hub')));
    expect(order.slice(0, 2).sort()).toEqual(['cri_los_chiles', 'cri_upala']);

    await page.goto(`${meetingUrl}/hubs/cri_upala`);
    // Inside the open meeting of the month the API gives the reviewer exact figures.
    expect(await page.getByTestId('figures-note').textContent()).toMatch(
      /^\s*Cifras exactas: reunión de verificación abierta\./,
    );
    await expectNoAxeViolations(page);
    await page
      .getByLabel('Comentario para la ventanilla')
      .fill('Explique la baja de casos en la narrativa');
    await page.getByRole('button', { name: 'Devolver con comentarios' }).click();
    await page.waitForURL((url) => url.searchParams.get('done') === 'returned');
    await page.getByLabel('Qué').fill('Capacitar al personal en el registro diario');
    await page.getByLabel('Responsable').fill('Coordinación CRI');
    await page.getByLabel('Fecha límite').fill(`${now.getUTCFullYear() + 1}-01-15`);
    await page.getByRole('button', { name: 'Agregar acción de seguimiento' }).click();
    await page.waitForURL((url) => url.searchParams.get('done') === 'followUp');

    await page.goto(`${meetingUrl}/hubs/cri_los_chiles`);
    await page.getByRole('button', { name: /^Verificar/ }).click();
    await page.waitForURL((url) => url.searchParams.get('done') === 'verified');
    expect(await page.locator('h1 [data-status]').getAttribute('data-status')).toBe('VERIFIED');

    await page.goto(`${meetingUrl}/minutes`);
    const minutes = page.locator('main');
    await minutes.getByText('Explique la baja de casos en la narrativa').waitFor();
    await minutes.getByText('Capacitar al personal en el registro diario').waitFor();
    await expectNoAxeViolations(page);

    const csv = await page.request.get(`${meetingUrl}/minutes.csv`);
    expect(csv.headers()['content-type']).toMatch(/text\/csv/);
    expect(csv.headers()['content-disposition']).toMatch(
      /acta-reunion-verificacion-\d{4}-\d{2}\.csv/,
    );
    const text = await csv.text();
    // Split by ";" as Spanish Excel reads it (English minutes keep ",": meeting-asks.test.ts).
    expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'Sección;Ventanilla;Asunto;Detalle;Responsable;Fecha límite;Quién;Cuándo',
    );
    expect(text).toMatch(/Decisión;[^;]*Upala;Devolución;Explique la baja de casos/);
    expect(text).toContain('Capacitar al personal en el registro diario');
    // Minutes print without the page's links and buttons.
    const back = page.getByRole('link', { name: 'Volver a la agenda' });
    expect(await back.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await back.isVisible()).toBe(false);
    expect(await minutes.getByText('Capacitar al personal en el registro diario').isVisible()).toBe(
      true,
    );
    await page.emulateMedia({ media: 'screen' });
  });

  it('the officer sees the comment and the follow-up, on the home page and on the report', async () => {
    await openAs('officer');
    const panel = page.getByTestId('home-reports');
    await panel.getByText('Explique la baja de casos en la narrativa').waitFor();
    await panel.getByText(/Capacitar al personal en el registro diario/).waitFor();
    await expectNoAxeViolations(page);
    await page.goto(`${dashboard}/reports/cri_upala/${month}`);
    expect(await page.getByTestId('reviewer-comment').textContent()).toContain(
      'Explique la baja de casos',
    );
    await expectNoAxeViolations(page);
  });

  it('editing a record of the verified month fails with a clear message', async () => {
    await openAs('coordinator');
    await page.goto(`${dashboard}/record?id=${caseId}`);
    await page.locator('#f-date').fill(`${earlier}-15`);
    await page.getByRole('button', { name: 'Guardar el caso' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'verificado' });
    await alert.first().waitFor();
    expect(await alert.first().textContent()).toMatch(/no se pueden crear, cambiar ni borrar/);
    await expectNoAxeViolations(page);
  });

  it('outside a meeting a reviewer sees protected figures, said calmly, never “fewer than 5”', async () => {
    await openAs('reviewer');
    await page.goto(`${dashboard}/reports/cri_upala/${earlier}`);
    expect(await page.getByTestId('figures-note').textContent()).toMatch(
      /^\s*Las cifras están protegidas: pueden diferir en unas pocas unidades/,
    );
    const nationalities = await page
      .locator('table.simple')
      .first()
      .locator('tbody td')
      .allTextContents();
    expect(nationalities.length).toBeGreaterThan(0);
    for (const value of nationalities) expect(value.trim()).toMatch(/^\d[\d.,\s]*$/);
    expect(await page.getByText(/menos de 5/).count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  it('a month the API refuses gets its message on a 400 page, not a crash', async () => {
    await openAs('reviewer');
    const response = await page.goto(`${dashboard}/reports/cri_upala/0000-01`);
    expect(response?.status()).toBe(400);
    await page
      .getByText(/2000-01/)
      .first()
      .waitFor();
    await expectNoAxeViolations(page);
  });

  it('the reviewer reopens with a reason and the report shows what changed', async () => {
    await openAs('reviewer');
    await page.goto(`${dashboard}/reports/cri_los_chiles/${month}`);
    await page.getByText('Cifras exactas: reunión de verificación abierta.').waitFor();
    const before = Number(await page.locator('td[data-figure="cases"]').textContent());
    await page.getByLabel('Motivo de la reapertura').fill('Un caso tiene la fecha equivocada');
    await page.getByRole('button', { name: 'Reabrir el informe' }).click();
    await page.getByText('Informe reabierto.').waitFor();

    await openAs('coordinator');
    await page.goto(`${dashboard}/record?id=${caseId}`);
    await page.locator('#f-date').fill(`${earlier}-15`);
    await page.getByRole('button', { name: 'Guardar el caso' }).click();
    await page.waitForURL((url) => url.pathname === '/cases');

    await openAs('reviewer');
    await page.goto(`${dashboard}/reports/cri_los_chiles/${month}`);
    const change = page.getByTestId('changes').locator('tr[data-change="cases"] td');
    expect(await change.allTextContents()).toEqual([String(before), String(before - 1)]);
    await page.getByText('Un caso tiene la fecha equivocada').waitFor();
    await expectNoAxeViolations(page);

    expect(cspErrors).toEqual([]);
  });
});
