import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newContext, signIn } from '@ventanilla/testkit';
import { getFieldLabel } from '@ventanilla/domain/form/fields';
import { ageRangeList } from '@ventanilla/domain/form/options/age-range';
import { attentionRouteList } from '@ventanilla/domain/form/options/attention-route';
import { exampleCase } from '@ventanilla/domain/form/record';
import { ruleCatalog } from '@ventanilla/domain/form/rules/catalog';

/**
 * A hub officer's exports and imports, as the person sees them: list exports in words (es and
 * en) or in codes, downloaded from above the table; the import template downloaded, imported back
 * as it is, and followed to the records it brought in; a bad file's rejections named by question.
 */
const officer = { email: 'oficial.upala@demo.ventanilla.org', password: 'demo-oficial-2026' };
const desktop = { width: 1366, height: 768 };
const phone = { width: 390, height: 844 };

/** Clicks a download link and gives the file's name and bytes. */
async function download(page: Page, name: string | RegExp) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** A simple CSV reader (quoted cells, no line breaks inside them: enough for these files). */
function readCsv(text: string, delimiter: string): string[][] {
  return text
    .replace(/^\uFEFF/u, '')
    .split(/\r?\n/u)
    .filter(Boolean)
    .map((line) => {
      const cells: string[] = [];
      let cell = '';
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const c = line[i]!;
        if (quoted && c === '"' && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (c === '"') quoted = !quoted;
        else if (c === delimiter && !quoted) {
          cells.push(cell);
          cell = '';
        } else cell += c;
      }
      return [...cells, cell];
    });
}

/** The export block sits above the table (in the first screen, not after 25 rows). */
async function expectExportsAboveTable(page: Page) {
  const exports = await page.getByTestId('list-exports').boundingBox();
  const table = await page.locator('table').first().boundingBox();
  expect(exports && table && exports.y + exports.height <= table.y).toBe(true);
}

