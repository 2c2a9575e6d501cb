import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  expectNoAxeViolations,
  launchBrowser,
  logIn,
  newContext,
  signIn,
} from '@ventanilla/testkit';

/** An officer imports a KoBo export with one bad row and stores only the valid rows. */
const officer = { email: 'oficial.upala@demo.ventanilla.org', password: 'demo-oficial-2026' };

function koboCsv(): string {
  const header =
    'record_type;date;hub;hub_type;officer_id;b1_country;b1_admin1;b1_admin2;b2_activity_type;b2_topics;b3_summary;b4_people_reached;b5_pct_female;b6_avg_age;b7_pct_under_18;b8_unmet_needs;_uuid;_id';
  const row = (i: number, date: string) =>
    `activity;${date};cri_upala;permanent;CR-UPA-01;CRI;Alajuela;Upala;information_day;labour_rights_recruitment;Charla informativa ${i};reach_11_25;50;avg_18_24;10;no;f0000000-0000-4000-8000-00000000000${i};${9000 + i}`;
  return `${header}\n${row(1, '2026-01-10')}\n${row(2, '05/01/2026')}\n${row(3, '2026-01-12')}\n`;
}

/**
 * A KoBo export of activities with `meta/rootUuid`: each row is `[i, uuid, root]`, dated
 * 2026-01-1i, so a row edited in KoBo (new uuid, its first uuid as root) updates the first.
 */
function koboEditsCsv(rows: readonly [number, string, string][]): string {
  const header =
    'record_type;date;hub;hub_type;officer_id;b1_country;b1_admin1;b1_admin2;b2_activity_type;b2_topics;b3_summary;b4_people_reached;b5_pct_female;b6_avg_age;b7_pct_under_18;b8_unmet_needs;_uuid;meta/rootUuid';
  const line = ([i, uuid, root]: [number, string, string]) =>
    `activity;2026-01-1${i};cri_upala;permanent;CR-UPA-01;CRI;Alajuela;Upala;information_day;labour_rights_recruitment;Charla de ida y vuelta ${i}${uuid === root ? '' : ' (editada en KoBo)'};reach_11_25;50;avg_18_24;10;no;${uuid};${root}`;
  return `${header}\n${rows.map(line).join('\n')}\n`;
}

