import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exampleActivity } from '@ventanilla/domain';
import {
  expectNoAxeViolations,
  launchBrowser,
  logIn,
  newContext,
  postGraphql,
  signIn,
} from '@ventanilla/testkit';

/**
 * A coordinator plans a communication campaign (hubs handbook Annex 4) in Debian Chromium:
 * audiences placed with the keyboard only, a SWOT with TOWS prompts, a SMART objective, a
 * recorded activity linked with its reach against the objective, and a second session that
 * gets the conflict message instead of overwriting. Axe runs on every page.
 */
const coordinator = {
  email: 'coordinadora.cri@demo.ventanilla.org',
  password: 'demo-coordinadora-2026',
};

describe('campaign planning journey', () => {
  const { onboarding, graphql } = inject('stack');
  let browser: Browser;
  let first: BrowserContext;
  let second: BrowserContext;
  let page: Page;
  let campaignUrl = '';
  let activity: { id: string; estPeople: number } = { id: '', estPeople: 0 };

  beforeAll(async () => {
    // A recorded activity of cri_upala, so the link and its reach are known exactly.
    const token = await logIn(graphql, coordinator);
    const { record_type: _t, ...input } = exampleActivity;
    const saved = await postGraphql(
      graphql,
      `mutation($i: ActivityInput!) { activityRecord(input: $i) { __typename
        ... on ActivitySaved { activity { id estPeople } } ... on ValidationFailed { issues { message } } } }`,
      {
        i: {
          ...input,
          date: new Date().toISOString().slice(0, 10),
          hub: 'cri_upala',
          hub_type: 'permanent',
          officer_id: 'CR-UPA-01',
          b1_country: 'CRI',
          b1_admin1: 'Alajuela',
          b1_admin2: 'Upala',
          b3_summary: 'Taller sobre migración segura en el colegio.',
        },
      },
      token,
    );
    activity = saved.data?.activityRecord?.activity;
    if (!activity) throw new Error(JSON.stringify(saved));
    browser = await launchBrowser();
    first = await newContext(browser);
    second = await newContext(browser);
    page = await first.newPage();
  });

  afterAll(async () => {
    await first?.close();
    await second?.close();
    await browser?.close();
  });

  it('creates a campaign from the list', async () => {
    await signIn(page, onboarding!, coordinator, {
      next: '/campaigns',
      waitUntil: 'domcontentloaded',
    });
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Campañas de comunicación',
    );
    await expectNoAxeViolations(page);
    await page.getByLabel('Título de la campaña').fill('Migración segura en Upala');
    await page.getByLabel('Ventanilla').selectOption('cri_upala');
    await page.getByRole('button', { name: 'Crear campaña' }).click();
    await page.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
    campaignUrl = page.url();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Migración segura en Upala',
    );
    for (const step of [
      '1. Investigación',
      '2. Planificación',
      '3. Implementación',
      '4. Evaluación',
    ])
      await page.getByRole('heading', { level: 2, name: step }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('places four audiences on the matrix using only the keyboard', async () => {
    const section = page.locator('#section-audiences');
    const names = [
      'Autoridades migratorias',
      'Policía local',
      'Personas migrantes',
      'Programa de televisión',
    ];
    for (const [i, name] of names.entries()) {
      // Enter saves from the field's own section once the page's scripts run (without them, it
      // saves the whole plan from the first button, the title's); this journey has them.
      await page.locator('.board[data-interactive="true"]').waitFor();
      await section.getByLabel('Audiencia', { exact: true }).fill(name);
      if (i === 3) await section.getByLabel('Tipo', { exact: true }).selectOption('welcome');
      await section.getByLabel('Audiencia', { exact: true }).press('Enter');
      await page.waitForURL(/saved=audiences/);
    }
    // Every new audience starts at 5/5 (monitor). Arrow keys move them; nothing else.
    const moves: Record<string, string[]> = {
      'Autoridades migratorias': [...Array(4).fill('ArrowRight'), ...Array(4).fill('ArrowUp')],
      'Policía local': [...Array(3).fill('ArrowRight'), ...Array(3).fill('ArrowUp')],
      'Personas migrantes': [...Array(4).fill('ArrowRight'), ...Array(2).fill('ArrowDown')],
      'Programa de televisión': [...Array(2).fill('ArrowLeft'), ...Array(3).fill('ArrowUp')],
    };
    const live = page.getByTestId('board-live');
    await page.locator('.board[data-interactive="true"]').waitFor();
    for (const [name, keys] of Object.entries(moves)) {
      const token = page.locator('.board button', { hasText: name });
      await token.focus();
      for (const key of keys) await page.keyboard.press(key);
      // Focus stays on the moved audience, and the move is announced.
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(name);
    }
    expect(await live.textContent()).toBe(
      'Programa de televisión: interés 3, poder 8. Cuadrante: Mantener satisfecha.',
    );
    await expectNoAxeViolations(page);
    // Save with the keyboard too.
    await section.getByRole('button', { name: 'Guardar' }).first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/saved=audiences/);
    const quadrant = (name: string) => page.getByTestId(`quadrant-${name}`).textContent();
    await expect(quadrant('Autoridades migratorias')).resolves.toMatch('Prioritaria');
    await expect(quadrant('Policía local')).resolves.toMatch('Prioritaria');
    await expect(quadrant('Personas migrantes')).resolves.toMatch('Mantener informada');
    await expect(quadrant('Programa de televisión')).resolves.toMatch('Mantener satisfecha');
    // Priority audiences flow into planning.
    const priority = await page.getByTestId('priority-audiences').textContent();
    expect(priority).toMatch(/Autoridades migratorias[\s\S]*Policía local/);
  });

  it('fills a SWOT with two items per quadrant and turns a TOWS prompt into an action', async () => {
    const section = page.locator('#section-swot');
    const items = {
      Fortalezas: 'Personal local que conoce la zona\nAlianza con el colegio',
      Debilidades: 'Sin atención 24/7\nPoco presupuesto para impresos',
      Oportunidades: 'Feria cantonal en marzo\nRadio comunitaria',
      Amenazas: 'Rumores sobre requisitos\nReclutadores fraudulentos',
    };
    for (const [quadrant, text] of Object.entries(items))
      await section.getByLabel(`Nuevos elementos de ${quadrant} (uno por línea)`).fill(text);
    await section.getByRole('button', { name: 'Guardar' }).first().click();
    await page.waitForURL(/saved=swot/);
    await expect(page.locator('#section-swot li').getByRole('textbox').count()).resolves.toBe(8);
    // Reorder with a button (works without JS too).
    await page.getByRole('button', { name: 'Bajar «Personal local que conoce la zona»' }).click();
    await page.waitForURL(/saved=swot/);
    await expect(page.getByLabel('Fortalezas 1', { exact: true }).inputValue()).resolves.toBe(
      'Alianza con el colegio',
    );
    await page
      .getByText(
        '¿Cómo puede «Alianza con el colegio» ayudarnos a aprovechar «Feria cantonal en marzo»?',
        { exact: true },
      )
      .waitFor();
    await expectNoAxeViolations(page);
    await page
      .getByRole('button', {
        name: /Convertir en acción planificada\s*:\s*¿Cómo puede «Alianza con el colegio» ayudarnos a aprovechar «Feria cantonal en marzo»/,
      })
      .click();
    await page.waitForURL(/saved=activities/);
    await expect(
      page.getByTestId('planned-0').locator('legend').first().textContent(),
    ).resolves.toMatch(/Desde TOWS \(SO\)/);
  });

  it('writes a SMART objective with the completeness check shown while typing', async () => {
    const section = page.locator('#section-objectives');
    const check = page.getByTestId('smart-check-0');
    await expect(check.textContent()).resolves.toMatch(/Falta el público/);
    await section
      .getByLabel('Público')
      .selectOption({ label: 'Autoridades migratorias (prioritaria)' });
    await section.getByLabel('Categoría de impacto').selectOption('cognitive');
    await section
      .getByLabel('Efecto buscado')
      .fill('Conocen los servicios gratuitos de la ventanilla');
    await expect(check.textContent()).resolves.not.toMatch(/Falta el efecto/);
    await expect(check.textContent()).resolves.toMatch(/Falta la medición/);
    await section.getByLabel('Qué se mide').selectOption('people');
    await section.getByLabel('Meta').fill('100');
    await section.getByLabel('Desde').fill('2026-01-01');
    await section.getByLabel('Hasta').fill('2026-12-31');
    await expect(check.textContent()).resolves.toMatch(/Objetivo completo/);
    await expectNoAxeViolations(page);
    await section.getByRole('button', { name: 'Guardar' }).first().click();
    await page.waitForURL(/saved=objectives/);
    await expect(page.getByTestId('smart-check-0').textContent()).resolves.toMatch(
      /Objetivo completo/,
    );
  });

  it('links a recorded activity and shows its reach against the objective', async () => {
    const planned = page.getByTestId('planned-0');
    await planned.getByLabel('Objetivo al que sirve').selectOption({ index: 1 });
    await planned.locator(`input[type=checkbox][value="${activity.id}"]`).check();
    await page
      .locator('#section-activities')
      .getByRole('button', { name: 'Guardar' })
      .first()
      .click();
    await page.waitForURL(/saved=activities/);
    const people = Math.round(activity.estPeople);
    await expect(page.getByTestId('planned-reach-0').textContent()).resolves.toMatch(
      new RegExp(`Alcance · personas: ${people}`),
    );
    await expect(page.getByTestId('planned-done').textContent()).resolves.toMatch(
      'Planificado frente a realizado: 1 de 1',
    );
    const row = page.getByTestId('objective-reach').locator('tbody tr').first();
    await expect(row.textContent()).resolves.toMatch(new RegExp(`100\\s*${people}\\s*${people} %`));
    await expectNoAxeViolations(page);
  });

  it('gives a second session the conflict message instead of overwriting', async () => {
    const other = await second.newPage();
    await signIn(other, onboarding!, coordinator, {
      next: '/campaigns',
      waitUntil: 'domcontentloaded',
    });
    await other.goto(campaignUrl);
    // The first session saves while the second still has the older version open.
    await page.goto(campaignUrl);
    await page
      .getByLabel('¿Cuál es la situación que queremos cambiar?')
      .fill('Rumores sobre requisitos falsos.');
    await page.locator('#section-diagnosis').getByRole('button', { name: 'Guardar' }).click();
    await page.waitForURL(/saved=diagnosis/);

    await other
      .getByLabel('¿Cuál es la situación que queremos cambiar?')
      .fill('Poca confianza en las instituciones.');
    await other.locator('#section-diagnosis').getByRole('button', { name: 'Guardar' }).click();
    const conflict = other.getByTestId('conflict');
    await conflict.waitFor();
    const text = await conflict.textContent();
    expect(text).toMatch(/No se guardó: hay una versión más reciente/);
    expect(text).toMatch(/Poca confianza en las instituciones\./);
    expect(text).toMatch(/Rumores sobre requisitos falsos\./);
    // Each side lists only what this writer changed: the diagnosis, not the sections the whole
    // plan form carried back untouched (audiences, SWOT, objectives, activities).
    expect(await conflict.locator('h4').allTextContents()).toEqual([
      'Diagnóstico situacional y de comunicación',
      'Diagnóstico situacional y de comunicación',
    ]);
    await expectNoAxeViolations(other);
    // Nothing was overwritten.
    await page.reload();
    await expect(
      page.getByLabel('¿Cuál es la situación que queremos cambiar?').inputValue(),
    ).resolves.toBe('Rumores sobre requisitos falsos.');
    // The second person chooses to keep theirs, knowingly.
    await other.getByRole('button', { name: 'Guardar la mía encima' }).click();
    await other.waitForURL(/saved=diagnosis/);
    await expect(
      other.getByLabel('¿Cuál es la situación que queremos cambiar?').inputValue(),
    ).resolves.toBe('Poca confianza en las instituciones.');
    await other.close();
  });

  it('also moves an audience by drag and drop with the mouse', async () => {
    await page.goto(campaignUrl);
    await page.locator('.board[data-interactive="true"]').waitFor();
    const token = page.locator('.board button', { hasText: 'Programa de televisión' });
    await page.locator('.board').scrollIntoViewIfNeeded();
    const board = await page.locator('.board').boundingBox();
    const box = await token.boundingBox();
    if (!board || !box) throw new Error('board not visible');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    // Lower-left: interest 2, power 2.
    await page.mouse.move(board.x + board.width * 0.15, board.y + board.height * 0.85, {
      steps: 5,
    });
    await page.mouse.up();
    await expect(page.getByTestId('board-live').textContent()).resolves.toBe(
      'Programa de televisión: interés 2, poder 2. Cuadrante: Observar.',
    );
    await expect(
      page.getByLabel('Interés (1–10): Programa de televisión').inputValue(),
    ).resolves.toBe('2');
  });

  it('offers a printable plan and CSV downloads', async () => {
    await page.goto(`${campaignUrl}/print`);
    await page.getByRole('heading', { level: 1, name: /Plan de campaña/ }).waitFor();
    await expectNoAxeViolations(page);
    const matrix = await page.request.get(`${campaignUrl}/matrix.csv`);
    expect(matrix.headers()['content-type']).toMatch(/text\/csv/);
    const csv = await matrix.text();
    expect(csv).toContain('Autoridades migratorias,objetivo,9,9,Prioritaria');
    const swot = await (await page.request.get(`${campaignUrl}/swot.csv`)).text();
    expect(swot.trim().split('\r\n')).toHaveLength(9);
  });
});
