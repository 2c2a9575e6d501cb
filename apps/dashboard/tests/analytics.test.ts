import { readFile } from 'node:fs/promises';
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
 * A reviewer's analytics journey in Chromium: filters to one country and one quarter, opens a
 * chart's table, downloads its CSV and finds the same figures; the figures are protected
 * (perturbed, API.md "Disclosure control") and the page says so calmly, in Spanish and English;
 * a reveal with a reason shows exact, audited figures; the age × gender chart has a number in
 * every group an admin sees data in; the hub page and the comparison pass axe too, and (for an
 * admin, whose figures are exact) show the case counts the API gives.
 */
const reviewer = { email: 'revisora@demo.ventanilla.org', password: 'demo-revisora-2026' };
const adminLogin = { email: 'admin@demo.ventanilla.org', password: 'demo-admin-2026' };

const protectedPageEs = /^Las cifras están protegidas: pueden diferir en unas pocas unidades/;
const protectedPageEn = /^Figures are protected: small differences from the hub’s own counts/;
const protectedChartEs =
  'Las cifras están protegidas: pueden diferir en unas pocas unidades de los conteos de la propia ventanilla; el total se protege por separado y puede no coincidir con la suma.';

/** A whole figure as the page prints it in Spanish ("1.234", "1 234"). */
function readFigure(text: string | null): number {
  const digits = (text ?? '').trim().replace(/[.,\s\u00a0\u202f]/g, '');
  expect(digits, `a figure: ${text}`).toMatch(/^\d+$/);
  return Number(digits);
}

/** The current calendar quarter, as the demo seed's last months fall in it or just before. */
function currentQuarter(): { from: string; to: string } {
  const now = new Date();
  const year = now.getUTCFullYear();
  const first = Math.floor(now.getUTCMonth() / 3) * 3 + 1;
  const m = (n: number) => `${year}-${String(n).padStart(2, '0')}`;
  return { from: m(first), to: m(first + 2) };
}

/** Rows of a table as [row header, ...cells] texts, numbers without thousands separators. */
async function readTable(page: Page, chart: string): Promise<string[][]> {
  return page
    .locator(`[data-chart="${chart}"] table tbody tr`)
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('th, td')].map((cell, i) =>
          i === 0
            ? (cell.textContent ?? '').trim()
            : (cell.textContent ?? '').trim().replace(/[.,\s]/g, ''),
        ),
      ),
    );
}

