import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  dropFormPosts,
  expectNoAxeViolations,
  gql,
  launchBrowser,
  logIn,
  newContext,
  signIn,
  waitForStart,
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

  /**
   * A referral of a case of the officer's hub, sent on 2026-01-05 (follow-up 2026-01-13), or on
   * `sentOn` with the follow-up set to 2026-01-13; its id and its case's.
   */
  async function sendReferral(
    name: string,
    contact: Record<string, string> = {},
    sentOn = '2026-01-05',
  ): Promise<{ id: string; caseId: string }> {
    const token = await logIn(graphql!, officer);
    const caseId = await recordExampleCase(graphql!, token);
    const added = await gql<{ referralAdd: { id: string } }>(
      graphql!,
      'mutation($i: ReferralInput!) { referralAdd(input: $i) { ... on Referral { id } } }',
      {
        i: {
          caseId,
          institution: name,
          consentToRefer: true,
          consentToShare: true,
          followUpOn: '2026-01-13',
          ...contact,
        },
      },
      token,
    );
    const moved = await gql<{ referralMove: { __typename: string } }>(
      graphql!,
      'mutation($id: ID!, $on: String!) { referralMove(id: $id, baseVersion: 1, to: sent, on: $on) { __typename } }',
      { id: added.referralAdd.id, on: sentOn },
      token,
    );
    expect(moved.referralMove.__typename).toBe('Referral');
    return { id: added.referralAdd.id, caseId };
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

  it('marks a sent referral as attended from the worklist, by keyboard, and it stays listed until closed (es)', async () => {
    const name = `${institution} (atendida)`;
    await sendReferral(name);
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, dashboard!, officer, { lang: 'es' });
    await page.goto(`${dashboard}/follow-ups`);
    const card = page.getByTestId('follow-up').filter({ hasText: name });
    const steps = card.getByRole('group', { name: 'Registrar el siguiente paso' });
    expect(await steps.getByRole('button').allTextContents()).toEqual([
      'Marcar como recibida',
      'Marcar como atendida',
    ]);
    expect(await steps.textContent()).toContain('con la fecha de hoy');
    await expectNoAxeViolations(page);
    await steps.getByRole('button', { name: 'Marcar como atendida' }).focus();
    await page.keyboard.press('Enter');
    const done = page.getByRole('status').filter({ hasText: `Referencia a ${name}: atendida.` });
    await done.waitFor();
    expect(await done.evaluate((el) => el === document.activeElement)).toBe(true);
    // Still due until it is closed with its outcome; no open step is left after "attended".
    expect(await card.textContent()).toMatch(/Atendida/);
    expect(await card.getByRole('group', { name: 'Registrar el siguiente paso' }).count()).toBe(0);
    await card.getByLabel('Resultado').selectOption({ label: 'Resuelta' });
    await card.getByRole('button', { name: 'Cerrar referencia' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Referencia a ${name} cerrada: resuelta.` })
      .waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('shows the API refusal of a step or a close on its card: a changed referral, a close before the sending (en)', async () => {
    const stale = `${institution} (changed)`;
    const early = `${institution} (sent later)`;
    const { id: staleId } = await sendReferral(stale);
    // Sent on a date after today (the follow-up set earlier): closing today comes before it.
    await sendReferral(early, {}, '2099-01-05');
    const context = await newContext(browser, { locale: 'en-US' });
    await context.addCookies([{ name: 'vt_lang', value: 'en', url: dashboard! }]);
    const page = await context.newPage();
    await signIn(page, dashboard!, officer, { lang: 'en' });
    await page.goto(`${dashboard}/follow-ups`);
    // Someone marks it received on the case page meanwhile: the card's step is refused.
    await gql(
      graphql!,
      'mutation($id: ID!) { referralMove(id: $id, baseVersion: 2, to: received, on: "2026-01-08") { __typename } }',
      { id: staleId },
      await logIn(graphql!, officer),
    );
    let card = page.getByTestId('follow-up').filter({ hasText: stale });
    await card.getByRole('button', { name: 'Mark as attended' }).click();
    await card.getByRole('alert').waitFor();
    expect(await card.getByRole('alert').evaluate((el) => el === document.activeElement)).toBe(
      true,
    );
    // The card now shows the referral as it is, so the step tried again goes through.
    await expect.poll(() => card.textContent()).toMatch(/State\s*Received/);
    await card.getByRole('button', { name: 'Mark as attended' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Referral to ${stale}: attended.` })
      .waitFor();
    card = page.getByTestId('follow-up').filter({ hasText: early });
    await card.getByLabel('Outcome').selectOption({ label: 'Resolved' });
    await card.getByRole('button', { name: 'Close referral' }).click();
    const refusal = card.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(
      'Use a date on or after the referral was sent (January 5, 2099).',
    );
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('keeps the page when the connection drops during a step or a close, says nothing was saved, and the step tried again goes through (es)', async () => {
    const name = `${institution} (sin respuesta)`;
    const { caseId } = await sendReferral(name);
    // No service worker: page.route must see the form posts.
    const context = await newContext(browser, { serviceWorkers: 'block' });
    const page = await context.newPage();
    await signIn(page, dashboard!, officer, { lang: 'es' });
    // The device still says it is online, but a form's post gets no answer (a dropped link).
    const restore = await dropFormPosts(page);
    await page.goto(`${dashboard}/follow-ups`);
    // Started: a click before would post the form natively, and the lost post show a browser error.
    await waitForStart(page);
    const card = page.getByTestId('follow-up').filter({ hasText: name });
    await card.getByRole('button', { name: 'Marcar como recibida' }).click();
    const lost = card.getByRole('alert');
    await lost.waitFor();
    expect(await lost.textContent()).toContain('no se puede marcar como recibida');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Seguimientos pendientes',
    );
    await restore();
    await card.getByRole('button', { name: 'Marcar como recibida' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Referencia a ${name}: recibida.` })
      .waitFor();

    // On the case page, where nothing waits on the device: the card says nothing was saved.
    await dropFormPosts(page);
    await page.goto(`${dashboard}/cases/${caseId}`);
    await waitForStart(page);
    const onCase = page.getByTestId('case-referral').filter({ hasText: name });
    const unreached = 'No hubo conexión con el servidor: no se guardó nada.';
    await onCase.getByRole('button', { name: 'Marcar como atendida' }).click();
    await onCase.getByRole('alert').waitFor();
    expect(await onCase.getByRole('alert').textContent()).toContain(unreached);
    const close = onCase.getByRole('group', { name: 'Cerrar con resultado' });
    await close.getByLabel('Resultado').selectOption({ label: 'Resuelta' });
    await close.getByRole('button', { name: 'Cerrar referencia' }).click();
    await close.getByRole('alert').waitFor();
    expect(await close.getByRole('alert').textContent()).toContain(unreached);
    expect(await onCase.getAttribute('data-state')).toBe('received');
    await expectNoAxeViolations(page);

    // Back on the worklist, a close whose post is lost waits on the device, as one made offline.
    await page.goto(`${dashboard}/follow-ups`);
    await waitForStart(page);
    await card.getByLabel('Resultado').selectOption({ label: 'Resuelta' });
    await card.getByRole('button', { name: 'Cerrar referencia' }).click();
    await card.getByTestId('queued-badge').waitFor();
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