describe('exports and imports of a hub officer', () => {
  const { dashboard } = inject('stack');
  let browser: Browser;
  let es: BrowserContext;
  let en: BrowserContext;
  let esPage: Page;
  let enPage: Page;
  const dir = mkdtempSync(join(tmpdir(), 'vt-exports-'));

  beforeAll(async () => {
    browser = await launchBrowser();
    es = await newContext(browser, { viewport: desktop, acceptDownloads: true });
    en = await newContext(browser, { viewport: phone, acceptDownloads: true });
    await en.addCookies([{ name: 'vt_lang', value: 'en', url: dashboard! }]);
    esPage = await es.newPage();
    enPage = await en.newPage();
    await signIn(esPage, dashboard!, officer, { lang: 'es' });
    await signIn(enPage, dashboard!, officer, { lang: 'en' });
  });
  afterAll(async () => {
    await es?.close();
    await en?.close();
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('es, desktop: the case CSV reads in Spanish (";", BOM) and in codes on request', async () => {
    await esPage.goto(`${dashboard}/cases`);
    await expectExportsAboveTable(esPage);
    await expectNoAxeViolations(esPage);

    const words = await download(esPage, 'Descargar en CSV, con preguntas y respuestas en español');
    expect(words.name).toBe('casos.csv');
    const text = words.bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = readCsv(text, ';');
    const age = header!.indexOf(getFieldLabel({ name: 'a5_age_range', lang: 'es' }));
    const route = header!.indexOf('Ruta de atención');
    expect(age).toBeGreaterThan(0);
    expect(route).toBeGreaterThan(0);
    expect(header).not.toContain('a5_age_range');
    expect(rows.length).toBeGreaterThan(0);
    const ageLabels = ageRangeList.options.map((o) => o.es);
    const routeLabels = attentionRouteList.options.map((o) => o.es);
    for (const row of rows) {
      if (row[age]) expect(ageLabels).toContain(row[age]);
      expect(routeLabels).toContain(row[route]);
    }

    const codes = await download(esPage, 'Descargar en CSV, con códigos');
    const [codeHeader, ...codeRows] = readCsv(codes.bytes.toString('utf8'), ',');
    expect(codeHeader).toEqual(expect.arrayContaining(['id', 'a5_age_range', 'attentionRoute']));
    const codeRoute = codeHeader!.indexOf('attentionRoute');
    for (const row of codeRows)
      expect(attentionRouteList.options.map((o) => o.code)).toContain(row[codeRoute]);
  });

  it('en, phone: the activity XLSX reads in English, from above the table', async () => {
    await enPage.goto(`${dashboard}/activities`);
    await expectExportsAboveTable(enPage);
    await expectNoAxeViolations(enPage);
    const file = await download(
      enPage,
      'Download as Excel (XLSX), with questions and answers in English',
    );
    expect(file.name).toBe('activities.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(
      expect.arrayContaining([
        getFieldLabel({ name: 'b2_activity_type', lang: 'en' }),
        'People reached (estimate)',
      ]),
    );
    expect(header).not.toContain('b2_activity_type');
    const type = header.indexOf(getFieldLabel({ name: 'b2_activity_type', lang: 'en' })) + 1;
    expect(String(sheet.getRow(2).getCell(type).value)).toMatch(/^[A-Z][a-z]/u);
  });

  it('es, desktop: the template imported back unchanged adds nothing and says why; a row written below the example imports and links to its case', async () => {
    await esPage.goto(`${dashboard}/import`);
    expect(await esPage.getByTestId('import-hub-codes').textContent()).toContain('cri_upala');
    await expectNoAxeViolations(esPage);
    const xlsform = await esPage.request.get(
      `${dashboard}${await esPage.getByRole('link', { name: 'Formulario para KoBoToolbox (XLSForm)' }).getAttribute('href')}`,
    );
    expect(xlsform.status()).toBe(200);
    expect((await xlsform.body()).subarray(0, 2).toString()).toBe('PK');

    const template = await download(esPage, 'Plantilla de casos (XLSX)');
    expect(template.name).toBe('plantilla-casos.xlsx');
    const path = join(dir, template.name);
    writeFileSync(path, template.bytes);
    await esPage.getByLabel('Archivo a importar').setInputFiles(path);
    expect(await esPage.getByTestId('import-file-name').textContent()).toBe('plantilla-casos.xlsx');
    await esPage.getByRole('button', { name: 'Revisar el archivo' }).click();
    await esPage.getByTestId('import-counts').waitFor();
    // Untouched: the example row is skipped, so nothing would be added, and the page says so.
    for (const outcome of ['inserted', 'updated', 'unchanged', 'rejected'])
      expect(await esPage.locator(`[data-outcome="${outcome}"] td`).textContent()).toBe('0');
    await esPage
      .getByText(
        'La fila 2 es la fila de ejemplo de la plantilla (lo dice su _uuid): se omitió, no se importó.',
      )
      .waitFor();
    expect(await esPage.getByTestId('import-only-example').textContent()).toContain(
      'no hay nada que importar',
    );
    expect(await esPage.getByRole('button', { name: 'Importar', exact: true }).count()).toBe(0);
    await expectNoAxeViolations(esPage);

    // The officer writes a case below the example (as the template asks) and imports the file.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const example = (sheet.getRow(2).values as unknown[]).slice(1);
    sheet.addRow(
      header.map((name, i) => (name === '_uuid' ? `cri-upala-${Date.now()}-1` : example[i])),
    );
    const filled = join(dir, 'plantilla-casos-con-un-caso.xlsx');
    await workbook.xlsx.writeFile(filled);
    await esPage.getByRole('link', { name: 'Elegir otro archivo' }).click();
    await esPage.getByLabel('Archivo a importar').setInputFiles(filled);
    await esPage.getByRole('button', { name: 'Revisar el archivo' }).click();
    await esPage.getByTestId('import-counts').waitFor();
    expect(await esPage.locator('[data-outcome="inserted"] td').textContent()).toBe('1');
    expect(await esPage.locator('[data-outcome="rejected"] td').textContent()).toBe('0');
    await esPage.getByText('La fila 2 es la fila de ejemplo de la plantilla').waitFor();
    await esPage.getByRole('button', { name: 'Importar', exact: true }).click();
    await esPage.getByText('Importación guardada.').waitFor();

    await esPage.getByRole('link', { name: 'Ver el caso importado' }).click();
    await esPage.waitForURL(/\/cases\?batch=/u);
    expect(await esPage.getByTestId('list-batch').textContent()).toContain(
      'La lista muestra el registro guardado por la importación',
    );
    expect(await esPage.getByTestId('list-count').textContent()).toContain('1 a 1 de 1');
    expect(await esPage.locator('tbody tr').count()).toBe(1);
    await expectNoAxeViolations(esPage);
  });

  it('en, phone: the activity template’s example takes place where its hub is', async () => {
    await enPage.goto(`${dashboard}/import`);
    const file = await download(enPage, 'Template for activities (XLSX)');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const cell = (name: string) => {
      const label = getFieldLabel({ name, lang: 'en' });
      const at = header.includes(label) ? header.indexOf(label) : header.indexOf(name);
      expect(at).toBeGreaterThanOrEqual(0);
      return sheet.getRow(2).getCell(at + 1).value;
    };
    expect(cell('hub')).toBe('cri_upala');
    expect(cell('b1_country')).toBe('Costa Rica');
    expect(cell('b1_admin1')).toBe('Alajuela');
    expect(cell('b1_admin2')).toBe('Upala');
  });

  it('the file input is a button of the app, reached by keyboard with a visible focus ring', async () => {
    for (const [page, lang] of [
      [esPage, 'es'],
      [enPage, 'en'],
    ] as const) {
      await page.goto(`${dashboard}/import`);
      const choose = page.locator('label.choose');
      expect(await choose.textContent()).toBe(lang === 'es' ? 'Elegir archivo' : 'Choose file');
      const box = await choose.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
      expect(await page.getByTestId('import-file-name').textContent()).toBe(
        lang === 'es' ? 'Ningún archivo elegido' : 'No file chosen',
      );
      // Tab from the last link before the form lands on the real file input.
      await page
        .getByRole('link', {
          name:
            lang === 'es'
              ? 'Formulario para KoBoToolbox (XLSForm)'
              : 'Form for KoBoToolbox (XLSForm)',
        })
        .focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-file');
      expect(await choose.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
      await expectNoAxeViolations(page);
    }
  });

  it('en, phone: a bad file gets its rejections by question, with the rows to fix', async () => {
    await enPage.goto(`${dashboard}/import`);
    const header = [
      getFieldLabel({ name: 'record_type', lang: 'en' }),
      getFieldLabel({ name: 'date', lang: 'en' }),
      'hub',
      'hub_type',
      'officer_id',
      'b1_country',
      'b1_admin1',
      'b1_admin2',
      'b2_activity_type',
      'b2_topics',
      'b3_summary',
      'b4_people_reached',
      'b5_pct_female',
      'b6_avg_age',
      'b7_pct_under_18',
      'b8_unmet_needs',
      '_uuid',
    ];
    const row = (uuid: string, date: string) =>
      `activity;${date};cri_upala;permanent;CR-UPA-01;CRI;Alajuela;Upala;information_day;labour_rights_recruitment;Talk;reach_11_25;50;avg_18_24;10;no;${uuid}`;
    const path = join(dir, 'bad.csv');
    writeFileSync(
      path,
      [
        header.join(';'),
        row('c1000000-0000-4000-8000-000000000001', '2026-01-10'),
        row('c1000000-0000-4000-8000-000000000002', '05/01/2026'),
        row('c1000000-0000-4000-8000-000000000003', '06/01/2026'),
      ].join('\n'),
    );
    await enPage.getByLabel('File to import').setInputFiles(path);
    await enPage.getByRole('button', { name: 'Check the file' }).click();
    const table = enPage.getByTestId('import-rejected');
    await table.waitFor();
    const cells = await table.locator('tbody tr').first().locator('th, td').allTextContents();
    expect(cells[0]).toBe(getFieldLabel({ name: 'date', lang: 'en' }));
    expect(cells[2]).toBe('3, 4');
    expect(await table.textContent()).not.toMatch(/\bR\d+\b|Rule/u);
    expect(await enPage.locator('[data-outcome="rejected"] td').textContent()).toBe('2');
    // The text speaks of the one button offered.
    expect(await enPage.getByText('import only the valid rows now').count()).toBe(1);
    expect(await enPage.getByRole('button', { name: 'Import only the valid rows' }).count()).toBe(
      1,
    );
    await expectNoAxeViolations(enPage);
  });
  it.each([
    ['es', 'desktop'],
    ['en', 'phone'],
  ] as const)(
    '%s, %s: a young child with an adult civil status, who works and has finished secondary school gets the R45–R47 warnings in words, with the row',
    async (lang, _viewport) => {
      const page = lang === 'es' ? esPage : enPage;
      await page.goto(`${dashboard}/import`);
      // A KoBo-style CSV (field names as headers): the §3.6 case, now of a child of 0 to 5.
      const child: Record<string, unknown> = {
        ...exampleCase,
        date: new Date().toISOString().slice(0, 10),
        a5_age_range: 'age_0_5',
        a7_civil_status: 'married',
        a9_occupation: 'work',
        a8_school_level: 'secondary_complete',
        _uuid: `r45-r47-${lang}-${Date.now()}`,
      };
      const names = Object.keys(child);
      const cell = (v: unknown) => (Array.isArray(v) ? v.join(' ') : v === null ? '' : String(v));
      const path = join(dir, `child-${lang}.csv`);
      writeFileSync(path, `${names.join(';')}\n${names.map((n) => cell(child[n])).join(';')}\n`);
      await page
        .getByLabel(lang === 'es' ? 'Archivo a importar' : 'File to import')
        .setInputFiles(path);
      await page
        .getByRole('button', { name: lang === 'es' ? 'Revisar el archivo' : 'Check the file' })
        .click();
      const table = page.getByTestId('import-warnings');
      await table.waitFor();
      // The warning does not keep the row out.
      expect(await page.locator('[data-outcome="inserted"] td').textContent()).toBe('1');
      const rows = await table
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) =>
            [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? ''),
          ),
        );
      const label = (name: string) => getFieldLabel({ name, lang });
      for (const [rule, other] of [
        ['R45', 'a7_civil_status'],
        ['R46', 'a9_occupation'],
        ['R47', 'a8_school_level'],
      ] as const) {
        const row = rows.find((r) => r[1] === ruleCatalog[rule].message[lang]);
        expect(row, rule).toBeDefined();
        // The questions it concerns, by their labels, and the row of the file (2).
        expect(row![0]).toContain(label('a5_age_range'));
        expect(row![0]).toContain(label(other));
        expect(row![2]).toBe('2');
      }
      expect(await table.textContent()).not.toMatch(/\bR4[5-7]\b/u);
      await expectNoAxeViolations(page);
    },
  );
});
