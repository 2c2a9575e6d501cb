import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newContext, signIn } from '@ventanilla/testkit';

/**
 * Every case has a way to its own page (/cases/<id>: how the person came, repeat visits,
 * referrals), not only 4-step cases or cases with referrals: a 2-step case's saved message
 * links to it, and so does each row of the case list. An admin, who may not open case pages,
 * is offered no such link.
 */
const officer = { email: 'oficial.upala@demo.ventanilla.org', password: 'demo-oficial-2026' };
const admin = { email: 'admin@demo.ventanilla.org', password: 'demo-admin-2026' };

/** A 2-step case (general information, nothing observed) at Upala. */
async function fillTwoStepCase(page: Page) {
  await page.locator('[data-route]').waitFor();
  await page.locator('#f-officer_id').fill('cr-upa-2p');
  await page.locator('input[name="consent"][value="yes"]').check();
  await page.locator('input[name="observation"][value="none"]').check();
  await page.locator('section[data-route="two_step"]').waitFor();
  await page.locator('#f-a1_nationality').selectOption('NIC');
  await page.locator('input[name="a2_residence"][value="in_transit"]').check();
  await page.locator('#f-a3_country').selectOption('CRI');
  await page.locator('#f-a3_admin1').fill('Alajuela');
  await page.locator('#f-a3_admin2').fill('Upala');
  await page.locator('input[name="a4_is_migrant"][value="yes"]').check();
  await page.locator('#f-a5_age_range').selectOption('age_25_34');
  await page.locator('#f-a6_gender').selectOption('man');
  await page.locator('#f-a7_civil_status').selectOption('single');
  await page.locator('#f-a8_school_level').selectOption('secondary_complete');
  await page.locator('#f-a9_occupation').selectOption('unemployed');
  await page.locator('#f-a10_service_1').selectOption('regularization');
  await page.locator('#f-a11_action_1').selectOption('info_verbal');
  await page.locator('input[name="a14_vulnerability"][value="no"]').check();
}

describe('a link to the case page from every case (es)', () => {
  const { dashboard } = inject('stack');
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a hub officer opens a 2-step case from its saved message and any case from its row', async () => {
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await signIn(page, dashboard!, officer);
      await page.goto(`${dashboard}/record`);
      await fillTwoStepCase(page);
      await page.getByRole('button', { name: 'Guardar el caso' }).click();
      await page.waitForURL((url) => url.pathname === '/cases' && url.searchParams.has('saved'));
      const savedId = new URL(page.url()).searchParams.get('saved')!;

      // The saved message leads to the case's own page (no referrals to ask for here).
      const saved = page.getByTestId('list-saved');
      expect(await saved.getByTestId('saved-referrals').count()).toBe(0);
      const open = saved.getByRole('link', { name: 'Ver el caso guardado' });
      expect(await open.getAttribute('href')).toBe(`/cases/${savedId}`);

      // Each row of the list: "Ver el caso", named by its date like "Editar", to its own page.
      const rows = page.locator('tbody tr');
      expect(await rows.count()).toBeGreaterThan(1);
      for (const row of await rows.all()) {
        const id = await row.getAttribute('data-id');
        const link = row.getByRole('link', { name: /^Ver el caso del \d/ });
        expect(await link.innerText()).toBe('Ver el caso');
        expect(await link.getAttribute('href')).toBe(`/cases/${id}`);
      }
      await expectNoAxeViolations(page);

      await open.click();
      await page.waitForURL((url) => url.pathname === `/cases/${savedId}`);
      await page.getByRole('heading', { level: 1, name: 'Seguimiento del caso' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Visitas repetidas' }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('an admin, who may not open case pages, is offered no link to them', async () => {
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await signIn(page, dashboard!, admin);
      await page.goto(`${dashboard}/cases`);
      expect(await page.locator('tbody tr').count()).toBeGreaterThan(1);
      expect(await page.getByRole('link', { name: /^Ver el caso/ }).count()).toBe(0);
      expect(await page.locator('a[href^="/cases/"]:not([href^="/cases/export"])').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
