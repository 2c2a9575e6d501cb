import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  expectNoAxeViolations,
  gql,
  launchBrowser,
  logIn,
  newContext,
  signIn,
} from '@ventanilla/testkit';

/**
 * Issue 16's journey for hub staff: a case with signs of trafficking is recorded through the
 * 4-step route with the anti-trafficking institution from the directory; the saved message
 * leads to the case's section-5 page, where consent, the person attending and the date sent
 * are recorded; the referral comes back in the worklist and is closed with its outcome. Then the
 * reviewer (issue 16's first "Done when"): the referral figures, protected, on the analytics
 * page, the hub's page, the January report and the January verification meeting (where Table 2
 * is exact but these stay protected); the case page refused; and no section-5 detail (person
 * attending, telephone, situation, assistance) on any page the reviewer opened. The case and the
 * referral carry fixed dates (January 2026), so the follow-up is overdue any day.
 */
const officer = { email: 'oficial.upala@demo.ventanilla.org', password: 'demo-oficial-2026' };
const reviewer = { email: 'revisora@demo.ventanilla.org', password: 'demo-revisora-2026' };
/** The month of the case (the figures go by the case's month). */
const month = '2026-01';
/** What the officer types in section 5: none of it may reach a reviewer's page. */
const section5 = {
  person: 'Lic. Rojas',
  phone: '+506 2000 0000',
  situation: 'Sin documentos, en albergue.',
  assistance: 'Información y acompañamiento.',
};

/** The case form filled for an adult woman with signs of trafficking, dated 2026-01-05. */
async function fillTraffickingCase(page: Page, officerId: string) {
  await page.locator('[data-route]').waitFor();
  await page.locator('#f-date').fill('2026-01-05');
  await page.locator('#f-officer_id').fill(officerId);
  await page.locator('input[name="consent"][value="yes"]').check();
  await page.locator('input[name="observation"][value="possible_trafficking"]').check();
  await page.locator('section[data-route="four_step"]').waitFor();
  await page.locator('input[name="route_urgent_needs"][value="no"]').check();
  await page.locator('input[name="route_imminent_danger"][value="no"]').check();
  await page.locator('#f-a1_nationality').selectOption('NIC');
  await page.locator('input[name="a2_residence"][value="in_transit"]').check();
  await page.locator('#f-a3_country').selectOption('CRI');
  await page.locator('#f-a3_admin1').fill('Alajuela');
  await page.locator('#f-a3_admin2').fill('Upala');
  await page.locator('input[name="a4_is_migrant"][value="yes"]').check();
  await page.locator('#f-a5_age_range').selectOption('age_25_34');
  await page.locator('#f-a6_gender').selectOption('woman');
  await page.locator('#f-a7_civil_status').selectOption('single');
  await page.locator('#f-a8_school_level').selectOption('secondary_complete');
  await page.locator('#f-a9_occupation').selectOption('unemployed');
  await page.locator('input[name="a14_vulnerability"][value="yes"]').check();
  await page.locator('input[name="a14_vulnerability_types"][value="documents_retained"]').check();
  const suggestion = page.locator('[data-condition="trafficking"]');
  await suggestion.waitFor();
  const use = suggestion.getByRole('button').first();
  const organization = /[«“](.+)[»”]/.exec((await use.textContent()) ?? '')?.[1] ?? '';
  expect(organization).not.toBe('');
  await use.click();
  expect(await page.locator('#f-a11_action_1').inputValue()).toBe('referred_trafficking_authority');
  return organization;
}