/** A small RFC 4180 reader (quoted fields, BOM), split by `delimiter` (`;` in a Spanish file). */
function parseCsv(text: string, delimiter: ';' | ',' = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

describe('analytics journey of a reviewer', () => {
  const { dashboard, graphql } = inject('stack');
  const quarter = currentQuarter();
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, { acceptDownloads: true });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  let shot = 0;
  /** Axe on the page; JOURNEY_SCREENSHOTS=<dir> also keeps a full-page screenshot of it. */
  async function checked(): Promise<void> {
    await expectNoAxeViolations(page);
    const dir = process.env.JOURNEY_SCREENSHOTS;
    if (dir)
      await page.screenshot({
        path: `${dir}/analytics-${String(++shot).padStart(2, '0')}.png`,
        fullPage: true,
      });
  }

  /** An admin signed in in a context of its own (admins see exact figures). */
  let adminContext: BrowserContext | undefined;
  let admin: Page | undefined;
  async function adminPage(): Promise<Page> {
    if (admin) return admin;
    adminContext = await newContext(browser);
    admin = await adminContext.newPage();
    await signIn(admin, dashboard!, adminLogin, { next: '/analytics' });
    return admin;
  }
  afterAll(() => adminContext?.close());

  /** Cases of the quarter in the given hubs, asked of the API as the admin. */
  async function countCases(hubCodes: string[]): Promise<number> {
    const answer = await postGraphql<{ disaggregation: { total: number } }>(
      graphql,
      'query($i: DisaggregationInput!) { disaggregation(input: $i) { total } }',
      { i: { measure: 'CASES', by: [], filter: { ...quarter, hubCodes } } },
      await logIn(graphql, adminLogin),
    );
    return answer.data.disaggregation.total;
  }

  it('signs the reviewer in and opens the analytics page from the navigation', async () => {
    await signIn(page, dashboard!, reviewer, { next: '/analytics' });
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Análisis desagregado',
    );
    expect(await page.getByRole('link', { name: 'Análisis' }).count()).toBeGreaterThan(0);
  });

  it('filters to one country and one quarter through the URL-backed form', async () => {
    await page.getByLabel('Desde (mes)').fill(quarter.from);
    await page.getByLabel('Hasta (mes)').fill(quarter.to);
    await page
      .getByRole('group', { name: 'Países' })
      .getByRole('checkbox', { name: 'Costa Rica', exact: true })
      .check();
    await page.getByRole('button', { name: 'Aplicar filtros' }).click();
    await page.waitForURL((url) => url.searchParams.get('country') === 'CRI');
    const url = new URL(page.url());
    expect(url.searchParams.get('from')).toBe(quarter.from);
    expect(url.searchParams.get('to')).toBe(quarter.to);
    const cases = page.locator('[data-kpi="cases"]');
    await cases.waitFor();
    expect(await cases.textContent()).toMatch(/Casos atendidos\s*\d+/);
    // Chart.js is loaded lazily and draws on a canvas, once the chart nears the viewport.
    await page.locator('[data-chart="cases-by-month"] [role="img"]').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => {
      const canvas = document.querySelector<HTMLCanvasElement>(
        '[data-chart="cases-by-month"] canvas',
      );
      return !!canvas && canvas.width > 0 && !!canvas.style.height;
    });
    await checked();
  });

  it('answers an unknown chart download with a 404 in words, not a message key', async () => {
    const response = await page.request.get(`${dashboard}/analytics/export/nope?format=csv`);
    expect(response.status()).toBe(404);
    const body = await response.text();
    expect(body).toContain('No encontramos esta página.');
    expect(body).not.toContain('error.notFound');
  });

  it('opens a chart’s table and downloads the same figures as CSV, in words (";") or codes (",")', async () => {
    const card = page.locator('[data-chart="services"]');
    const table = card.locator('table');
    expect(await table.evaluate((t) => t.closest('.visually-hidden') !== null)).toBe(true);
    await card.getByRole('button', { name: 'Mostrar la tabla' }).click();
    await expect(table.isVisible()).resolves.toBe(true);
    expect(
      await card.getByRole('button', { name: 'Ocultar la tabla' }).getAttribute('aria-expanded'),
    ).toBe('true');
    const shown = await readTable(page, 'services');
    expect(shown.length).toBeGreaterThan(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('link', { name: 'Descargar CSV de «Servicios solicitados»' }).click(),
    ]);
    // Named in words in the reader's language, split by ";" as Spanish Excel reads it.
    expect(download.suggestedFilename()).toBe(
      `ventanilla-servicios-solicitados-${quarter.from}-${quarter.to}.csv`,
    );
    const text = await readFile((await download.path())!, 'utf8');
    expect(text.split('\r\n')[0]).toBe('\uFEFFServicio solicitado;Casos');
    const csv = parseCsv(text, ';');
    expect(csv[0]).toEqual(['Servicio solicitado', 'Casos']);
    // The table, an empty line, then the chart's notes: the protection note among them.
    const blank = csv.findIndex((row) => row.length === 1 && row[0] === '');
    expect(csv.slice(1, blank)).toEqual(shown);
    expect(csv.slice(blank + 1).map((row) => row[0])).toContain(protectedChartEs);

    // With codes: the field name, the rows' codes (as the table's rows carry them) and the
    // series' code, split by ",", the same figures.
    const [codesDownload] = await Promise.all([
      page.waitForEvent('download'),
      card
        .getByRole('link', { name: 'Descargar CSV con códigos de «Servicios solicitados»' })
        .click(),
    ]);
    expect(codesDownload.suggestedFilename()).toBe(
      `ventanilla-servicios-solicitados-codigos-${quarter.from}-${quarter.to}.csv`,
    );
    const codes = parseCsv(await readFile((await codesDownload.path())!, 'utf8'), ',');
    expect(codes[0]).toEqual(['a10_service', 'cases']);
    const rowCodes = await card
      .locator('table tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-code')));
    expect(codes.slice(1, shown.length + 1)).toEqual(
      shown.map(([, value], i) => [rowCodes[i], value]),
    );

    // The XLSX of the same chart is a real workbook (a zip).
    const xlsxHref = await card
      .getByRole('link', { name: 'Descargar XLSX de «Servicios solicitados»' })
      .getAttribute('href');
    const xlsx = await page.request.get(`${dashboard}${xlsxHref}`);
    expect(xlsx.headers()['content-type']).toMatch(/spreadsheetml/);
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');
    expect(
      await card
        .getByRole('link', { name: 'Descargar XLSX con códigos de «Servicios solicitados»' })
        .getAttribute('href'),
    ).toMatch(/format=xlsx&codes=1/);

    // Reviewers see protected counts: a number in every cell, never one from 1 to 4.
    for (const [, value] of shown) {
      expect(value).toMatch(/^\d+$/);
      const n = Number(value);
      expect(n === 0 || n >= 5).toBe(true);
    }
  });

  it('says once that the figures are protected, and that they are exact and audited after a reveal', async () => {
    const pageNote = page.getByTestId('protection-note');
    expect(await pageNote.count()).toBe(1);
    expect(await pageNote.textContent()).toMatch(protectedPageEs);
    // Every chart with data says it in its notes too; nothing reads "suprimido".
    const cards = page.locator('[data-chart]:has(table)');
    expect(await cards.count()).toBeGreaterThan(0);
    expect(await cards.filter({ hasText: protectedChartEs }).count()).toBe(await cards.count());
    expect(await page.getByText(/suprimid/).count()).toBe(0);

    await page.getByText('Ver cifras exactas').click();
    await page.getByLabel('Motivo (10 a 500 caracteres)').fill('Verificación mensual de Upala');
    await page.getByRole('button', { name: 'Mostrar cifras exactas' }).click();
    await page.getByText(/Está viendo cifras exactas/).waitFor();
    expect(new URL(page.url()).searchParams.get('country')).toBe('CRI');
    expect(await pageNote.textContent()).toMatch(
      /^Cifras exactas: cada consulta queda registrada en la auditoría/,
    );
    expect(await page.getByText(protectedChartEs).count()).toBe(0);
    await checked();
    await page.getByRole('button', { name: 'Volver a las cifras protegidas' }).click();
    await page.getByText('Ver cifras exactas').waitFor();
    expect(await pageNote.textContent()).toMatch(protectedPageEs);
  });

  it('shows a number in every age × gender group an admin sees data in, and says why they may differ, in es and en', async () => {
    // What an admin (exact figures) sees on the default analytics page.
    const exactPage = await adminPage();
    await exactPage.goto(`${dashboard}/analytics`);
    await exactPage.locator('[data-chart="age-gender"] table').waitFor({ state: 'attached' });
    const exact = await readTable(exactPage, 'age-gender');
    expect(await exactPage.getByTestId('protection-note').count()).toBe(0);
    const withData = exact.flatMap(([age, ...values]) =>
      values.flatMap((value, group) => (Number(value) > 0 ? [{ age: age!, group }] : [])),
    );
    expect(withData.length).toBeGreaterThan(0);

    await page.goto(`${dashboard}/analytics`);
    const card = page.locator('[data-chart="age-gender"]');
    await card.getByRole('button', { name: 'Mostrar la tabla' }).click();
    const shown = await readTable(page, 'age-gender');
    const byAge = new Map(shown.map(([age, ...values]) => [age!, values]));
    for (const { age, group } of withData) expect(byAge.get(age)?.[group]).toMatch(/^\d+$/);
    for (const [, ...values] of shown) for (const value of values) expect(value).toMatch(/^\d+$/);
    expect(await page.getByText(/suprimid/).count()).toBe(0);
    expect(await page.getByTestId('protection-note').textContent()).toMatch(protectedPageEs);
    await expect(card.getByText(protectedChartEs).isVisible()).resolves.toBe(true);
    await checked();

    await page.getByTestId('language-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.getByTestId('protection-note').textContent()).toMatch(protectedPageEn);
    await expect(
      card
        .getByText(
          'Figures are protected: small differences from the hub’s own counts are expected; the total is protected on its own and may not equal the sum of the rows.',
        )
        .isVisible(),
    ).resolves.toBe(true);
    expect(await page.getByText(/suppressed/).count()).toBe(0);
    // The downloads read in English: split by ",", named in English words, and with codes.
    const english = async (name: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        card.getByRole('link', { name }).click(),
      ]);
      return {
        name: download.suggestedFilename(),
        csv: parseCsv(await readFile((await download.path())!, 'utf8'), ','),
      };
    };
    const words = await english('Download CSV of “Cases by age and gender”');
    expect(words.name).toMatch(/^ventanilla-cases-by-age-and-gender-\d{4}-\d{2}-\d{4}-\d{2}\.csv$/);
    expect(words.csv[0]).toEqual([
      'Age range',
      'Women',
      'Men',
      'Other gender identities',
      'Not stated',
    ]);
    const codes = await english('Download CSV with codes of “Cases by age and gender”');
    expect(codes.name).toMatch(
      /^ventanilla-cases-by-age-and-gender-codes-\d{4}-\d{2}-\d{4}-\d{2}\.csv$/,
    );
    expect(codes.csv[0]).toEqual(['a5_age_range', 'women', 'men', 'other_gender', 'not_stated']);
    expect(codes.csv[1]![0]).toBe('age_0_5');
    expect(codes.csv.slice(1, shown.length + 1).map((row) => row.slice(1))).toEqual(
      words.csv.slice(1, shown.length + 1).map((row) => row.slice(1)),
    );
    await checked();
    await page.getByTestId('language-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    // Two analytics pages (admin and reviewer), axe twice and a language switch.
  }, 120_000);

  it('says on the home page that the hubs’ figures are protected', async () => {
    await page.goto(`${dashboard}/`);
    expect(await page.getByTestId('protection-note').textContent()).toMatch(
      /^Las cifras están protegidas: pueden diferir en unas pocas unidades/,
    );
    await checked();
  });

  it('drills down to one hub, whose case count is the API’s (as an admin, exact)', async () => {
    await page.goto(`${dashboard}/analytics/hub/cri_upala?from=${quarter.from}&to=${quarter.to}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Upala/);
    await page.locator('[data-kpi="cases"]').waitFor();
    await checked();
    // The reviewer's figures may be protected; an admin's are exact, so check those.
    const admin = await adminPage();
    await admin.goto(`${dashboard}/analytics/hub/cri_upala?from=${quarter.from}&to=${quarter.to}`);
    const shown = readFigure(await admin.locator('[data-kpi="cases"] .kpi-value').textContent());
    const truth = await countCases(['cri_upala']);
    expect(truth).toBeGreaterThan(0);
    expect(shown).toBe(truth);
  });

  it('compares two hubs side by side, each column the API’s case count (as an admin, exact)', async () => {
    const url = `${dashboard}/analytics/compare?from=${quarter.from}&to=${quarter.to}&hub=cri_upala&hub=cri_los_chiles`;
    await page.goto(url);
    await page.getByRole('table', { name: 'Cifras clave lado a lado' }).waitFor();
    await page.locator('[data-chart="compare-month"]').waitFor();
    await checked();
    const admin = await adminPage();
    await admin.goto(url);
    const table = admin.getByRole('table', { name: 'Cifras clave lado a lado' });
    const hubs = await table.locator('thead th').allTextContents();
    expect(hubs[0]?.trim()).toBe('Cifra');
    expect(hubs[1]).toMatch(/Upala/);
    expect(hubs[2]).toMatch(/Los Chiles/);
    expect(hubs).toHaveLength(3);
    const casesRow = table.locator('tbody tr', {
      has: admin.getByRole('rowheader', { name: 'Casos atendidos', exact: true }),
    });
    // The figure, then (after a line break) the change from the previous period.
    const cells = await casesRow.locator('td').allInnerTexts();
    const truth = [await countCases(['cri_upala']), await countCases(['cri_los_chiles'])];
    expect(truth.every((n) => n > 0)).toBe(true);
    expect(cells.map((c) => readFigure(c.split('\n')[0]!))).toEqual(truth);
  });
});
