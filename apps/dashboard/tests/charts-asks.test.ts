import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newContext, signIn } from '@ventanilla/testkit';
import { drawCharts } from './draw-charts.ts';

/**
 * What an IOM reviewer asked of the analytics charts (issue 15), checked as an admin (exact
 * figures: nothing here depends on the random record keys of the disclosure module), in Chromium:
 * axis labels wrapped on word boundaries and never cut, numbers on axes written like the figures
 * of the page (es and en), no internal references, the running month marked, hubs picked by
 * ticking boxes, no sideways page scroll on a phone, and chart downloads with labels, not codes.
 */
const admin = { email: 'admin@demo.ventanilla.org', password: 'demo-admin-2026' };
const desktop = { width: 1366, height: 768 };
const phone = { width: 390, height: 844 };

/** The month the server is in (UTC, as the page reckons it): still running. */
const running = new Date().toISOString().slice(0, 7);
/** Four months up to the running one (the demo seed fills the last three). */
const from = (() => {
  const [y, m] = running.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 - 3, 1));
  return d.toISOString().slice(0, 7);
})();
const period = `from=${from}&to=${running}`;

type Axis = { chart: string; labels: string[][]; rows: string[]; fits: string };
type Tick = { value: number; label: string };

describe('charts a reviewer can read', () => {
  const { dashboard } = inject('stack');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, { viewport: desktop, acceptDownloads: true });
    page = await context.newPage();
    await signIn(page, dashboard!, admin, { next: '/analytics' });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  /** Opens the analytics page and scrolls to every chart with data until each is drawn. */
  async function openAnalytics(query = period): Promise<void> {
    await page.goto(`${dashboard}/analytics?${query}`);
    expect(await page.locator('[data-chart] canvas').count()).toBeGreaterThan(0);
    await drawCharts(page);
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-chart="vulnerability-types"] [role="img"]')
          ?.hasAttribute('data-axis-labels') ?? false,
    );
  }

  /** Category labels as drawn, beside the table's row labels of the same chart. */
  async function readAxes(): Promise<Axis[]> {
    return page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-chart]')].flatMap((card) =>
        [...card.querySelectorAll<HTMLElement>('[data-axis-labels]')].map((drawn) => ({
          chart: card.dataset.chart!,
          labels: JSON.parse(drawn.dataset.axisLabels!) as string[][],
          rows: [...card.querySelectorAll('tbody th')].map((th) => th.textContent!.trim()),
          fits: drawn.dataset.labelsFit!,
        })),
      ),
    );
  }

  /** Every horizontal chart: each row's label drawn whole, in lines cut between words. */
  async function expectWholeLabels(): Promise<void> {
    const axes = await readAxes();
    const horizontal = axes.filter((a) =>
      ['vulnerability-types', 'unmet-needs', 'occupation', 'activity-types'].includes(a.chart),
    );
    expect(horizontal.length).toBe(5); // activity types: two panels
    for (const axis of horizontal) {
      expect(axis.fits, axis.chart).toBe('true');
      expect(axis.labels.length, axis.chart).toBe(axis.rows.length);
      axis.labels.forEach((lines, i) => {
        expect(lines.join(' ')).toBe(axis.rows[i]);
        for (const line of lines) expect(line).toBe(line.trim());
      });
    }
    // A long label really is broken into lines (e.g. "Trabajo forzoso, servidumbre por deudas…").
    expect(horizontal.some((a) => a.labels.some((lines) => lines.length > 1))).toBe(true);
  }

  /** Value-axis ticks are written as the page writes its figures (Intl of the page language). */
  async function expectTicksInPageLocale(): Promise<Tick[]> {
    const ticks = await page.evaluate(() => {
      const format = new Intl.NumberFormat(document.documentElement.lang);
      return [...document.querySelectorAll<HTMLElement>('[data-value-ticks]')].flatMap((el) =>
        (JSON.parse(el.dataset.valueTicks!) as { value: number; label: string }[]).map((t) => ({
          ...t,
          expected: format.format(Math.abs(t.value)),
        })),
      );
    });
    expect(ticks.length).toBeGreaterThan(0);
    for (const tick of ticks) expect(tick.label).toBe(tick.expected);
    return ticks;
  }

  it('draws whole labels, numbers like the figures, no internal references, and marks the running month (es, desktop)', async () => {
    await openAnalytics();
    await expectWholeLabels();
    const ticks = await expectTicksInPageLocale();
    // Reach runs into thousands: in Spanish never "1,500" (English grouping).
    expect(ticks.some((t) => t.value >= 1000)).toBe(true);
    for (const tick of ticks) expect(tick.label).not.toMatch(/\d,\d{3}/);

    // Activity counts and reach each on a scale of their own.
    const activity = page.locator('[data-chart="activity-types"]');
    expect(await activity.locator('canvas').count()).toBe(2);
    const maxima = await activity
      .locator('[data-value-ticks]')
      .evaluateAll((els) =>
        els.map((el) =>
          Math.max(
            ...JSON.parse((el as HTMLElement).dataset.valueTicks!).map((t: Tick) => t.value),
          ),
        ),
      );
    expect(maxima[1]).toBeGreaterThan(maxima[0]! * 10);

    expect(await page.locator('body').innerText()).not.toMatch(/FORM\.md|§\s?\d|000:L/);

    const month = page.locator('[data-chart="cases-by-month"]');
    expect(await month.locator('[role="img"]').getAttribute('data-running')).toBe(running);
    await expect(
      month.getByText(/sigue en curso: sus cifras son parciales/).isVisible(),
    ).resolves.toBe(true);
    expect(await month.locator('[data-legend]').innerText()).toContain('Mes en curso (parcial)');
    const last = await month.locator('tbody tr').last().locator('th').textContent();
    expect(last).toMatch(/ \(en curso\)$/);
    await expectNoAxeViolations(page);
    // Every chart drawn and read, and axe over a long page.
  }, 120_000);

  it('lets the hubs be picked by ticking boxes, keyboard included (es, desktop)', async () => {
    const hubs = page.getByRole('group', { name: 'Ventanillas' });
    await hubs.getByRole('button', { name: 'Marcar todas', exact: true }).click();
    const total = await hubs.getByRole('checkbox').count();
    expect(await hubs.getByText(`Marcadas: ${total} de ${total}`).count()).toBe(1);
    await hubs.getByRole('button', { name: 'Desmarcar todas', exact: true }).click();
    expect(await hubs.getByRole('checkbox', { checked: true }).count()).toBe(0);
    // The country reads apart from the hub's name: "Upala (Costa Rica)", not "Upala(Costa Rica)".
    await hubs.getByRole('checkbox', { name: /Upala \(Costa Rica\)/ }).click();
    const chiles = hubs.getByRole('checkbox', { name: /Los Chiles/ });
    await chiles.focus();
    await page.keyboard.press('Space');
    expect(await hubs.getByText(`Marcadas: 2 de ${total}`).count()).toBe(1);
    await page.getByRole('button', { name: 'Aplicar filtros' }).click();
    await page.waitForURL((u) => u.searchParams.getAll('hub').length === 2);
    expect(new URL(page.url()).searchParams.getAll('hub').sort()).toEqual([
      'cri_los_chiles',
      'cri_upala',
    ]);
    expect(await hubs.getByRole('checkbox', { checked: true }).count()).toBe(2);
    await expect(chiles.isChecked()).resolves.toBe(true);
  });

  it('downloads chart tables with labels in the user’s language, the filters in words (XLSX)', async () => {
    const query = `${period}&hub=cri_upala&hub=cri_los_chiles`;
    const workbookOf = async (chart: string, codes = false) => {
      const response = await page.request.get(
        `${dashboard}/analytics/export/${chart}?${query}&format=xlsx${codes ? '&codes=1' : ''}`,
      );
      expect(response.status()).toBe(200);
      // Named in Spanish words, the codes download saying so.
      expect(response.headers()['content-disposition']).toMatch(
        codes
          ? /filename="ventanilla-[a-z0-9-]+-codigos-\d{4}-\d{2}-\d{4}-\d{2}\.xlsx"/
          : /filename="ventanilla-[a-z0-9-]+-\d{4}-\d{2}-\d{4}-\d{2}\.xlsx"/,
      );
      expect(response.headers()['content-disposition']).not.toContain(chart);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await response.body()) as unknown as ArrayBuffer);
      return book;
    };
    const rowsOf = (sheet: ExcelJS.Worksheet) =>
      sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? [row.slice(1)] : []));

    const unmet = await workbookOf('unmet-needs');
    const [data, notes] = unmet.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    expect(data.name).toBe('Tabla');
    const rows = rowsOf(data);
    expect(rows[0]).toEqual([
      'Servicio solicitado',
      'Casos que lo solicitaron',
      'De ellos, referidos',
      'Sin remisión',
    ]);
    expect(rows.length).toBeGreaterThan(1);
    for (const [label] of rows.slice(1)) expect(String(label)).not.toMatch(/^[a-z0-9_]+$/);
    const noteText = rowsOf(notes).flat().join('\n');
    expect(noteText).toContain('Ventanillas: ');
    expect(noteText).toMatch(/Upala/);
    expect(noteText).not.toMatch(/cri_|from=|hub=/);

    const months = rowsOf((await workbookOf('cases-by-month')).worksheets[0]!);
    expect(months[0]).toEqual(['Mes', 'Casos']);
    expect(String(months.at(-1)![0])).toMatch(/ \(en curso\)$/);

    // With codes: the field name, the services' codes and the series' codes, same figures.
    const unmetCodes = rowsOf((await workbookOf('unmet-needs', true)).worksheets[0]!);
    expect(unmetCodes[0]).toEqual(['a10_service', 'requested', 'referred', 'not_referred']);
    expect(unmetCodes.length).toBe(rows.length);
    for (const [code] of unmetCodes.slice(1)) expect(String(code)).toMatch(/^[a-z0-9_]+$/);
    expect(unmetCodes.slice(1).map((row) => row.slice(1))).toEqual(
      rows.slice(1).map((row) => row.slice(1)),
    );
    const monthCodes = rowsOf((await workbookOf('cases-by-month', true)).worksheets[0]!);
    expect(monthCodes[0]).toEqual(['month', 'cases']);
    for (const [month] of monthCodes.slice(1)) expect(String(month)).toMatch(/^\d{4}-\d{2}$/);
    expect(monthCodes.at(-1)![0]).toBe(running);
  });

  it('fits a phone: no sideways scroll, wrapped labels, tables scroll in their own box (en, 390 px)', async () => {
    await page.setViewportSize(phone);
    await openAnalytics();
    await page.getByTestId('language-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await drawCharts(page);
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-chart="vulnerability-types"] [role="img"]')
          ?.hasAttribute('data-axis-labels') ?? false,
    );
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await width()).toBeLessThanOrEqual(phone.width);
    await expectWholeLabels();
    const ticks = await expectTicksInPageLocale();
    for (const tick of ticks) expect(tick.label).not.toMatch(/\d\.\d{3}/);
    const month = page.locator('[data-chart="cases-by-month"]');
    await expect(
      month.getByText(/is still in progress: its figures are partial/).isVisible(),
    ).resolves.toBe(true);
    expect(await month.locator('[data-legend]').innerText()).toContain(
      'Month in progress (partial)',
    );

    const hubs = page.getByRole('group', { name: 'Hubs' });
    await hubs.getByRole('checkbox', { name: /Upala/ }).click();
    await expect(hubs.getByRole('checkbox', { name: /Upala/ }).isChecked()).resolves.toBe(true);

    const unmet = page.locator('[data-chart="unmet-needs"]');
    await unmet.getByRole('button', { name: 'Show the table' }).click();
    const region = unmet.getByRole('region');
    await expect(region.isVisible()).resolves.toBe(true);
    expect(await width()).toBeLessThanOrEqual(phone.width);
    const box = await region.evaluate((el) => el.getBoundingClientRect().right);
    expect(box).toBeLessThanOrEqual(phone.width);
    expect(await page.locator('body').innerText()).not.toMatch(/FORM\.md|000:L/);
    await expectNoAxeViolations(page);
    // Every chart drawn and read, and axe over a long page.
  }, 120_000);

  it('compares hubs on a phone: ticked boxes, full hub names in the legend, nothing wider than the screen (en)', async () => {
    await page.goto(`${dashboard}/analytics/compare?${period}`);
    const pick = page.getByRole('group', { name: 'Hubs to compare' });
    await pick.getByRole('checkbox', { name: /Upala/ }).click();
    await pick.getByRole('checkbox', { name: /Los Chiles/ }).click();
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.waitForURL((u) => u.searchParams.getAll('hub').length === 2);
    await drawCharts(page);
    const legend = page.locator('[data-chart="compare-route"] [data-legend]');
    await legend.waitFor();
    const names = await legend.locator('li').allInnerTexts();
    expect(names).toHaveLength(2);
    for (const name of names) expect(name).toMatch(/Upala|Los Chiles/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      phone.width,
    );
    await expectNoAxeViolations(page);
    await page.getByTestId('language-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'es');
  });
});