describe('a referral recorded with consent and followed to its outcome', () => {
  const { dashboard, graphql } = inject('stack');
  let browser: Browser;
  /** The visit card given in the first test, brought back in the second. */
  let personCode = '';
  /** The case page of the first test, which the reviewer must not open. */
  let casePage = '';
  /** The January meeting the reviewer opens (closed again in any case). */
  let meetingId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    if (meetingId)
      await gql(
        graphql!,
        'mutation($id: ID!) { meetingClose(id: $id) { __typename } }',
        { id: meetingId },
        await logIn(graphql!, reviewer),
      );
    await browser?.close();
  });

  it('records section 5 from the directory, refuses sending without consent, and closes it from the worklist (es, desktop)', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, dashboard!, officer, { lang: 'es' });
    await page.goto(`${dashboard}/record`);
    const organization = await fillTraffickingCase(page, 'cr-upa-trata');
    // The form says where section 5 is recorded, since a new case has no page of its own yet.
    expect(await page.getByTestId('section5-link').textContent()).toMatch(/Al guardar el caso/);
    await page.getByRole('button', { name: 'Guardar el caso' }).click();
    await page.waitForURL((url) => url.pathname === '/cases');
    await page.getByTestId('saved-referrals').click();
    await page.waitForURL((url) => /^\/cases\/[^/]+$/.test(url.pathname));
    await page.getByRole('heading', { level: 1, name: 'Seguimiento del caso' }).waitFor();
    await page
      .getByRole('heading', { level: 2, name: 'Acciones y referencias del caso' })
      .waitFor();
    casePage = page.url();

    // Where the person came from, and a visit card given with consent (refused without it).
    await page.getByLabel('Origen').selectOption({ label: 'Llegó por su cuenta' });
    await page.getByRole('button', { name: 'Guardar el origen' }).focus();
    await page.keyboard.press('Enter');
    const sourceSaved = page.getByRole('status').filter({ hasText: 'Origen guardado.' });
    await sourceSaved.waitFor();
    // The keyboard goes on from what happened, not from the top of the page.
    expect(await sourceSaved.evaluate((element) => element === document.activeElement)).toBe(true);
    // The source's selects are drawn like the form's fields: a 2 px edge and a 44 px target.
    const look = await page
      .getByLabel('Origen')
      .evaluate((el) => [getComputedStyle(el).borderTopWidth, el.getBoundingClientRect().height]);
    expect(look[0]).toBe('2px');
    expect(look[1]).toBeGreaterThanOrEqual(44);
    const newCard = page.locator('form[action="?/issueCode"]');
    await newCard.getByRole('button', { name: 'Entregar una tarjeta nueva' }).click();
    await page.getByRole('alert').filter({ hasText: 'consentimiento' }).waitFor();
    await newCard.getByLabel('La persona acepta que esta visita se enlace con su código').check();
    await newCard.getByRole('button', { name: 'Entregar una tarjeta nueva' }).click();
    personCode = (await page.getByTestId('person-code').textContent()) ?? '';
    expect(personCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
    expect(await page.getByTestId('visit-count').textContent()).toBe(
      'Es su primera visita registrada con este código.',
    );
    await page.getByRole('link', { name: 'Imprimir la tarjeta' }).click();
    expect(await page.getByTestId('visit-card').textContent()).toContain(personCode);
    await expectNoAxeViolations(page);
    // On paper the card stands alone: the sending-state banner does not print over it.
    expect(await page.getByTestId('offline-status').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('offline-status').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await page.goto(casePage);
    expect(await page.getByText('Este caso aún no tiene referencias registradas.').count()).toBe(1);

    // Prefilled from A.11: the action, the institution from the directory, the profile.
    expect(await page.getByLabel('Acción (pregunta A.11)').inputValue()).toBe(
      'referred_trafficking_authority',
    );
    const entry = page.getByLabel('Institución del directorio');
    expect(await entry.locator('option:checked').textContent()).toContain(organization);
    expect(await page.getByLabel('Perfil identificado').inputValue()).toBe('trafficking');

    await page.getByLabel('Persona que atiende la referencia').fill(section5.person);
    await page.getByLabel('Teléfono').fill(section5.phone);
    await page.getByLabel('Situación actual de la persona').fill(section5.situation);
    await page.getByLabel('Asistencia brindada').fill(section5.assistance);
    await page.getByLabel('Fecha de envío').fill('2026-01-05');
    // Sending without the person's consent is refused, and nothing is saved.
    await page.getByRole('button', { name: 'Guardar referencia' }).click();
    await page.getByRole('alert').filter({ hasText: 'marque los dos consentimientos' }).waitFor();
    expect(await page.getByTestId('case-referral').count()).toBe(0);
    expect(await page.getByLabel('Persona que atiende la referencia').inputValue()).toBe(
      'Lic. Rojas',
    );

    await page.getByLabel('La persona acepta ser referida').check();
    await page.getByLabel('La persona acepta que se compartan sus datos').check();
    await page.getByRole('button', { name: 'Guardar referencia' }).focus();
    await page.keyboard.press('Enter');
    const referralSaved = page
      .getByRole('status')
      .filter({ hasText: `Referencia a ${organization} guardada (enviada).` });
    await referralSaved.waitFor();
    expect(await referralSaved.evaluate((element) => element === document.activeElement)).toBe(
      true,
    );
    const card = page.getByTestId('case-referral');
    expect(await card.count()).toBe(1);
    const text = (await card.textContent()) ?? '';
    expect(text).toMatch(/Enviada/);
    expect(text).toContain(`${section5.person} · ${section5.phone}`);
    expect(text).toMatch(/Consentimiento para referir: sí · para compartir datos: sí/);
    expect(text).toMatch(/13 ene 2026/);
    await expectNoAxeViolations(page);

    // The case saved again, its referral complete (consents, contact, date sent): the list says
    // it was saved and no longer asks to record consent and dates.
    await page.getByRole('link', { name: 'Abrir el formulario del caso' }).click();
    await page.getByRole('button', { name: 'Guardar el caso' }).click();
    await page.waitForURL((url) => url.pathname === '/cases');
    await page.getByTestId('list-saved').waitFor();
    expect(await page.getByTestId('saved-referrals').count()).toBe(0);
    expect(await page.getByTestId('list-saved').textContent()).not.toMatch(/consentimiento/);
    await page.goto(casePage);

    // The follow-up is overdue: the worklist shows it, and two clicks close it.
    await page.goto(`${dashboard}/follow-ups`);
    const due = page.getByTestId('follow-up').filter({ hasText: organization }).first();
    await due.getByLabel('Resultado').selectOption({ label: 'Resuelta' });
    await due.getByRole('button', { name: 'Cerrar referencia' }).click();
    const closed = page.getByRole('status').filter({ hasText: 'cerrada: resuelta.' });
    await closed.waitFor();
    // The closed card is gone from the list: focus goes on to the message, not to the page's top.
    expect(await closed.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.goto(casePage);
    expect(await page.getByTestId('case-referral').first().getAttribute('data-state')).toBe(
      'closed',
    );

    // The hub's own page counts it, exact for its staff, with the table's downloads for the hub.
    await page.goto(`${dashboard}/analytics/hub/cri_upala?from=${month}&to=${month}`);
    const section = page.locator('[data-section="referrals"]');
    expect(await section.getAttribute('data-protected')).toBe('false');
    const states = section.locator('[data-chart="referrals-state"]');
    expect(await states.locator('tbody th').allTextContents()).toContain('Cerrada');
    expect(
      await states
        .getByRole('link', { name: 'Descargar CSV de «Referencias por estado»' })
        .getAttribute('href'),
    ).toMatch(/^\/analytics\/export\/referrals-state\?.*hub=cri_upala/);
    // The January report shows the same section, exact, without the reviewer's note.
    await page.goto(`${dashboard}/reports/cri_upala/${month}`);
    const inReport = page.locator('[data-section="referrals"]');
    expect(await inReport.getAttribute('data-protected')).toBe('false');
    expect(await inReport.getByTestId('referrals-note').count()).toBe(0);
    await context.close();
  }, 120_000);

  it('lets the reviewer see the referral figures, protected, in analytics and in the meeting, and never the section-5 details (es, desktop)', async () => {
    expect(casePage).not.toBe('');
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, dashboard!, reviewer, { lang: 'es' });
    /** Every page the reviewer opens: none may show what the officer typed in section 5. */
    const visited: string[] = [];
    const expectNoSection5 = async () => {
      visited.push(page.url());
      const text = await page.locator('body').innerText();
      for (const detail of Object.values(section5)) expect(text, page.url()).not.toContain(detail);
      expect(await page.content(), page.url()).not.toContain(section5.phone);
    };

    // The case page is refused: section 5 is for the hub's own staff.
    const refused = await page.goto(casePage);
    expect(refused?.status()).toBe(403);
    await page.getByRole('heading', { name: 'Esta página no es para su rol' }).waitFor();
    await expectNoSection5();

    // Analytics, filtered on the hub and January: the section, protected.
    const period = `from=${month}&to=${month}`;
    await page.goto(`${dashboard}/analytics?${period}&hub=cri_upala`);
    let section = page.locator('[data-section="referrals"]');
    await section.getByRole('heading', { level: 2, name: 'Referencias' }).waitFor();
    expect(await section.getAttribute('data-protected')).toBe('true');
    await expectNoSection5();

    // The hub's own page: the same section, with its downloads.
    await page.goto(`${dashboard}/analytics/hub/cri_upala?${period}`);
    section = page.locator('[data-section="referrals"]');
    await section.getByRole('heading', { level: 2, name: 'Referencias' }).waitFor();
    expect(await section.getAttribute('data-protected')).toBe('true');
    const stateCard = section.locator('[data-chart="referrals-state"]');
    const csv = stateCard.getByRole('link', { name: 'Descargar CSV de «Referencias por estado»' });
    // One referral may publish as 0: then the card says the figures are protected (not that there
    // are no records, which would be untrue), and offers no file.
    if (await csv.count())
      expect(await csv.getAttribute('href')).toMatch(
        /^\/analytics\/export\/referrals-state\?.*hub=cri_upala/,
      );
    else {
      expect(await stateCard.textContent()).toContain(
        'No hay cifras que mostrar: están protegidas',
      );
      expect(await stateCard.textContent()).not.toContain('No hay registros para estos filtros.');
    }
    await expectNoSection5();
    await expectNoAxeViolations(page);

    // The hub's January report: the figures, protected, with the note that says why.
    await page.goto(`${dashboard}/reports/cri_upala/${month}`);
    section = page.locator('[data-section="referrals"]');
    await section.getByRole('heading', { level: 2, name: 'Referencias' }).waitFor();
    expect(await section.getAttribute('data-protected')).toBe('true');
    expect(await section.getByTestId('referrals-note').textContent()).toMatch(
      /^Cifras protegidas: .*también durante la reunión de verificación/,
    );
    // A report has no downloads of its own.
    expect(await section.getByRole('link', { name: /Descargar/ }).count()).toBe(0);
    await expectNoSection5();

    // The January meeting: Table 2 exact, the referral figures still protected.
    // The meeting is opened (and closed, after all) through the API.
    const opened = await gql<{ meetingOpen: { id: string } }>(
      graphql!,
      'mutation($m: String!) { meetingOpen(month: $m) { __typename ... on VerificationMeeting { id } } }',
      { m: month },
      await logIn(graphql!, reviewer),
    );
    meetingId = opened.meetingOpen.id;
    expect(meetingId).toBeTruthy();
    await page.goto(`${dashboard}/verify/${meetingId}/hubs/cri_upala`);
    expect(await page.getByTestId('figures-note').textContent()).toMatch(/Cifras exactas/);
    section = page.locator('[data-section="referrals"]');
    await section.getByRole('heading', { level: 2, name: 'Referencias' }).waitFor();
    expect(await section.getAttribute('data-protected')).toBe('true');
    await section.getByTestId('referrals-note').waitFor();
    for (const id of ['referrals-state', 'referrals-outcome', 'referrals-sector'])
      await section.locator(`[data-chart="${id}"]`).waitFor({ state: 'attached' });
    await expectNoSection5();
    await expectNoAxeViolations(page);
    expect(visited.length).toBe(5);
    await context.close();
  }, 120_000);

  it('reads in English and fits a phone', async () => {
    const context = await newContext(browser, {
      locale: 'en-US',
      viewport: { width: 390, height: 844 },
    });
    await context.addCookies([{ name: 'vt_lang', value: 'en', url: dashboard! }]);
    const page = await context.newPage();
    await signIn(page, dashboard!, officer, { lang: 'en' });
    await page.goto(`${dashboard}/record`);
    await fillTraffickingCase(page, 'cr-upa-trata-en');
    await page.getByRole('button', { name: 'Save the case' }).click();
    await page.waitForURL((url) => url.pathname === '/cases');
    await page.getByTestId('saved-referrals').click();
    await page.getByRole('heading', { level: 1, name: 'Case follow-up' }).waitFor();
    // The card the person brings links this visit to the first one.
    const bring = page.locator('form[action="?/linkCode"]');
    await bring
      .getByLabel('Code on the card they bring')
      .fill(personCode.toLowerCase().replace(/-/g, ' '));
    await bring.getByLabel('The person agrees that this visit is linked to their code').check();
    await bring.getByRole('button', { name: 'Link to the card' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Visit linked to code ${personCode}.` })
      .waitFor();
    expect(await page.getByTestId('visit-count').textContent()).toBe(
      'They have 1 more visit with this code:',
    );
    await page.getByLabel('The person agrees to be referred').check();
    await page.getByRole('button', { name: 'Save referral' }).click();
    await page.getByRole('status').filter({ hasText: '(planned)' }).waitFor();
    const card = page.getByTestId('case-referral');
    expect(await card.textContent()).toMatch(/Consent to refer: yes · to share data: no/);
    // Marking it sent needs both consents: the API's refusal shows on the card.
    await card.getByRole('button', { name: 'Mark as sent' }).click();
    await card.getByRole('alert').waitFor();
    // The keyboard and the screen reader go on from the refusal, not from the top of the page.
    expect(await card.getByRole('alert').evaluate((el) => el === document.activeElement)).toBe(
      true,
    );
    expect(await card.getAttribute('data-state')).toBe('planned');
    // A date sent well before the case (5 January) is refused: the referral is kept as planned,
    // its card shows at once and the form is cleared, so saving again cannot record it twice.
    await page.getByLabel('Name of the institution').fill('Oficina de prueba');
    await page.getByLabel('The person agrees to be referred').check();
    await page
      .getByLabel('The person agrees that their data is shared with the institution')
      .check();
    await page.getByLabel('Date sent').fill('2026-01-02');
    await page.getByRole('button', { name: 'Save referral' }).click();
    const kept = page.getByRole('status').filter({ hasText: '(January 5, 2026)' });
    await kept.waitFor();
    expect(await kept.textContent()).toContain('(planned)');
    expect(await page.getByTestId('case-referral').count()).toBe(2);
    expect(await page.getByLabel('Date sent').inputValue()).toBe('');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await expectNoAxeViolations(page);
    await context.close();
  }, 120_000);
});
