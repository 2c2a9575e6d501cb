import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  expectNoAxeViolations,
  holdScripts,
  launchBrowser,
  newContext,
  signIn,
} from '@ventanilla/testkit';

/**
 * A hub officer's recording work in a real browser: a case through the 4-step route with a
 * referral taken from the hub's directory, a training workshop, and a rejected submission.
 */
const officer = { email: 'oficial.upala@demo.ventanilla.org', password: 'demo-oficial-2026' };

describe('recording journey of a hub officer', () => {
  const { dashboard } = inject('stack');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const cspErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
    page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/.test(message.text())) cspErrors.push(message.text());
    });
    await signIn(page, dashboard!, officer);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('records a case through the 4-step route with a referral from the directory', async () => {
    await page.goto(`${dashboard}/record`);
    await page.locator('[data-route]').waitFor();
    await expectNoAxeViolations(page);

    await page.locator('#f-officer_id').fill('cr-upa-77');
    await page.locator('input[name="consent"][value="yes"]').check();
    await page.locator('input[name="observation"][value="unaccompanied_child"]').check();
    await page.locator('section[data-route="four_step"]').waitFor();
    await page.locator('input[name="route_urgent_needs"][value="no"]').check();
    await page.locator('input[name="route_imminent_danger"][value="no"]').check();
    expect(await page.getByTestId('stop-rule').count()).toBe(0);

    await page.locator('#f-a1_nationality').selectOption('NIC');
    await page.locator('input[name="a2_residence"][value="in_transit"]').check();
    await page.locator('#f-a3_country').selectOption('CRI');
    await page.locator('#f-a3_admin1').fill('Alajuela');
    await page.locator('#f-a3_admin2').fill('Upala');
    await page.locator('input[name="a4_is_migrant"][value="yes"]').check();
    await page.locator('#f-a5_age_range').selectOption('age_12_17');
    await page.locator('#f-a6_gender').selectOption('woman');
    await page.locator('#f-a7_civil_status').selectOption('single');
    await page.locator('#f-a8_school_level').selectOption('primary_complete');
    await page.locator('#f-a9_occupation').selectOption('study');
    await page.locator('input[name="a14_vulnerability"][value="yes"]').check();
    await page
      .locator('input[name="a14_vulnerability_types"][value="unaccompanied_separated_child"]')
      .check();

    // Step 4: Table 1 suggests child protection, filled with the hub's own directory.
    const suggestion = page.locator('[data-condition="unaccompanied_child"]');
    await suggestion.waitFor();
    const use = suggestion.getByRole('button').first();
    const label = (await use.textContent()) ?? '';
    const organization = /«(.+)»/.exec(label)?.[1] ?? '';
    expect(organization).not.toBe('');
    await use.click();
    expect(await page.locator('#f-a11_action_1').inputValue()).toBe('referred_child_protection');
    expect(await page.locator('#f-a11_referral_org_1').inputValue()).toBe(organization);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Guardar el caso' }).click();
    await page.waitForURL((url) => url.pathname === '/cases');
    await expect(page.getByRole('status').first().textContent()).resolves.toMatch(/Se guardó/);
    await page.getByLabel('Buscar').fill(organization.split(' ')[0]!);
    await page.getByRole('button', { name: 'Aplicar' }).click();
    await page.waitForURL((url) => url.searchParams.has('q'));
    const row = page.locator('tbody tr', { hasText: 'CR-UPA-77' });
    await row.first().waitFor();
    expect(await row.first().textContent()).toContain(organization);
    await expectNoAxeViolations(page);
    expect(cspErrors).toEqual([]);
  });

  it('records a training workshop, with the pass count and the estimates as it is filled', async () => {
    await page.goto(`${dashboard}/record/activity`);
    const score = page.locator('#f-b2_scored_above_70');
    // The form answers a choice in an update after the change event: wait for it.
    await page.locator('#f-b2_activity_type').selectOption('information_day');
    await expect.poll(() => score.isVisible()).toBe(false);
    await page.locator('#f-b2_activity_type').selectOption('training_workshop');
    await expect.poll(() => score.isVisible()).toBe(true);
    await page.locator('#f-officer_id').fill('CR-UPA-77');
    await page.locator('#f-b1_admin1').fill('Alajuela');
    await page.locator('#f-b1_admin2').fill('Upala');
    await page.locator('input[name="b2_topics"][value="trafficking_prevention"]').check();
    await score.fill('12');
    await page.locator('#f-b3_summary').fill('Taller sobre trata de personas.');
    await page.locator('#f-b4_people_reached').selectOption('reach_11_25');
    await page.locator('#f-b5_pct_female').selectOption('40');
    await page.locator('#f-b6_avg_age').selectOption('avg_25_34');
    await page.locator('#f-b7_pct_under_18').selectOption('10');
    await page.locator('input[name="b8_unmet_needs"][value="no"]').check();
    // FORM.md §8.6: 18 × 40 % ≈ 7 women, 18 × 10 % ≈ 2 minors.
    await expect(page.getByTestId('est-women').textContent()).resolves.toBe('≈ 7');
    await expect(page.getByTestId('est-minors').textContent()).resolves.toBe('≈ 2');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Guardar la actividad' }).click();
    await page.waitForURL((url) => url.pathname === '/activities');
    await page.locator('tbody tr', { hasText: 'Taller de capacitación' }).first().waitFor();
    await expectNoAxeViolations(page);
  });

  it('rejects a submission without JavaScript: field-level messages, values kept, nothing saved', async () => {
    const before = await countCases(page, dashboard!);
    expect(before).toBeGreaterThan(0);
    const plain = await newContext(browser, { javaScriptEnabled: false });
    try {
      const noJs = await plain.newPage();
      await signIn(noJs, dashboard!, officer);
      await noJs.goto(`${dashboard}/record`);
      await noJs.locator('input[name="consent"][value="no"]').check();
      await noJs.locator('#f-a0_name').fill('Ana');
      await noJs.getByRole('button', { name: 'Guardar el caso' }).click();
      await noJs.waitForURL((url) => url.pathname === '/record');
      const summary = noJs.getByTestId('error-summary');
      await summary.waitFor();
      expect(await summary.textContent()).toMatch(/No se guardó nada/);
      // The message sits beside its field and is linked to it.
      const name = noJs.locator('#f-a0_name');
      expect(await name.getAttribute('aria-invalid')).toBe('true');
      const described = (await name.getAttribute('aria-describedby')) ?? '';
      expect(described).toContain('f-a0_name-msg');
      expect(await noJs.locator('#f-a0_name-msg').textContent()).toMatch(/no aceptó el registro/);
      expect(await name.inputValue()).toBe('Ana');
      expect(await noJs.locator('input[name="consent"][value="no"]').isChecked()).toBe(true);
      // Checked as a copy of the page: axe cannot run where JavaScript is off (see testkit).
      await expectNoAxeViolations(noJs);
      // With JavaScript, the same rules stop the form before it is sent.
      await page.goto(`${dashboard}/record`);
      await page.locator('[data-route]').waitFor();
      const posts: string[] = [];
      const onRequest = (request: Request) => {
        if (request.method() === 'POST') posts.push(request.url());
      };
      page.on('request', onRequest);
      await page.locator('input[name="consent"][value="yes"]').check();
      await page.getByRole('button', { name: 'Guardar el caso' }).click();
      await page.getByTestId('error-summary').waitFor();
      page.off('request', onRequest);
      expect(posts).toEqual([]);
      expect(new URL(page.url()).pathname).toBe('/record');
      const nationality = page.locator('#f-a1_nationality');
      expect(await nationality.getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#f-a1_nationality-msg').textContent()).toMatch(/Responda/);
      expect(await page.locator('input[name="consent"][value="yes"]').isChecked()).toBe(true);
      await expectNoAxeViolations(page);
    } finally {
      await plain.close();
    }
    expect(await countCases(page, dashboard!)).toBe(before);
  }, 120_000);

  it('keeps what was typed into the page before its scripts arrived (slow link)', async () => {
    // Hold every script until the officer has typed: the server-rendered form is usable first,
    // and the page must start from what was typed, not from the server's values. Far east of
    // UTC, the form's "today in your time zone" default differs from the server's date and
    // would otherwise replace a typed date. No service worker: once installed it serves the
    // scripts from its cache, past page.route, and the page hydrated while the test typed (a
    // flake that depended on whether the worker was ready before the page opened).
    const far = await newContext(browser, {
      timezoneId: 'Pacific/Kiritimati',
      serviceWorkers: 'block',
    });
    try {
      const slow = await far.newPage();
      await signIn(slow, dashboard!, officer);
      const release = await holdScripts(slow);
      await slow.goto(`${dashboard}/record`, { waitUntil: 'commit' });
      await slow.locator('#f-officer_id').fill('typed-before-js');
      await slow.locator('#f-date').fill('2026-01-05');
      await slow.locator('input[name="consent"][value="yes"]').check();
      release();
      // Hydrated: the no-JavaScript "show the route" button goes once the script runs.
      await slow
        .getByRole('button', { name: 'Ver la ruta que corresponde' })
        .waitFor({ state: 'detached' });
      expect(await slow.locator('#f-officer_id').inputValue()).toBe('typed-before-js');
      expect(await slow.locator('#f-date').inputValue()).toBe('2026-01-05');
      expect(await slow.locator('input[name="consent"][value="yes"]').isChecked()).toBe(true);
    } finally {
      await far.close();
    }
  });

  it('a new case opened from the one being edited starts empty, not with its answers', async () => {
    await page.goto(`${dashboard}/cases?q=CR-UPA-77`);
    await page
      .locator('tbody tr')
      .first()
      .getByRole('link', { name: /^Editar/ })
      .click();
    await page.waitForURL((url) => url.pathname === '/record' && url.searchParams.has('id'));
    await page.locator('input[name="id"]').waitFor({ state: 'attached' });
    expect(await page.locator('#f-a1_nationality').inputValue()).toBe('NIC');
    // The menu's link: a navigation inside the app, to the same page without a record.
    await page.getByRole('navigation').getByRole('link', { name: 'Registrar caso' }).click();
    await page.waitForURL((url) => url.pathname === '/record' && !url.searchParams.has('id'));
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toMatch(/^Registrar/);
    expect(await page.locator('input[name="id"]').count()).toBe(0);
    expect(await page.locator('#f-a1_nationality').inputValue()).toBe('');
    expect(await page.locator('input[name="consent"]:checked').count()).toBe(0);
  });

  it('shows the directory and deletes a case after confirmation', async () => {
    await page.goto(`${dashboard}/directory`);
    expect(await page.locator('tbody tr').count()).toBeGreaterThan(3);
    await expectNoAxeViolations(page);
    await page.goto(`${dashboard}/cases?q=CR-UPA-77`);
    const before = await countCases(page, dashboard!, '?q=CR-UPA-77');
    await page.goto(`${dashboard}/cases?q=CR-UPA-77`);
    await page
      .locator('tbody tr')
      .first()
      .getByRole('link', { name: /Eliminar/ })
      .click();
    await page.getByRole('button', { name: 'Sí, eliminar' }).click();
    await page.waitForURL((url) => url.searchParams.has('deleted'));
    expect(await countCases(page, dashboard!, '?q=CR-UPA-77')).toBe(before - 1);
  });
});

/** The total the case list reports in its status line ("Registros 1 a 25 de N"). */
async function countCases(page: Page, dashboard: string, query = ''): Promise<number> {
  await page.goto(`${dashboard}/cases${query}`);
  const text = (await page.getByTestId('list-count').textContent()) ?? '';
  const total = /de\s+([\d.,]+)\s*$/.exec(text.trim())?.[1];
  return total ? Number(total.replace(/[.,]/g, '')) : 0;
}
