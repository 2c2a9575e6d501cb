import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  expectNoAxeViolations,
  gql,
  launchBrowser,
  logIn,
  newContext,
  postGraphql,
  signIn,
} from '@ventanilla/testkit';

/**
 * Issue 16, item 6: an officer adds a Community Migration Advisor with a commitment letter, sees
 * that the check-in is overdue (joined on a fixed day long past, never contacted), sees the
 * count on the home page, and records a check-in in one click. Dates typed here are fixed; the
 * check-in itself is dated by the app (today), so the advisor is up to date on any day. Then
 * issue 16's second "Done when": an advisor with a letter and a check-in on a fixed day
 * (2026-01-20) channels a case; 11 days later (31 January) without another check-in, the home
 * page and the January report's findings show it.
 */
const officer = { email: 'oficial.upala@demo.ventanilla.org', password: 'demo-oficial-2026' };

describe('the community advisors (MCA) page', () => {
  const { dashboard, graphql } = inject('stack');
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('adds an advisor, shows the overdue check-in, and records one in a click (es, desktop)', async () => {
    const name = 'Rosa Méndez (prueba MCA)';
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, dashboard!, officer, { lang: 'es' });
    await page.getByRole('link', { name: 'Asesores comunitarios' }).first().click();
    await page
      .getByRole('heading', { level: 1, name: 'Asesores comunitarios en migración' })
      .waitFor();

    await page.getByLabel('Nombre completo').fill(name);
    await page.getByLabel('Teléfono', { exact: true }).fill('8888-1234');
    await page.getByLabel('Comunidad o localidad').fill('San José de Upala');
    await page.getByLabel('Lugar de trabajo').fill('Mercado municipal');
    await page.getByLabel('Nombre del contacto de referencia').fill('Marta Quirós');
    await page.getByLabel('Teléfono del contacto de referencia').fill('8777-4321');
    await page.getByLabel('Fecha de ingreso').fill('2026-01-05');
    await page.getByLabel('Carta de compromiso firmada el (opcional)').fill('2026-01-05');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${name} quedó en la lista de asesores comunitarios.` })
      .waitFor();

    const card = page.getByTestId('mca').filter({ hasText: name });
    expect(await card.getByTestId('check-in-state').textContent()).toBe('Contacto atrasado');
    const text = (await card.textContent()) ?? '';
    expect(text).toMatch(/Aún sin contacto desde su ingreso \(hace \d+ días\)/);
    expect(text).toMatch(/Debió contactarse a más tardar el 15 ene 2026/);
    expect(await card.getByTestId('commitment-state').textContent()).toBe(
      'Carta por tiempo indefinido',
    );
    expect(await page.getByTestId('mca-summary').textContent()).toMatch(
      /\d+ asesor(es)? comunitarios? con el contacto atrasado/,
    );
    await expectNoAxeViolations(page);

    // The home page counts the advisors overdue for a check-in, with a link to the list.
    await page.goto(`${dashboard}/`);
    const home = page.getByTestId('home-mca-overdue');
    expect(await home.textContent()).toMatch(
      /^\s*\d+ asesor(es)? comunitarios? con el contacto atrasado\s*$/,
    );
    await home.getByRole('link').click();
    await page
      .getByRole('heading', { level: 1, name: 'Asesores comunitarios en migración' })
      .waitFor();

    // One click: how the check-in happened, dated today.
    await page
      .getByTestId('mca')
      .filter({ hasText: name })
      .getByRole('button', { name: 'Registrar: Por teléfono' })
      .click();
    await page
      .getByRole('status')
      .filter({ hasText: `Contacto con ${name} registrado.` })
      .waitFor();
    const after = page.getByTestId('mca').filter({ hasText: name });
    expect(await after.getByTestId('check-in-state').textContent()).toBe('Al día');
    expect(await after.textContent()).toMatch(/\(hoy\)/);

    // The advisor's page lists the letter once, without saying "signed on" twice.
    await after.getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const letters = page
      .getByRole('region', { name: 'Cartas de compromiso' })
      .getByRole('listitem');
    expect((await letters.allInnerTexts()).map((line) => line.trim())).toEqual([
      'Firmada el 5 ene 2026 · sin fecha de fin',
    ]);

    // A contact with a note reads as date · channel · note (it read "Por mensaje· Sin novedades").
    const mcaId = new URL(page.url()).pathname.split('/').pop();
    await postGraphql(
      graphql!,
      `mutation($id: ID!) { mcaCheckInRecord(mcaId: $id, on: "2026-01-20", channel: message, note: "Sin novedades") { __typename } }`,
      { id: mcaId },
      await logIn(graphql!, officer),
    );
    await page.reload();
    const noted = (await page.getByRole('listitem').allInnerTexts()).filter((line) =>
      line.includes('Sin novedades'),
    );
    expect(noted.map((line) => line.trim())).toEqual(['20 ene 2026 · Por mensaje · Sin novedades']);
    await context.close();
  });

  it('reads in English and fits a phone', async () => {
    const name = 'Juan Pérez (MCA test)';
    const token = await logIn(graphql!, officer);
    const added = await gql<{ mcaAdd: { id: string } }>(
      graphql!,
      'mutation($i: McaInput!) { mcaAdd(input: $i) { ... on Mca { id } } }',
      { i: { hub: 'cri_upala', name, community: 'Upala centro', joinedOn: '2026-02-02' } },
      token,
    );
    await gql(
      graphql!,
      'mutation($id: ID!) { mcaLetterRecord(mcaId: $id, signedOn: "2026-02-02", until: "2026-03-31") { __typename } }',
      { id: added.mcaAdd.id },
      token,
    );
    const context = await newContext(browser, {
      locale: 'en-US',
      viewport: { width: 390, height: 844 },
    });
    await context.addCookies([{ name: 'vt_lang', value: 'en', url: dashboard! }]);
    const page = await context.newPage();
    await signIn(page, dashboard!, officer, { lang: 'en' });
    await page.goto(`${dashboard}/mca`);
    const card = page.getByTestId('mca').filter({ hasText: name });
    expect(await card.getByTestId('check-in-state').textContent()).toBe('Check-in overdue');
    expect(await card.getByTestId('commitment-state').textContent()).toBe('Letter ended');
    expect(await card.textContent()).toMatch(/ended on Mar 31, 2026/);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(page);

    // The separators of the summary keep their spaces ("… advisors · 1 … overdue").
    expect(await page.getByTestId('mca-summary').innerText()).toMatch(/advisors? · \d+ /);

    // By keyboard: the check-in moves the card, and the focus goes to what happened.
    await card.getByRole('button', { name: 'Record: By message' }).focus();
    await page.keyboard.press('Enter');
    const done = page.getByRole('status').filter({ hasText: `Check-in with ${name} recorded.` });
    await done.waitFor();
    expect(await done.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(
      await page
        .getByTestId('mca')
        .filter({ hasText: name })
        .getByTestId('check-in-state')
        .textContent(),
    ).toBe('Up to date');
    await context.close();
  });
  it('says "today", not "0 days", for an advisor who joined today and a letter that ends today (es, en)', async () => {
    const name = 'Elena Rojas (ingresó hoy)';
    const token = await logIn(graphql!, officer);
    const add = (advisor: string, joinedOn: string) =>
      gql<{ mcaAdd: { id: string } }>(
        graphql!,
        'mutation($i: McaInput!) { mcaAdd(input: $i) { ... on Mca { id } } }',
        { i: { hub: 'cri_upala', name: advisor, joinedOn } },
        token,
      );
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, dashboard!, officer, { lang: 'es' });
    await page.goto(`${dashboard}/mca`);
    // Today where the hub is: the latest joining day the new-advisor form accepts.
    const today = (await page.locator('#m-joined').getAttribute('max'))!;
    const yesterday = new Date(Date.parse(`${today}T12:00:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 10);
    const added = await add(name, today);
    await gql(
      graphql!,
      'mutation($id: ID!, $s: String!, $u: String!) { mcaLetterRecord(mcaId: $id, signedOn: $s, until: $u) { __typename } }',
      { id: added.mcaAdd.id, s: yesterday, u: today },
      token,
    );
    for (const [lang, joined, ends] of [
      ['es', 'Aún sin contacto: ingresó hoy', 'vence hoy'],
      ['en', 'No check-in yet: joined today', 'ends today'],
    ] as const) {
      await context.addCookies([{ name: 'vt_lang', value: lang, url: dashboard! }]);
      await page.goto(`${dashboard}/mca`);
      const text = (await page.getByTestId('mca').filter({ hasText: name }).innerText()) ?? '';
      expect(text).toContain(joined);
      expect(text).toContain(ends);
      expect(text).not.toMatch(/\b0 d(í|a)/);
    }
    await context.close();
  });

  it('shows an advisor 11 days without a check-in on the home page and in the month’s report findings (es)', async () => {
    const name = 'Ana Solís (prueba 11 días)';
    const token = await logIn(graphql!, officer);
    const added = await gql<{ mcaAdd: { id: string } }>(
      graphql!,
      'mutation($i: McaInput!) { mcaAdd(input: $i) { ... on Mca { id } } }',
      { i: { hub: 'cri_upala', name, community: 'Upala centro', joinedOn: '2026-01-05' } },
      token,
    );
    const mcaId = added.mcaAdd.id;
    await gql(
      graphql!,
      'mutation($id: ID!) { mcaLetterRecord(mcaId: $id, signedOn: "2026-01-05") { __typename } }',
      { id: mcaId },
      token,
    );
    // The last check-in: 20 January, 11 days before the month's end.
    await gql(
      graphql!,
      'mutation($id: ID!) { mcaCheckInRecord(mcaId: $id, on: "2026-01-20", channel: in_person) { __typename } }',
      { id: mcaId },
      token,
    );
    const caseId = (
      await gql<{ cases: { items: { id: string }[] } }>(
        graphql!,
        'query { cases(limit: 1) { items { id } } }',
        {},
        token,
      )
    ).cases.items[0]!.id;

    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, dashboard!, officer, { lang: 'es' });
    // The case the advisor channelled, recorded on its page.
    await page.goto(`${dashboard}/cases/${caseId}`);
    await page
      .getByLabel('Origen')
      .selectOption({ label: 'La canalizó un asesor o asesora comunitaria (MCA)' });
    await page.getByLabel('Asesor o asesora que la canalizó').selectOption({ label: name });
    await page.getByRole('button', { name: 'Guardar el origen' }).click();
    await page.getByRole('status').filter({ hasText: 'Origen guardado.' }).waitFor();
    await page.reload();
    expect(
      await page
        .getByLabel('Asesor o asesora que la canalizó')
        .locator('option:checked')
        .textContent(),
    ).toBe(name);

    // The roster and the home page: the check-in is overdue.
    await page.goto(`${dashboard}/mca`);
    const card = page.getByTestId('mca').filter({ hasText: name });
    expect(await card.getByTestId('check-in-state').textContent()).toBe('Contacto atrasado');
    await page.goto(`${dashboard}/`);
    expect(await page.getByTestId('home-mca-overdue').textContent()).toMatch(
      /^\s*\d+ asesor(es)? comunitarios? con el contacto atrasado\s*$/,
    );

    // The January report: as it stood on 31 January, 11 days without contact.
    await page.goto(`${dashboard}/reports/cri_upala/2026-01`);
    const finding = page.locator('[data-rule="mca_not_contacted"]');
    expect(await finding.textContent()).toMatch(
      /Asesores comunitarios sin contacto.*\d+ asesor(es)? comunitarios? (lleva|llevan) más de 10 días sin contacto/s,
    );
    await expectNoAxeViolations(page);
    await context.close();
  });
});
