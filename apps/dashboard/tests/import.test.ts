import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newContext } from '@ventanilla/testkit';

/** An officer imports a KoBo export with one bad row and stores only the valid rows. */
const officer = { email: 'oficial.upala@demo.ventanilla.org', password: 'demo-oficial-2026' };

function koboCsv(): string {
  const header =
    'record_type;date;hub;hub_type;officer_id;b1_country;b1_admin1;b1_admin2;b2_activity_type;b2_topics;b3_summary;b4_people_reached;b5_pct_female;b6_avg_age;b7_pct_under_18;b8_unmet_needs;_uuid;_id';
  const row = (i: number, date: string) =>
    `activity;${date};cri_upala;permanent;CR-UPA-01;CRI;Alajuela;Upala;information_day;labour_rights_recruitment;Charla informativa ${i};reach_11_25;50;avg_18_24;10;no;f0000000-0000-4000-8000-00000000000${i};${9000 + i}`;
  return `${header}\n${row(1, '2026-01-10')}\n${row(2, '05/01/2026')}\n${row(3, '2026-01-12')}\n`;
}

describe('import journey', () => {
  const { dashboard } = inject('stack');
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
    await page.goto(`${dashboard}/signin`);
    await page.getByLabel('Correo electrónico').fill(officer.email);
    await page.getByLabel('Contraseña').fill(officer.password);
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page.waitForURL(`${dashboard}/`);
    await page.getByRole('link', { name: 'Importar' }).click();
    await page.waitForURL(`${dashboard}/import`);
    await expectNoAxeViolations(page);

    const file = join(dir, 'kobo.csv');
    writeFileSync(file, koboCsv());
    await page.getByLabel('Archivo exportado de KoBo').setInputFiles(file);
    await page.getByRole('button', { name: 'Revisar el archivo' }).click();
    const rejected = page.getByTestId('import-rejected');
    await rejected.waitFor();
    const text = (await rejected.textContent()) ?? '';
    expect(text).toContain('3');
    expect(text).toContain('date');
    expect(text).toContain('R2');
    expect(await page.locator('[data-outcome="inserted"] td').textContent()).toBe('2');
    expect(await page.locator('[data-outcome="rejected"] td').textContent()).toBe('1');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Importar solo las filas válidas' }).click();
    await page.getByText('Importación guardada.').waitFor();
    expect(await page.locator('[data-outcome="inserted"] td').textContent()).toBe('2');
    await expectNoAxeViolations(page);
  });
});
