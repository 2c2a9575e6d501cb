import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import {
  expectNoAxeViolations,
  launchBrowser,
  logIn,
  newContext,
  postGraphql,
  signIn,
} from '@ventanilla/testkit';

/**
 * Issue 15, the IOM reviewer's meeting: an agenda of hubs with their state, one hub at a time
 * with previous/next, the message of a refused step taking the keyboard focus, participants
 * and notes, and minutes (page and CSV) that speak the meeting's language with times for
 * people. Spanish on a desktop, English on a phone; the meeting opened here is closed here.
 */
const reviewer = { email: 'revisora@demo.ventanilla.org', password: 'demo-revisora-2026' };
const officer = { email: 'oficial.tijuana@demo.ventanilla.org', password: 'demo-oficial-2026' };

const now = new Date();
// Two months back: the demo seed covers it, and reports.test.ts decides the last month.
const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 1))
  .toISOString()
  .slice(0, 7);
const desktop = { width: 1366, height: 768 };
const phone = { width: 390, height: 844 };
/** What people must never read in minutes: status and step codes, ISO timestamps. */
const rawCodes = /\b(DRAFT|SUBMITTED|RETURNED|VERIFIED|REOPENED|verify|return|reopen)\b/;
const isoTime = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

describe('the verification meeting, hub by hub', () => {
  const { dashboard, graphql } = inject('stack');
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page;
  let meetingUrl = '';

  async function open(viewport: typeof desktop, lang: 'es' | 'en') {
    await context?.close();
    context = await newContext(browser, { viewport });
    page = await context.newPage();
    await signIn(page, dashboard!, reviewer);
    if (lang === 'en')
      await context.addCookies([{ name: 'vt_lang', value: 'en', url: dashboard! }]);
  }

  async function api(who: typeof reviewer, query: string, variables: Record<string, unknown>) {
    return (await postGraphql(graphql, query, variables, await logIn(graphql, who))).data;
  }

  /** The focused element's role and text, once a message has taken the focus. */
  const focused = async () => {
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-focus-message'));
    return page.evaluate(() => ({
      role: document.activeElement?.getAttribute('role') ?? '',
      text: document.activeElement?.textContent?.trim() ?? '',
    }));
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    // The hub submits its report: the meeting can then decide on it.
    const submitted = await api(
      officer,
      `mutation($m: String!) { reportStep(input: { hub: "mex_tijuana", month: $m, action: SUBMIT }) { __typename } }`,
      { m: month },
    );
    expect(submitted.reportStep.__typename).toBe('ReportUpdated');
  });

  afterAll(async () => {
    // Whatever happened above, the meeting opened here does not stay open (exact figures).
    const id = meetingUrl.split('/verify/')[1];
    if (id)
      await api(reviewer, `mutation($id: ID!) { meetingClose(id: $id) { __typename } }`, { id });
    await context?.close();
    await browser?.close();
  });

  it('es, desktop: opens the meeting, lists the hubs with their state, takes one hub and the next; a refused step focuses its message', async () => {
    await open(desktop, 'es');
    await page.goto(`${dashboard}/verify`);
    await page.getByLabel('Mes').selectOption(month);
    await page.getByLabel('Participantes').fill('Ana Pérez (OIM)');
    await page.getByRole('button', { name: 'Abrir la reunión' }).click();
    await page.waitForURL(/\/verify\/[0-9a-f-]{36}$/);
    meetingUrl = page.url();
    // The agenda is served without the app's JavaScript (issue 17, light pages).
    expect(await page.locator('script[src], script[type="module"]').count()).toBe(0);
    expect(await page.locator('link[rel="modulepreload"]').count()).toBe(0);

    // The agenda: every hub once, each with its state in words.
    const agenda = page.getByTestId('agenda');
    const hubs = await agenda.locator('li').evaluateAll((items) =>
      items.map((li) => ({
        code: li.getAttribute('data-hub'),
        name: li.querySelector('a')?.textContent?.trim(),
        status: li.querySelector('[data-status]')?.textContent?.trim(),
      })),
    );
    expect(hubs.length).toBeGreaterThanOrEqual(3);
    expect(hubs.find((h) => h.code === 'mex_tijuana')?.status).toBe('Enviado');
    for (const hub of hubs)
      expect(hub.status).toMatch(/^(Borrador|Enviado|Devuelto|Verificado|Reabierto)/);
    expect(await agenda.textContent()).not.toMatch(rawCodes);
    // The page is no longer every hub's report at once.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(4000);
    await expectNoAxeViolations(page);

    // Take the first hub, then the next.
    await page.getByRole('link', { name: `Empezar por ${hubs[0]!.name}` }).click();
    await page.getByText(`Ventanilla 1 de ${hubs.length}`).waitFor();
    expect(await page.locator('h1').textContent()).toContain(hubs[0]!.name);
    const nav = page.getByRole('navigation', { name: 'Ventanillas de la agenda' });
    await nav.getByRole('link', { name: `Siguiente: ${hubs[1]!.name}` }).click();
    await page.waitForURL((url) => url.pathname.endsWith(`/hubs/${hubs[1]!.code}`));
    await page.getByText(`Ventanilla 2 de ${hubs.length}`).waitFor();
    await nav.getByRole('link', { name: `Anterior: ${hubs[0]!.name}` }).waitFor();
    // Inside the open meeting the figures are exact, and the page says so.
    expect(await page.getByTestId('figures-note').textContent()).toMatch(/Cifras exactas/);

    // A refused step: returning without a comment. The message takes the focus.
    await page.goto(`${meetingUrl}/hubs/mex_tijuana`);
    await page.getByRole('button', { name: 'Devolver con comentarios' }).click();
    await page.getByRole('alert').waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'alert');
    const refused = await focused();
    expect(refused.role).toBe('alert');
    expect(refused.text).toMatch(/motivo/i);
    await expectNoAxeViolations(page);

    await page.getByLabel('Comentario para la ventanilla').fill('Falta la narrativa de tendencias');
    await page.getByRole('button', { name: 'Devolver con comentarios' }).click();
    await page.waitForURL((url) => url.searchParams.get('done') === 'returned');
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'status');
    expect((await focused()).text).toBe('Informe devuelto con comentarios.');
    expect(await page.locator('h1 [data-status]').textContent()).toBe('Devuelto con comentarios');
    await page.getByRole('heading', { name: 'Decisiones de esta reunión' }).waitFor();
    await page.getByText('Falta la narrativa de tendencias').first().waitFor();
  });

  it('en, phone: records attendees and notes, reads the minutes and their CSV, closes the meeting', async () => {
    await open(phone, 'en');
    await page.goto(meetingUrl);
    await page.getByRole('heading', { level: 1, name: /^Verification meeting for/ }).waitFor();
    const tijuana = page.getByTestId('agenda').locator('li[data-hub="mex_tijuana"]');
    expect(await tijuana.textContent()).toMatch(
      /Returned with comments[\s\S]*Decided in this meeting: Return/,
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );

    await page
      .getByLabel('Attendees', { exact: true })
      .fill('Ana Pérez (OIM)\nLuis Mora (Tijuana)');
    await page
      .getByLabel('Meeting notes', { exact: true })
      .fill('Tijuana will add the trends narrative.');
    await page.getByRole('button', { name: 'Save attendees and notes' }).click();
    await page.waitForURL((url) => url.searchParams.get('done') === 'saved');
    expect((await focused()).text).toBe('Attendees and notes saved.');
    await expectNoAxeViolations(page);

    // One hub on a phone: previous/next fit the screen.
    await tijuana.getByRole('link').click();
    await page.getByRole('navigation', { name: 'Hubs on the agenda' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );

    await page.goto(meetingUrl);
    await page.getByRole('link', { name: 'Read the minutes' }).click();
    await page
      .getByRole('heading', { level: 1, name: /^Minutes of the verification meeting/ })
      .waitFor();
    expect(await page.getByTestId('participants').locator('li').allTextContents()).toEqual([
      'Ana Pérez (OIM)',
      'Luis Mora (Tijuana)',
    ]);
    expect(await page.getByTestId('notes').textContent()).toBe(
      'Tijuana will add the trends narrative.',
    );
    const decisions = await page
      .getByTestId('decisions')
      .locator('tbody tr')
      .first()
      .locator('th, td')
      .allTextContents();
    expect(decisions[0]).toMatch(/Tijuana$/);
    expect(decisions[1]).toBe('Return');
    expect(decisions[4]).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{2}:\d{2} [AP]M GMT[-+]\d/);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toMatch(/Times in .+\(GMT[-+]\d+\)/);
    expect(main).not.toMatch(rawCodes);
    expect(main).not.toMatch(isoTime);
    await expectNoAxeViolations(page);

    const csv = await page.request.get(`${meetingUrl}/minutes.csv`);
    expect(csv.headers()['content-disposition']).toMatch(
      /verification-meeting-minutes-\d{4}-\d{2}\.csv/,
    );
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Section,Hub,Subject,Detail,Owner,Due date,Who,When');
    const text = lines.join('\n');
    expect(text).toContain('Meeting,,Attendees,"Ana Pérez (OIM); Luis Mora (Tijuana)"');
    expect(text).toContain('Meeting,,Meeting notes,Tijuana will add the trends narrative.');
    expect(text).toMatch(
      /Agenda,[^,]*Tijuana,Returned with comments,.*Decided in this meeting: Return/,
    );
    expect(text).toMatch(
      /Decision,[^,]*Tijuana,Return,Falta la narrativa de tendencias,,,.+,"?[A-Z][a-z]{2} \d/,
    );
    expect(text).not.toMatch(rawCodes);
    expect(text).not.toMatch(isoTime);

    // Closing: the agenda says so, the forms go, the month's figures are protected again.
    await page.goto(meetingUrl);
    await page.getByRole('button', { name: 'Close the meeting' }).click();
    await page.waitForURL((url) => url.searchParams.get('done') === 'closed');
    expect((await focused()).text).toBe('Meeting closed.');
    await page.getByText('This meeting is closed: its minutes no longer change.').waitFor();
    expect(await page.getByRole('button', { name: 'Save attendees and notes' }).count()).toBe(0);
    await page.goto(`${meetingUrl}/hubs/mex_tijuana`);
    expect(await page.getByTestId('figures-note').textContent()).toMatch(/Figures are protected/);
    expect(await page.getByRole('button', { name: 'Return with comments' }).count()).toBe(0);
  });
});
