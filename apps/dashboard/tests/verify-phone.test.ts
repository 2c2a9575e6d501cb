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
import { wordsSplitAcrossLines } from '@ventanilla/testkit/layout';

/**
 * An IOM reviewer on a phone (390 px, Spanish) reads a hub of a verification meeting: the
 * table of this month beside the previous ones keeps its caption whole and its month headers
 * unbroken, and scrolls sideways in its own labelled box that the keyboard can reach; nothing
 * else is wider than the screen. The meeting opened here is closed here.
 */
const reviewer = { email: 'revisora@demo.ventanilla.org', password: 'demo-revisora-2026' };
const phone = { width: 390, height: 844 };
const now = new Date();
// Last month: the demo seed covers it, with three months before it.
const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1))
  .toISOString()
  .slice(0, 7);

describe('a meeting hub on a phone (es, 390 px)', () => {
  const { dashboard, graphql } = inject('stack');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let token = '';
  let meetingId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    token = await logIn(graphql, reviewer);
    const opened = await gql<{ meetingOpen: { id?: string } }>(
      graphql,
      'mutation($m: String!) { meetingOpen(month: $m) { ... on VerificationMeeting { id } } }',
      { m: month },
      token,
    );
    meetingId = opened.meetingOpen.id ?? '';
    expect(meetingId).not.toBe('');
    context = await newContext(browser, { viewport: phone });
    page = await context.newPage();
    await signIn(page, dashboard!, reviewer, { lang: 'es' });
  });

  afterAll(async () => {
    if (meetingId)
      await gql(
        graphql,
        'mutation($id: ID!) { meetingClose(id: $id) { __typename } }',
        { id: meetingId },
        token,
      );
    await context?.close();
    await browser?.close();
  });

  it('wraps the caption, splits no header word, and scrolls the table in a focusable box', async () => {
    await page.goto(`${dashboard}/verify/${meetingId}/hubs/mex_tijuana`);
    const table = page.getByRole('table', { name: /^Este mes junto a los anteriores · / });
    await table.waitFor();
    const box = page.getByRole('region', { name: /^Este mes junto a los anteriores · / });

    // The caption is read whole: inside the screen, and not cut by the table's scrolling box.
    const caption = page.getByText(/^Este mes junto a los anteriores · /);
    const cut = await caption.evaluate((c) => {
      const right = c.getBoundingClientRect().right;
      const box = c.closest('[role="region"]')?.getBoundingClientRect().right ?? Infinity;
      return right > Math.min(box, document.documentElement.clientWidth);
    });
    expect(cut).toBe(false);
    // And the phone says that the table goes on sideways.
    expect(await page.getByText('La tabla se desplaza hacia los lados').isVisible()).toBe(true);

    // Month headers ("octubre de 2025") keep their words whole.
    expect(await wordsSplitAcrossLines(table.locator('thead'))).toEqual([]);
    expect(await wordsSplitAcrossLines(page.locator('main'))).toEqual([]);

    // The table is wider than a phone: its own box scrolls, and the keyboard scrolls it.
    const scroll = await box.evaluate((b) => ({ width: b.clientWidth, inner: b.scrollWidth }));
    expect(scroll.inner).toBeGreaterThan(scroll.width);
    expect(await box.getAttribute('tabindex')).toBe('0');
    await box.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => box.evaluate((b) => b.scrollLeft)).toBeGreaterThan(0);

    // Nothing but the table's own box is wider than the screen.
    const wider = await page.evaluate((width) => {
      return [...document.querySelectorAll('body *')]
        .filter((e) => !e.closest('[role="region"][tabindex="0"]'))
        .filter((e) => e.getBoundingClientRect().right > width + 1)
        .map((e) => `${e.tagName.toLowerCase()} ${(e.textContent ?? '').trim().slice(0, 40)}`)
        .slice(0, 5);
    }, phone.width);
    expect(wider).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      phone.width,
    );
    await expectNoAxeViolations(page);
  });
});