describe('import journey', () => {
  const { dashboard, graphql } = inject('stack');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'vt-import-journey-'));

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('previews a file with one bad row, shows its error and imports only the valid rows', async () => {
    await signIn(page, dashboard!, officer);
    await page.getByRole('link', { name: 'Importar' }).click();
    await page.waitForURL(`${dashboard}/import`);
    await expectNoAxeViolations(page);

    const file = join(dir, 'kobo.csv');
    writeFileSync(file, koboCsv());
    await page.getByLabel('Archivo a importar').setInputFiles(file);
    // With JavaScript the file goes as a raw body to /import/stream, which streams the API's
    // progress lines and then the report (read here through a pass-through route: the
    // browser keeps no copy of a streamed fetch body).
    const answers: string[] = [];
    await page.route('**/import/stream?**', async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      answers.push(body);
      await route.fulfill({ response, body });
    });
    await page.getByRole('button', { name: 'Revisar el archivo' }).click();
    await page.getByTestId('import-counts').waitFor();
    const previewLines = ndjson(answers[0] ?? '');
    expect(previewLines.map((l) => l.type)).toEqual(['upload', 'progress', 'report']);
    expect(previewLines[1]).toMatchObject({ rows: 3, counts: { rejected: 1 } });
    const rejected = page.getByTestId('import-rejected');
    await rejected.waitFor();
    const text = (await rejected.textContent()) ?? '';
    // Rejections name the question and what to fix, with the row numbers; no rule codes.
    expect(await rejected.locator('tbody th').allTextContents()).toEqual([
      'Fecha de la atención o actividad',
    ]);
    expect(await rejected.locator('tbody td').last().textContent()).toBe('3');
    expect(text).not.toMatch(/\bR\d+\b|Regla/u);
    expect(await page.locator('[data-outcome="inserted"] td').textContent()).toBe('2');
    expect(await page.locator('[data-outcome="rejected"] td').textContent()).toBe('1');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Importar solo las filas válidas' }).click();
    await page.getByText('Importación guardada.').waitFor();
    const commitLines = ndjson(answers[1] ?? '');
    expect(commitLines.at(-1)).toMatchObject({ type: 'report', report: { stored: true } });
    await page.unroute('**/import/stream?**');
    expect(await page.locator('[data-outcome="inserted"] td').textContent()).toBe('2');
    await expectNoAxeViolations(page);
  });

  it('says which rows a preview and an import skip, and why: changed in Ventanilla, or replaced by a newer version (es)', async () => {
    const own = await newContext(browser);
    const page = await own.newPage();
    await signIn(page, dashboard!, officer);
    const uuid = (n: number) => `d0000000-0000-4000-8000-0000000000${n}`;
    const token = await logIn(graphql!, officer);
    const importNow = async (csv: string) => {
      const answer = await fetch(new URL('/imports?dryRun=0', graphql!), {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
        body: csv,
      });
      expect(answer.status).toBe(200);
      return (await answer.json()) as { counts: Record<string, number> };
    };
    // Imported from KoBo: three activities; then the second edited in KoBo.
    const first: [number, string, string][] = [1, 2, 3].map((i) => [i, uuid(i), uuid(i)]);
    expect((await importNow(koboEditsCsv(first))).counts.inserted).toBe(3);
    expect((await importNow(koboEditsCsv([[2, uuid(12), uuid(2)]]))).counts.updated).toBe(1);
    // The first one is corrected in Ventanilla.
    await page.goto(`${dashboard}/activities?q=${encodeURIComponent('Charla de ida y vuelta 1')}`);
    await page.getByRole('link', { name: 'Editar el registro del 11 ene 2026' }).click();
    await page.locator('#f-b3_summary').fill('Charla de ida y vuelta 1, corregida en Ventanilla');
    await page.getByRole('button', { name: 'Guardar la actividad' }).click();
    await page.waitForURL((url) => url.pathname === '/activities');

    // The old export again, with a new fourth row: rows 2 and 3 are skipped, each said why.
    const file = join(dir, 'kobo-old.csv');
    writeFileSync(file, koboEditsCsv([...first, [4, uuid(4), uuid(4)]]));
    await page.goto(`${dashboard}/import`);
    await page.getByLabel('Archivo a importar').setInputFiles(file);
    await page.getByRole('button', { name: 'Revisar el archivo' }).click();
    await page.getByTestId('import-counts').waitFor();
    /** The skipped rows, introduced in the future before the import and in the past after it. */
    const expectSkipped = async (intro: RegExp) => {
      expect(await page.locator('[data-outcome="conflict"] td').textContent()).toBe('1');
      expect(await page.locator('[data-outcome="superseded"] td').textContent()).toBe('1');
      const skipped = page.getByRole('list', { name: 'Filas omitidas' });
      expect(await skipped.getByRole('listitem').allInnerTexts()).toEqual([
        expect.stringMatching(/^Fila 2: .*cambió en Ventanilla después de importarse/),
        expect.stringMatching(/^Fila 3: .*versión más reciente/),
      ]);
      expect(await page.getByText(/^Estas filas no/).textContent()).toMatch(intro);
      await expectNoAxeViolations(page);
    };
    await expectSkipped(/se importarán igual\.$/);
    await page.getByRole('button', { name: 'Importar', exact: true }).click();
    await page.getByText('Importación guardada.').waitFor();
    expect(await page.locator('[data-outcome="inserted"] td').textContent()).toBe('1');
    await expectSkipped(/se importaron\.$/);

    // The same file once more: no row is new or changed, so "Importar" is not offered.
    await page.getByLabel('Archivo a importar').setInputFiles(file);
    await page.getByRole('button', { name: 'Revisar el archivo' }).click();
    const nothing = page.getByTestId('import-nothing-to-store');
    expect(await nothing.textContent()).toMatch(/^\s*No hay nada que importar: ninguna fila/);
    expect(await page.getByRole('button', { name: /^Importar/ }).count()).toBe(0);
    await own.close();
  });

  it('without JavaScript: multipart form, the size limit said on the page', async () => {
    const noJs = await newContext(browser, { javaScriptEnabled: false });
    try {
      const p = await noJs.newPage();
      await signIn(p, dashboard!, officer);
      await p.goto(`${dashboard}/import`);
      expect(await p.locator('#import-file-hint').textContent()).toContain('50 MB');
      const file = join(dir, 'kobo-nojs.csv');
      writeFileSync(
        file,
        koboCsv().replaceAll('f0000000-', 'e0000000-').replaceAll(';900', ';800'),
      );
      await p.getByLabel('Archivo a importar').setInputFiles(file);
      await p.getByRole('button', { name: 'Revisar el archivo' }).click();
      await p.getByTestId('import-rejected').waitFor();
      expect(await p.locator('[data-outcome="inserted"] td').textContent()).toBe('2');
    } finally {
      await noJs.close();
    }
  });

  it('the Excel form (no _uuid column) gets one clear file-level error', async () => {
    await page.goto(`${dashboard}/import`);
    const file = join(dir, 'excel-form.csv');
    writeFileSync(
      file,
      'record_type;date;hub;officer_id;b1_country\nactivity;2026-01-10;cri_upala;CR-UPA-01;CRI\nactivity;2026-01-11;cri_upala;CR-UPA-01;CRI\n',
    );
    await page.getByLabel('Archivo a importar').setInputFiles(file);
    await page.getByRole('button', { name: 'Revisar el archivo' }).click();
    const errors = page.getByRole('list', { name: 'El archivo no se puede importar' });
    await errors.waitFor();
    expect(await errors.getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('solo se pueden importar exportaciones de KoBo'),
    ]);
    expect(await page.getByTestId('import-rejected').count()).toBe(0);
    await expectNoAxeViolations(page);
  });
});

function ndjson(text: string): { type: string; [key: string]: unknown }[] {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
}
