import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  expectNoAxeViolations,
  gql,
  launchBrowser,
  logIn,
  newContext,
  signIn,
} from '@ventanilla/testkit';
import { recordExampleCase } from './example-case.ts';

/**
 * Issue 16, item 3: a referral sent with the person's consent comes back as a follow-up 8 days
 * later; the officer sees the count on the home page, opens the worklist and closes it with its
 * outcome in two steps. Dates are fixed in the past, so the follow-up is overdue on any day.
 */
const officer = { email: 'oficial.upala@demo.ventanilla.org', password: 'demo-oficial-2026' };
const institution = 'Fiscalía contra la trata (prueba de seguimiento)';

describe('the follow-up worklist', () => {
  const { dashboard, graphql } = inject('stack');
  let browser: Browser;

  /** A referral of a case of the officer's hub, sent on 2026-01-05 (follow-up 2026-01-13). */
  async function sendReferral(name: string, contact: Record<string, string> = {}) {
    const token = await logIn(graphql!, officer);
    const caseId = await recordExampleCase(graphql!, token);
    const added = await gql<{ referralAdd: { id: string } }>(
      graphql!,
      'mutation($i: ReferralInput!) { referralAdd(input: $i) { ... on Referral { id } } }',
      { i: { caseId, institution: name, consentToRefer: true, consentToShare: true, ...contact } },
      token,
    );
    await gql(
      graphql!,
      'mutation($id: ID!) { referralMove(id: $id, baseVersion: 1, to: sent, on: "2026-01-05") { __typename } }',
      { id: added.referralAdd.id },
      token,
    );
  }

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the count on the home page and closes an overdue referral with its outcome (es, desktop)', async () => {
    await sendReferral(institution);
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, dashboard!, officer, { lang: 'es' });
    const count = page.getByTestId('home-follow-ups');
    expect(await count.textContent()).toMatch(/^\s*\d+ seguimientos? pendientes?\s*$/);
    await count.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Seguimientos pendientes' }).waitFor();
    const card = page.getByTestId('follow-up').filter({ hasText: institution });
    const text = (await card.textContent()) ?? '';
    expect(text).toMatch(/Enviada/);
    expect(text).toMatch(/13 ene 2026/);
    expect(text).toMatch(/hace \d+ días/);
    await expectNoAxeViolations(page);
    // Two steps: the outcome, then the button.
    await card.getByLabel('Resultado').selectOption({ label: 'Resuelta en parte' });
    await card.getByRole('button', { name: 'Cerrar referencia' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Referencia a ${institution} cerrada: resuelta en parte.` })
      .waitFor();
    expect(await page.getByTestId('follow-up').filter({ hasText: institution }).count()).toBe(0);
    await context.close();
  });

  it('reads in English and fits a phone', async () => {
    const name = `${institution} EN`;
    // A long contact line: it must wrap inside the card, and the phone must be a link to call.
    await sendReferral(name, {
      contactPerson: 'Licenciada María Fernanda Mora Villalobos',
      contactPhone: '+506 2000 9999',
      contactEmail: 'maria.fernanda.mora.villalobos@proteccion.example.org',
    });
    const context = await newContext(browser, {
      locale: 'en-US',
      viewport: { width: 390, height: 844 },
    });
    await context.addCookies([{ name: 'vt_lang', value: 'en', url: dashboard! }]);
    const page = await context.newPage();
    await signIn(page, dashboard!, officer, { lang: 'en' });
    await page.goto(`${dashboard}/follow-ups`);
    const card = page.getByTestId('follow-up').filter({ hasText: name });
    expect(await card.textContent()).toMatch(/Sent.*Jan 5, 2026.*Jan 13, 2026\s+\(\d+ days ago\)/s);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    const cardRight = await card.evaluate((el) => el.getBoundingClientRect().right);
    expect(cardRight).toBeLessThanOrEqual(390);
    expect(await card.getByRole('link', { name: '+506 2000 9999' }).getAttribute('href')).toBe(
      'tel:+50620009999',
    );
    await expectNoAxeViolations(page);
    // Closing without an outcome is stopped by the browser (required), and nothing changes.
    await card.getByRole('button', { name: 'Close referral' }).click();
    expect(await page.getByTestId('follow-up').filter({ hasText: name }).count()).toBe(1);
    await context.close();
  });
});
