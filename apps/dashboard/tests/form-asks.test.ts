import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newContext, signIn } from '@ventanilla/testkit';

/**
 * What a hub officer asked of the case and activity forms (issue 15): the age-consistency
 * warnings of FORM.md R45–R47, B.5/B.7 as the allowed percentages, short error messages shown
 * once in a summary that fits a phone screen, and the officer ID remembered for the next record.
 * The Tijuana officer is used so that no other journey's records change what is remembered.
 */
const officer = { email: 'oficial.tijuana@demo.ventanilla.org', password: 'demo-oficial-2026' };
const phone = { width: 390, height: 844 };

describe('the case and activity forms, as a hub officer asked', () => {
  const { dashboard } = inject('stack');
  let browser: Browser;
  /** English on a phone, signed in once for the last two checks. */
  let phoneContext: BrowserContext;
  let phonePage: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await phoneContext?.close();
    await browser?.close();
  });

  /** A page of `context` speaking `lang`, signed in as the officer. */
  async function openSignedIn(context: BrowserContext, lang: 'es' | 'en'): Promise<Page> {
    await context.addCookies([{ name: 'vt_lang', value: lang, url: dashboard! }]);
    const page = await context.newPage();
    await signIn(page, dashboard!, officer, { lang });
    return page;
  }

  async function choose(page: Page, name: string, value: string) {
    const select = page.locator(`select#f-${name}`);
    if (await select.count()) await select.selectOption(value);
    else await page.locator(`input[name="${name}"][value="${value}"]`).check();
  }

  /** Visible text of the page's main content. */
  const mainText = (page: Page) => page.locator('main').innerText();

  it('es, desktop: "0 a 5 años" + married + works + secondary complete warns R45, R46, R47, once each; the officer ID comes back on the next case', async () => {
    const context = await newContext(browser, { viewport: { width: 1366, height: 768 } });
    try {
      const page = await openSignedIn(context, 'es');
      await page.goto(`${dashboard}/record`);
      await page.locator('[data-route]').waitFor();
      expect(await page.locator('#f-officer_id').inputValue()).toBe('');
      await page.locator('#f-officer_id').fill('mx-tij-31');
      await choose(page, 'consent', 'yes');
      await page.locator('input[name="observation"][value="none"]').check();
      await page.locator('section[data-route="two_step"]').waitFor();
      await choose(page, 'a1_nationality', 'HND');
      await choose(page, 'a2_residence', 'in_transit');
      await choose(page, 'a3_country', 'MEX');
      await page.locator('#f-a3_admin1').fill('Baja California');
      await page.locator('#f-a3_admin2').fill('Tijuana');
      await choose(page, 'a4_is_migrant', 'yes');
      await choose(page, 'a5_age_range', 'age_0_5');
      await choose(page, 'a6_gender', 'man');
      await choose(page, 'a7_civil_status', 'married');
      await choose(page, 'a8_school_level', 'secondary_complete');
      await choose(page, 'a9_occupation', 'work');
      await choose(page, 'a9_occupation_area', 'agriculture');
      await choose(page, 'a9_labour_formality', 'informal');

      const warnings = {
        a7_civil_status:
          'Una niña o niño menor de 12 años con este estado civil es poco habitual. Revise A.5 o A.7; si es correcto, considere protección de la niñez (matrimonio o unión infantil).',
        a8_school_level: 'Este nivel educativo no es posible a esta edad. Revise A.5 o A.8.',
        a9_occupation:
          'Una niña o niño menor de 12 años que trabaja puede estar en trabajo infantil. Revise A.5 o A.9; si es correcto, considere referir a protección de la niñez.',
      };
      const text = await mainText(page);
      for (const [field, warning] of Object.entries(warnings)) {
        expect((await page.locator(`#f-${field}-msg`).innerText()).trim()).toBe(warning);
        // Once, beside the question the XLSForm puts its note after, not under A.5 as well.
        expect(text.split(warning).length - 1).toBe(1);
      }
      expect(await page.locator('#f-a5_age_range-msg').count()).toBe(0);
      await expectNoAxeViolations(page);

      // Warnings do not block: the case is saved, and the next one starts with the same ID.
      await choose(page, 'a10_service_1', 'regularization');
      await choose(page, 'a11_action_1', 'info_verbal');
      await choose(page, 'a14_vulnerability', 'no');
      await page.getByRole('button', { name: 'Guardar el caso' }).click();
      await page.waitForURL((url) => url.pathname === '/cases');
      // The list names the three warnings the case was saved with: question and message.
      const saved = page.getByTestId('list-saved');
      expect(await saved.locator('p').first().innerText()).toBe(
        'Se guardó el registro con 3 avisos.',
      );
      const listed = await page.getByTestId('saved-warnings').locator('li').allInnerTexts();
      expect(listed).toHaveLength(3);
      for (const warning of Object.values(warnings))
        expect(listed.some((line) => line.endsWith(warning))).toBe(true);
      for (const question of ['A.7 ', 'A.8 ', 'A.9 '])
        expect(listed.some((line) => line.startsWith(question))).toBe(true);
      // The hub column reads the hub's name, not its code.
      const firstRow = page.locator('tbody tr').first();
      expect(await firstRow.innerText()).toContain('Tijuana');
      expect(await firstRow.innerText()).not.toContain('mex_tijuana');
      await page.goto(`${dashboard}/record`);
      await page.locator('[data-route]').waitFor();
      await expect.poll(() => page.locator('#f-officer_id').inputValue()).toBe('MX-TIJ-31');
    } finally {
      await context.close();
    }
  }, 120_000);

  it('en, phone: B.5 and B.7 offer 0 %, 10 % … 100 % (no 55), and the officer ID is prefilled from the last saved record', async () => {
    // A new device: nothing in its storage, so the ID comes from the server (myLastOfficerId).
    phoneContext = await newContext(browser, { viewport: phone, locale: 'en-US' });
    phonePage = await openSignedIn(phoneContext, 'en');
    const page = phonePage;
    await page.goto(`${dashboard}/record/activity`);
    await page.locator('#f-b5_pct_female').waitFor();
    expect(await page.locator('#f-officer_id').inputValue()).toBe('MX-TIJ-31');
    const allowed = ['0', '10', '20', '30', '40', '50', '60', '70', '80', '90', '100'];
    for (const name of ['b5_pct_female', 'b7_pct_under_18']) {
      const select = page.locator(`select#f-${name}`);
      const options = await select
        .locator('option')
        .evaluateAll((list) => list.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
      expect(options.map(([value]) => value)).toEqual(['', ...allowed]);
      expect(options.map(([value]) => value)).not.toContain('55');
      expect(options[5]).toEqual(['40', '40%']);
    }
    await page.locator('#f-b4_people_reached').selectOption('reach_11_25');
    await page.locator('#f-b5_pct_female').selectOption('50');
    await page.locator('#f-b7_pct_under_18').selectOption('10');
    // FORM.md §8.6: 18 × 50 % = 9 women.
    await expect.poll(() => page.getByTestId('est-women').textContent()).toBe('≈ 9');
    await expectNoAxeViolations(page);
  });

  it('en, phone: a failed save shows each message once, short, without "?.", in a summary that fits the screen', async () => {
    const page = phonePage;
    await page.goto(`${dashboard}/record`);
    await page.locator('[data-route]').waitFor();
    await choose(page, 'a9_occupation', 'work');
    await page.getByRole('button', { name: 'Save the case' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    const summaryText = await summary.innerText();
    const pageText = await mainText(page);
    expect(pageText).not.toContain('?.');
    expect(pageText).not.toContain('?:');
    // The question is not repeated inside its message, beside the field or in the summary.
    expect(pageText).not.toContain('Please answer:');
    expect((await page.locator('#f-a4_is_migrant-msg').innerText()).trim()).toBe(
      'Answer this question.',
    );
    // Unanswered questions: one line of links per section, each question once.
    const links = await summary.locator('a').allInnerTexts();
    expect(links).toContain('A.4 Is the person a migrant?');
    expect(new Set(links).size).toBe(links.length);
    // A message about two fields (area and formality of work) is listed once.
    const work =
      'The person works: choose the area of work and whether the job is formal or informal.';
    expect(summaryText.split(work).length - 1).toBe(1);
    expect(await summary.locator('h3').allInnerTexts()).toEqual([
      'Consent and observation',
      'The person (A.0–A.9)',
      'Vulnerability (A.14)',
      'Services and actions (A.10–A.13)',
    ]);
    // A message after its question does not repeat the question's reference (A.10 once).
    expect(summaryText).toContain('A.10 ');
    expect(summaryText).not.toContain('(A.10)');
    const box = await summary.boundingBox();
    expect(box!.height).toBeLessThan(phone.height);
    // The links still lead to their questions.
    await summary.getByRole('link', { name: 'A.4 Is the person a migrant?' }).click();
    await page.waitForURL((url) => url.hash === '#f-a4_is_migrant');
    await expectNoAxeViolations(page);
  });
});
