import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  gql,
  holdScripts,
  launchBrowser,
  logIn,
  newContext,
  signIn,
  waitForStart,
} from '@ventanilla/testkit';

/**
 * On a slow link people type into the server-rendered page before its scripts arrive. When the
 * scripts start the page, every field must keep what was typed: before this test, the meeting's
 * follow-up fields were emptied, and a required field left empty stopped the form (the cause of
 * a reports.test.ts failure under load). Text areas: onboarding's campaign-edits.test.ts.
 */
const reviewer = { email: 'revisora@demo.ventanilla.org', password: 'demo-revisora-2026' };
const officer = { email: 'oficial.upala@demo.ventanilla.org', password: 'demo-oficial-2026' };
const now = new Date();
// Three months back: reports.test.ts and meeting-asks.test.ts hold meetings of the two before.
const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 3, 1))
  .toISOString()
  .slice(0, 7);

describe('typing before the page starts', () => {
  const { dashboard, graphql } = inject('stack');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let token = '';
  let meetingId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    token = await logIn(graphql, reviewer);
    const opened = await gql<{ meetingOpen: { id: string } }>(
      graphql,
      'mutation($m: String!) { meetingOpen(month: $m) { __typename ... on VerificationMeeting { id } } }',
      { m: month },
      token,
    );
    meetingId = opened.meetingOpen.id;
    context = await newContext(browser, { serviceWorkers: 'block' });
    page = await context.newPage();
    await signIn(page, dashboard!, reviewer);
  });

  afterAll(async () => {
    // An open meeting gives reviewers exact figures of its month: never leave it open.
    if (meetingId)
      await gql(
        graphql,
        'mutation($id: ID!) { meetingClose(id: $id) { __typename } }',
        {
          id: meetingId,
        },
        token,
      );
    await browser?.close();
  });

  /** Opens `path` with its scripts held, lets `type` fill it, then lets the scripts start it. */
  async function typeBeforeStart(path: string, type: () => Promise<void>) {
    const release = await holdScripts(page);
    try {
      await page.goto(`${dashboard}${path}`, { waitUntil: 'commit' });
      await type();
    } finally {
      release();
    }
    await waitForStart(page);
    await page.unrouteAll();
  }

  it('keeps a follow-up typed in the meeting, and adds it', async () => {
    const what = page.getByLabel('Qué');
    await typeBeforeStart(`/verify/${meetingId}/hubs/cri_upala`, async () => {
      await what.fill('Revisar los registros de octubre');
      await page.getByLabel('Responsable').fill('Coordinación Upala');
      await page.getByLabel('Fecha límite').fill(`${now.getUTCFullYear() + 1}-02-01`);
    });
    expect(await what.inputValue()).toBe('Revisar los registros de octubre');
    expect(await page.getByLabel('Responsable').inputValue()).toBe('Coordinación Upala');
    expect(await page.getByLabel('Fecha límite').inputValue()).toBe(
      `${now.getUTCFullYear() + 1}-02-01`,
    );
    await page.getByRole('button', { name: 'Agregar acción de seguimiento' }).click();
    await page.waitForURL((url) => url.searchParams.get('done') === 'followUp');
  });

  it('keeps a search typed in the case list and the directory', async () => {
    await context.close();
    context = await newContext(browser, { serviceWorkers: 'block' });
    page = await context.newPage();
    await signIn(page, dashboard!, officer);
    await typeBeforeStart('/cases', () => page.getByLabel('Buscar').fill('CR-UPA'));
    expect(await page.getByLabel('Buscar').inputValue()).toBe('CR-UPA');
    await typeBeforeStart('/directory', () => page.getByLabel('Buscar').fill('Upala'));
    expect(await page.getByLabel('Buscar').inputValue()).toBe('Upala');
  });
});
