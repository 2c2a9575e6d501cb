import type { Browser, BrowserContext, Page } from 'playwright-core';
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
 * Issue 16 item 3, "works offline like the case form": the officer signs in, loses the
 * connection, opens the follow-up worklist (the last list read, sealed on the device, with its
 * age), closes a referral with its outcome (queued), and back online the close reaches the
 * server once, through the same mutation with an idempotency key. Two closes made offline meet a
 * referral that changed meanwhile and are explained. Sign-out clears the saved list.
 * Referrals are sent on 2026-01-05 (follow-up 2026-01-13): overdue on any day after.
 */
const officer = { email: 'oficial.upala@demo.ventanilla.org', password: 'demo-oficial-2026' };
const run = `Fuo${Date.now().toString(36)}`;
const names = {
  closedOffline: `${run} Albergue municipal`,
  closedMeanwhile: `${run} Fiscalía de turno`,
  movedMeanwhile: `${run} Clínica comunitaria`,
};

describe('the follow-up worklist without a connection', () => {
  const { dashboard, graphql } = inject('stack');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let token = '';
  let caseId = '';
  const ids: Record<keyof typeof names, string> = {
    closedOffline: '',
    closedMeanwhile: '',
    movedMeanwhile: '',
  };
  const errors: string[] = [];

  /** The API's data for `query` asked as the officer (set up in beforeAll). */
  const asOfficer = <T>(query: string, variables: Record<string, unknown>) =>
    gql<T>(graphql!, query, variables, token);

  /** A referral of the officer's case, sent on 2026-01-05 (version 2). */
  async function sendReferral(institution: string): Promise<string> {
    const added = await asOfficer<{ referralAdd: { id: string } }>(
      'mutation($i: ReferralInput!) { referralAdd(input: $i) { ... on Referral { id } } }',
      { i: { caseId, institution, consentToRefer: true, consentToShare: true } },
    );
    const id = added.referralAdd.id;
    await asOfficer(
      'mutation($id: ID!) { referralMove(id: $id, baseVersion: 1, to: sent, on: "2026-01-05") { __typename } }',
      { id },
    );
    return id;
  }

  /** Rows of an IndexedDB store of the offline layer, without their sealed part. */
  const storeRows = (store: string) =>
    page.evaluate(async (name) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('vt-offline');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      if (!db.objectStoreNames.contains(name)) return [];
      const rows = await new Promise<Record<string, unknown>[]>((resolve) => {
        const r = db.transaction(name).objectStore(name).getAll();
        r.onsuccess = () => resolve(r.result as Record<string, unknown>[]);
      });
      db.close();
      return rows.map((row) => ({ ...row, sealed: undefined }));
    }, store);

  const card = (name: string) => page.getByTestId('follow-up').filter({ hasText: name });
  const queued = (name: string) => page.getByTestId('queued-close').filter({ hasText: name });

  beforeAll(async () => {
    token = await logIn(graphql!, officer);
    caseId = await recordExampleCase(graphql!, token);
    for (const key of Object.keys(names) as (keyof typeof names)[])
      ids[key] = await sendReferral(names[key]);
    browser = await launchBrowser();
    context = await newContext(browser);
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('after sign-in keeps the worklist sealed on the device and only an empty shell in the page cache', async () => {
    await signIn(page, dashboard!, officer);
    await page.getByTestId('pending-count').waitFor();
    const shell = () =>
      page.evaluate(async () => {
        const pages = [];
        for (const name of await caches.keys()) {
          if (!name.startsWith('vt-dashboard-pages')) continue;
          const cache = await caches.open(name);
          for (const path of ['/follow-ups', '/follow-ups/__data.json']) {
            const hit = await cache.match(new URL(path, location.origin).href);
            if (hit) pages.push(await hit.text());
          }
        }
        return pages;
      });
    await expect.poll(async () => (await shell()).length, { timeout: 30_000 }).toBe(4);
    for (const text of await shell()) expect(text).not.toContain(run);
    await expect.poll(async () => (await storeRows('worklist')).length).toBe(1);
    expect(JSON.stringify(await storeRows('worklist'))).not.toContain(run);
  });

  it('offline, shows the saved list with its age and closes a referral with its outcome, queued', async () => {
    await context.setOffline(true);
    await page.goto(`${dashboard}/follow-ups`);
    await page.getByRole('heading', { level: 1, name: 'Seguimientos pendientes' }).waitFor();
    const note = page.getByTestId('saved-list-note');
    await expect
      .poll(() => note.textContent())
      .toMatch(
        /Sin conexión\. Esta es la lista guardada en este equipo el .+ \((hace un momento|hace 1 minuto|hace \d+ minutos)\)\./,
      );
    expect(await note.textContent()).toMatch(/solo se puede cerrar una referencia/);
    expect(await card(names.closedOffline).textContent()).toMatch(/13 ene 2026.*hace \d+ días/s);
    expect(await card(names.closedOffline).textContent()).toMatch(/Ver el caso necesita conexión/);
    // The steps before a close (received, attended) need the server: the saved list offers none,
    // and its note says so.
    expect(await note.textContent()).toMatch(
      /Marcarla como recibida o atendida.*necesita conexión/,
    );
    expect(
      await card(names.closedOffline)
        .getByRole('button', { name: /^Marcar como/ })
        .count(),
    ).toBe(0);
    await expectNoAxeViolations(page);

    // The same two steps as online: the outcome, then the button.
    await card(names.closedOffline).getByLabel('Resultado').selectOption({ label: 'Resuelta' });
    await card(names.closedOffline).getByRole('button', { name: 'Cerrar referencia' }).click();
    await card(names.closedOffline).getByTestId('queued-badge').waitFor();
    expect(await queued(names.closedOffline).textContent()).toMatch(
      /Pendiente de envío: resuelta\. Se enviará al volver la conexión\./,
    );
    // With the keyboard alone.
    const other = card(names.closedMeanwhile);
    await other.getByLabel('Resultado').focus();
    await page.keyboard.press('ArrowDown');
    await other.getByLabel('Nota breve (opcional)').focus();
    await page.keyboard.type('Llamada sin respuesta');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await other.getByTestId('queued-badge').waitFor();
    await card(names.movedMeanwhile).getByLabel('Resultado').selectOption({ label: 'No resuelta' });
    await card(names.movedMeanwhile).getByRole('button', { name: 'Cerrar referencia' }).click();
    await card(names.movedMeanwhile).getByTestId('queued-badge').waitFor();

    expect(await page.getByTestId('queued-closes').textContent()).toMatch(
      /3 cierres de referencia por enviar/,
    );
    expect(await page.getByTestId('closes-count').textContent()).toMatch(
      /3 cierres de referencia pendientes de envío/,
    );
    // Only closes wait: the banner does not also say that nothing is pending.
    expect(await page.getByTestId('offline-status').textContent()).not.toMatch(/Ningún registro/);
    await expectNoAxeViolations(page);
    // Sealed: no institution, outcome or note in clear on the device.
    const clear = JSON.stringify(await storeRows('closes'));
    expect(clear).not.toContain(run);
    expect(clear).not.toMatch(/resolved|not_resolved|Llamada/);

    // The pending page lists them too: nothing waiting to be sent is out of sight there.
    await page.goto(`${dashboard}/pending`);
    await expect
      .poll(() => page.getByTestId('queued-closes').textContent())
      .toMatch(/3 cierres de referencia por enviar/);
    await page.goto(`${dashboard}/follow-ups`);
    await card(names.closedOffline).getByTestId('queued-badge').waitFor();
  });

  it('meanwhile someone closes one referral and moves another on (through the API)', async () => {
    await asOfficer(
      'mutation($id: ID!) { referralMove(id: $id, baseVersion: 2, to: closed, on: "2026-01-20", outcome: declined) { __typename } }',
      { id: ids.closedMeanwhile },
    );
    await asOfficer(
      'mutation($id: ID!) { referralMove(id: $id, baseVersion: 2, to: attended, on: "2026-01-21") { __typename } }',
      { id: ids.movedMeanwhile },
    );
  });

  it('back online the close reaches the server once; the two others say why they were not sent', async () => {
    const keyOf = (rows: Record<string, unknown>[], id: string) =>
      String(rows.find((row) => row.referralId === id)?.id);
    const key = keyOf(await storeRows('closes'), ids.closedOffline);
    await context.setOffline(false);
    await page.evaluate(() => dispatchEvent(new Event('online')));
    await expect.poll(() => queued(names.closedOffline).count(), { timeout: 30_000 }).toBe(0);
    await expect
      .poll(() => queued(names.closedMeanwhile).getAttribute('data-status'))
      .toBe('alreadyClosed');
    expect(await queued(names.closedMeanwhile).textContent()).toMatch(
      /Alguien ya cerró esta referencia \(la persona no aceptó, 20 ene 2026\)\. Su cierre no se envió/,
    );
    await expect
      .poll(() => queued(names.movedMeanwhile).getAttribute('data-status'))
      .toBe('changed');
    expect(await queued(names.movedMeanwhile).textContent()).toMatch(
      /cambió después de guardar la lista \(ahora: atendida\)/,
    );
    await expectNoAxeViolations(page);

    // A retry of the same close (an answer lost on the way) is answered as closed, not refused.
    const retry = await page.evaluate(
      async ({ key, id }) => {
        const response = await fetch('/offline/referral-close', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            clientKey: key,
            id,
            version: 2,
            outcome: 'resolved',
            note: null,
            on: '2026-02-01',
          }),
        });
        return response.json();
      },
      { key, id: ids.closedOffline },
    );
    expect(retry).toEqual({ status: 'closed', outcome: 'resolved' });

    // The officer decides: close the one that moved on anyway, and dismiss the other notice.
    await queued(names.movedMeanwhile)
      .getByRole('button', { name: 'Cerrarla de todos modos' })
      .click();
    await expect.poll(() => queued(names.movedMeanwhile).count(), { timeout: 20_000 }).toBe(0);
    await queued(names.closedMeanwhile).getByRole('button', { name: 'Quitar el aviso' }).click();
    await expect.poll(() => page.getByTestId('queued-close').count()).toBe(0);

    // After a reload, from the server: none of the three is due any more.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Seguimientos pendientes' }).waitFor();
    expect(await page.getByTestId('saved-list-note').count()).toBe(0);
    for (const name of Object.values(names)) expect(await card(name).count()).toBe(0);
    // The case page shows the offline close, once, with its outcome.
    await page.goto(`${dashboard}/cases/${caseId}`);
    const closedCard = page
      .locator('li, article, section')
      .filter({ hasText: names.closedOffline });
    await expect
      .poll(async () => (await closedCard.last().textContent()) ?? '')
      .toMatch(/Resuelta/);
    const audit = await asOfficer<{
      referrals: { id: string; state: string; outcome: string; version: number }[];
    }>('query($c: ID!) { referrals(caseId: $c) { id state outcome version } }', { c: caseId });
    expect(audit.referrals.find((r) => r.id === ids.closedOffline)).toMatchObject({
      state: 'closed',
      outcome: 'resolved',
      version: 3,
    });
    expect(audit.referrals.find((r) => r.id === ids.movedMeanwhile)).toMatchObject({
      state: 'closed',
      outcome: 'not_resolved',
    });
  });

  it('reads in English offline, with the age in English', async () => {
    await page.goto(`${dashboard}/follow-ups`);
    await context.addCookies([{ name: 'vt_lang', value: 'en', url: dashboard! }]);
    await context.setOffline(true);
    await page.goto(`${dashboard}/follow-ups`);
    await page.getByRole('heading', { level: 1, name: 'Follow-ups due' }).waitFor();
    await expect
      .poll(() => page.getByTestId('saved-list-note').textContent())
      .toMatch(
        /No connection\. This is the list saved on this device on .+ \((just now|1 minute ago|\d+ minutes ago)\)\./,
      );
    await expectNoAxeViolations(page);
    await context.setOffline(false);
    await context.addCookies([{ name: 'vt_lang', value: 'es', url: dashboard! }]);
  });

  it('sign-out clears the saved list from the device', async () => {
    await page.goto(`${dashboard}/follow-ups`);
    await expect.poll(async () => (await storeRows('worklist')).length).toBe(1);
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await page.waitForURL(/\/signin/);
    await expect.poll(async () => (await storeRows('worklist')).length).toBe(0);
    expect(await storeRows('closes')).toEqual([]);
    expect(errors).toEqual([]);
  });
});
