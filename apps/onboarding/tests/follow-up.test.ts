import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, logIn, newContext } from '@ventanilla/testkit';

/**
 * Issue 16, training: a hub officer follows a referral up at the end of a practice case (when,
 * what to record, consent, the outcome at closing) with the keyboard, in Spanish and English,
 * and opens the community advisors' induction track; Chromium with axe on every page.
 */
const officer = { email: 'oficial.upala@demo.ventanilla.org', password: 'demo-oficial-2026' };

const texts = {
  es: {
    check: 'Comprobar',
    yes: 'Sí',
    no: 'No',
    steps: '2. Pasos 1 y 2',
    followUp: '5. Seguimiento de la referencia',
    notRight: 'No es lo indicado',
    rightChoice: 'Lo indicado',
  },
  en: {
    check: 'Check',
    yes: 'Yes',
    no: 'No',
    steps: '2. Steps 1 and 2',
    followUp: '5. Following up the referral',
    notRight: 'Not the right choice',
    rightChoice: 'The right choice',
  },
} as const;

describe('following a referral up in the attention trainer', () => {
  const { onboarding, graphql } = inject('stack');
  let browser: Browser;
  let token = '';
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    token = await logIn(graphql, officer);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  /** A signed-in officer's page in the given language. */
  async function open(lang: 'es' | 'en'): Promise<Page> {
    const context = await newContext(browser);
    contexts.push(context);
    await context.addCookies([
      { name: 'vt_session', value: token, url: onboarding, httpOnly: true },
      { name: 'vt_lang', value: lang, url: onboarding },
    ]);
    return context.newPage();
  }

  /** Focuses an element, then acts with the keyboard only. */
  async function press(page: Page, selector: string, ...keys: string[]) {
    await page.locator(selector).focus();
    for (const key of keys) await page.keyboard.press(key);
  }

  it('es: after referring a man with an urgent health need, chooses consent and the outcome with the keyboard', async () => {
    const t = texts.es;
    const page = await open('es');
    await page.goto(`${onboarding}/routes/practice/dehydrated`);
    await expectNoAxeViolations(page);

    // Observation, then steps 1 and 2 (urgent need: yes; danger: no), by keyboard.
    await press(page, 'input[name="o"][value="physical_health_signs"]', 'Space');
    await page.getByRole('button', { name: t.check }).first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/stage=1/);
    await press(page, 'input[name="u"][value="yes"]', 'Space');
    await press(page, 'input[name="d"][value="no"]', 'Space');
    const steps = page.locator('form', { hasText: t.steps });
    await steps.getByRole('button', { name: t.check }).focus();
    await page.keyboard.press('Enter');
    await page.locator('#referral').waitFor();

    // The follow-up comes after the referrals; the referral stage no longer ends the case.
    const followUp = page.getByTestId('follow-up');
    expect(await followUp.getByRole('heading', { level: 2 }).textContent()).toBe(t.followUp);
    expect(await page.locator('#referral').textContent()).not.toMatch(/Fin del caso/);
    await expectNoAxeViolations(page);

    // Consent: the first option (ask, record both agreements). Outcome: one step down from
    // "Resuelta" to "Resuelta en parte", a wrong choice. Then Tab to the button.
    await press(page, 'input[name="f.consent"][value="ask_both"]', 'Space');
    await press(page, 'input[name="f.outcome"][value="resolved"]', 'Space', 'ArrowDown');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(t.check);
    await page.keyboard.press('Enter');
    const feedback = page.locator('#feedback-followup');
    await feedback.waitFor();

    expect(await page.getByTestId('follow-up-score').textContent()).toMatch(
      /Respuestas acertadas: 1 de 2/,
    );
    const text = (await feedback.textContent())!;
    expect(text).toMatch(/son dos acuerdos distintos/);
    expect(text).toMatch(new RegExp(`${t.notRight}\\s*Resuelta en parte`));
    expect(text).toMatch(/Sería así si solo se atendió una parte/);
    expect(text).toMatch(new RegExp(`${t.rightChoice}\\s*Resuelta\\s`));
    expect(text).toMatch(/Manual de ventanillas/);
    expect(text).toMatch(/Fin del caso/);
    expect(await page.textContent('main')).not.toMatch(/\d{3}:L\d|L\d+-L\d+/);
    // The choices stay as given, so the trainee can change one and check again.
    expect(await page.locator('input[name="f.outcome"][value="partly"]').isChecked()).toBe(true);
    await expectNoAxeViolations(page);
  });

  it('en: follows a teenager’s referral up through the whole route, ticking what to record', async () => {
    const t = texts.en;
    const page = await open('en');
    await page.goto(`${onboarding}/routes/practice/teen_alone`);

    await page.getByLabel('Unaccompanied or separated child or adolescent').check();
    await page.getByRole('button', { name: t.check }).first().click();
    await page.getByTestId('route-applies').waitFor();
    const steps = page.locator('form', { hasText: t.steps });
    await steps.getByRole('radio', { name: t.no }).first().check();
    await steps.getByRole('radio', { name: t.no }).nth(1).check();
    await steps.getByRole('button', { name: t.check }).click();
    await page.locator('#feedback-2').waitFor();
    await page.getByLabel(/P4\.1/).check();
    await page.getByLabel(/P2\.2/).check();
    await page.getByRole('button', { name: t.check }).nth(2).click();
    await page.locator('#referral').waitFor();
    await expectNoAxeViolations(page);
    // The A.11 actions each condition is recorded as read as the form's labels, not codes.
    const referral = (await page.locator('#referral').textContent())!;
    expect(referral).toMatch(/Recorded in A\.11 as: /);
    expect(referral).not.toMatch(/referred_/);

    // When (keyboard), what to record (ticks, one of them wrong), and the attended referral.
    await press(page, 'input[name="f.when"][value="eight_days"]', 'Space');
    for (const value of ['institution', 'date', 'full_story'])
      await press(page, `input[name="f.record"][value="${value}"]`, 'Space');
    await press(page, 'input[name="f.attended"][value="attended_next_date"]', 'Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('#feedback-followup').waitFor();

    expect(await page.getByTestId('follow-up-score').textContent()).toMatch(
      /Right answers: 2 of 3/,
    );
    const text = (await page.locator('#feedback-followup').textContent())!;
    expect(text).toMatch(/the hub calls 8 days after sending/);
    expect(text).toMatch(new RegExp(`${t.notRight}\\s*Everything he said about the threats`));
    expect(text).toMatch(/Missed\s*That he agreed to be referred/);
    expect(text).toMatch(/It closes once you know how it ended/);
    expect(text).toMatch(/Migrant Resource Centre/);
    // The earlier stages' answers came along: the Annex 1 feedback is still there.
    expect(await page.textContent('main')).toMatch(/Profiles your ticks point to/);
    expect(await page.locator('input[type="checkbox"][name="i"][value="P4.1"]').isChecked()).toBe(
      true,
    );
    await expectNoAxeViolations(page);
  });

  for (const lang of ['es', 'en'] as const)
    it(`${lang}: the community advisors' induction track, with its knowledge check`, async () => {
      const page = await open(lang);
      await page.goto(`${onboarding}/training`);
      const name =
        lang === 'es' ? 'Asesores comunitarios en migración' : 'Community migration advisors';
      await page.getByRole('link', { name, exact: true }).click();
      await page.waitForURL(/track=mca_advisor/);
      const main = (await page.textContent('main'))!;
      expect(main).toMatch(
        lang === 'es'
          ? /Ser asesor comunitario en migración/
          : /Being a community migration advisor/,
      );
      expect(main).toMatch(lang === 'es' ? /La carta de compromiso/ : /The commitment letter/);
      await expectNoAxeViolations(page);
      await page.goto(`${onboarding}/training/mca_advisor.reporting`);
      expect(await page.textContent('main')).toMatch(
        lang === 'es' ? /cada 8 a 10 días/i : /every 8 to 10 days/i,
      );
      await expectNoAxeViolations(page);
      await page.goto(`${onboarding}/training/mca_advisor.check`);
      expect(await page.textContent('main')).toMatch(
        lang === 'es' ? /Solo con el personal de la ventanilla/ : /Only with the hub’s staff/,
      );
      await expectNoAxeViolations(page);
    });
});
