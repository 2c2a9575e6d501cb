/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */
import type { Browser, BrowserContext, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  expectNoAxeViolations,
  launchBrowser,
  logIn,
  newContext,
  postGraphql,
} from '@ventanilla/testkit';

/**
 * What a reviewer found walking the app in Chromium: completion dates in the hub's time zone
 * (the server runs in UTC), the team page's intro naming the mark its rows show, the
 * knowledge-check page flagging an overdue step as the training list does, and the PFA
 * scenario's "done" form posting to a named action that leaves a clean address behind.
 */
const admin = { email: 'admin@demo.ventanilla.org', password: 'demo-admin-2026' };
const coordinator = {
  email: 'coordinadora.cri@demo.ventanilla.org',
  password: 'demo-coordinadora-2026',
};
/** The demo officer of Upala, who started 9 days before the seed (so some steps are late). */
const lateOfficer = { email: 'oficial.upala@demo.ventanilla.org', password: 'demo-oficial-2026' };
const newOfficer = {
  email: `review.${Date.now()}@demo.ventanilla.org`,
  password: 'revision-personal-2026',
  name: 'Carla Revisión',
};
/** The deployment's zone when ONBOARDING_TIME_ZONE is not set (the stack sets none). */
const hubTimeZone = 'America/Costa_Rica';
const phone = { width: 390, height: 844 };
const desktop = { width: 1366, height: 768 };

describe('what the reviewer found', () => {
  const { onboarding, graphql } = inject('stack');
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let newToken = '';

  /** A page signed in with the given session, in the given language and window size. */
  async function pageFor(
    token: string,
    lang: 'es' | 'en',
    viewport: { width: number; height: number },
  ) {
    const context = await newContext(browser, { viewport });
    contexts.push(context);
    await context.addCookies([
      { name: 'vt_session', value: token, url: onboarding! },
      { name: 'vt_lang', value: lang, url: onboarding! },
    ]);
    return context.newPage();
  }

  beforeAll(async () => {
    const adminToken = await logIn(graphql, admin);
    const added = await postGraphql(
      graphql,
      `mutation($i: UserAddInput!) { userAdd(input: $i) { __typename } }`,
      {
        i: {
          email: newOfficer.email,
          name: newOfficer.name,
          role: 'HUB_OFFICER',
          hubCodes: ['cri_upala'],
          password: newOfficer.password,
        },
      },
      adminToken,
    );
    expect(added.data.userAdd.__typename).toBe('User');
    newToken = await logIn(graphql, newOfficer);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('es · phone: “done” on a PFA scenario posts to ?/finish and leaves a clean address', async () => {
    const page = await pageFor(newToken, 'es', phone);
    await page.goto(`${onboarding}/pfa/scenarios/pfa_family`);
    await page.getByRole('link', { name: /La necesidad básica urgente/ }).click();
    await page.getByRole('link', { name: /Dice lo que sabe/ }).click();
    await page.getByRole('link', { name: /Explica que su ayuda termina/ }).click();
    await page.getByRole('heading', { name: 'Final del caso' }).waitFor();
    const ending = new URL(page.url());
    const path = ending.searchParams.get('path')!;
    expect(path.split('.')).toHaveLength(3);

    const button = page.getByRole('button', { name: 'Marcar la práctica como hecha' });
    const form = button.locator('xpath=ancestor::form');
    expect(await form.getAttribute('action')).toBe('?/finish');
    expect(await form.locator('input[type="hidden"][name="path"]').inputValue()).toBe(path);

    await button.click();
    const ticked = page.getByTestId('scenario-ticked');
    expect(await ticked.innerText()).toMatch(/Práctica marcada como hecha en su formación/);
    // After the post the browser was sent on to the ending itself: nothing to post again.
    const after = new URL(page.url());
    expect(after.pathname).toBe('/pfa/scenarios/pfa_family');
    expect([...after.searchParams.keys()]).toEqual(['path']);
    expect(after.searchParams.get('path')).toBe(path);

    const posts: Request[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(request);
    });
    await page.reload();
    expect(posts).toEqual([]);
    // The ending and the training item's tick are still there after a reload.
    await page.getByRole('heading', { name: 'Final del caso' }).waitFor();
    expect(await page.getByTestId('scenario-ticked').innerText()).toMatch(
      /Práctica marcada como hecha en su formación/,
    );
    await expectNoAxeViolations(page);

    const my = await postGraphql(
      graphql,
      '{ myTraining { items { itemId status } } }',
      {},
      newToken,
    );
    const item = my.data.myTraining.items.find((i: any) => i.itemId === 'pfa.scenario.family');
    expect(item.status).toBe('COMPLETED');
  });

  it('en · phone: the training list dates a completed step by the hub’s day, not UTC’s', async () => {
    const done = await postGraphql(
      graphql,
      'mutation { trainingCompleteItem(itemId: "hub_basics.read") { __typename } }',
      {},
      newToken,
    );
    expect(done.data.trainingCompleteItem.__typename).toBe('TrainingItemProgress');
    const my = await postGraphql(
      graphql,
      '{ myTraining { items { itemId status completedAt } } }',
      {},
      newToken,
    );
    const item = my.data.myTraining.items.find((i: any) => i.itemId === 'hub_basics.read');
    // The day as people in the hub live it (a late-evening step in Upala is already tomorrow
    // in UTC, where the server runs).
    const hubDay = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: hubTimeZone });
    const expected = hubDay.format(new Date(item.completedAt));

    const page = await pageFor(newToken, 'en', phone);
    await page.goto(`${onboarding}/training`);
    const row = page.locator('li', {
      has: page.getByRole('link', { name: 'Hub functions and types', exact: true }),
    });
    expect(await row.innerText()).toMatch(/Completed/);
    expect(await row.innerText()).toContain(expected);

    await page.goto(`${onboarding}/training/hub_basics.read`);
    expect(await page.getByTestId('item-status').innerText()).toContain(expected);
  });

  it('es · phone: the knowledge-check page flags an overdue step as the training list does', async () => {
    const token = await logIn(graphql, lateOfficer);
    const my = await postGraphql(
      graphql,
      '{ myTraining { items { itemId type status overdue } } }',
      {},
      token,
    );
    const late = (my.data.myTraining.items as any[]).filter((i) => i.overdue);
    // The demo seed started this officer 9 days ago: some steps are late, a check among them.
    const check = late.find((i) => i.type === 'quiz') ?? late[0];
    expect(check).toBeTruthy();

    const page = await pageFor(token, 'es', phone);
    await page.goto(`${onboarding}/training`);
    const title = await page.locator(`a[href$="/training/${check.itemId}"]`).first().innerText();
    const row = page.locator('li', { has: page.getByRole('link', { name: title, exact: true }) });
    // The state and the deadline read as two things: "Sin empezar · Atrasado".
    expect(await row.innerText()).toMatch(/(Sin empezar|En curso) · Atrasado/);

    await page.goto(`${onboarding}/training/${check.itemId}`);
    const status = await page.getByTestId('item-status').innerText();
    expect(status).toMatch(/Atrasado/);
    expect(status).not.toMatch(/Para el/);
    await expectNoAxeViolations(page);
  });

  it('es · phone and en · desktop: an officer’s own overdue step names its due date', async () => {
    const token = await logIn(graphql, lateOfficer);
    const my = await postGraphql(
      graphql,
      '{ myTraining { items { itemId overdue dueAt } } }',
      {},
      token,
    );
    const late = (my.data.myTraining.items as any[]).find((i) => i.overdue);
    expect(late).toBeTruthy();
    for (const [lang, viewport, words] of [
      ['es', phone, 'Atrasado: vencía el'],
      ['en', desktop, 'Overdue: was due'],
    ] as const) {
      // The day in words, as the coordinator's page gives it for the same step.
      const day = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: hubTimeZone });
      const expected = `${words} ${day.format(new Date(late.dueAt))}`;
      const page = await pageFor(token, lang, viewport);
      await page.goto(`${onboarding}/training`);
      const title = await page.locator(`a[href$="/training/${late.itemId}"]`).first().innerText();
      const row = page.locator('li', { has: page.getByRole('link', { name: title, exact: true }) });
      expect(await row.innerText()).toContain(expected);
      await page.goto(`${onboarding}/training/${late.itemId}`);
      expect(await page.getByTestId('item-status').innerText()).toContain(expected);
      await expectNoAxeViolations(page);
    }
  });

  it('es · phone and en · desktop: the team page’s intro names the mark its rows show', async () => {
    const token = await logIn(graphql, coordinator);
    for (const [lang, viewport] of [
      ['es', phone],
      ['en', desktop],
    ] as const) {
      const page = await pageFor(token, lang, viewport);
      await page.goto(`${onboarding}/team`);
      const summary = await page.getByTestId('late-summary').innerText();
      const named = /[«“](.+?)[»”]/.exec(summary)?.[1];
      expect(named, summary).toBeTruthy();
      // What the intro names is there in the table, word for word.
      const headers = await page.locator('thead th').allInnerTexts();
      expect(
        headers.map((h) => h.trim()),
        summary,
      ).toContain(named);
      if (lang === 'es') expect(summary).toMatch(/del equipo tienen? pasos atrasados/);
      await expectNoAxeViolations(page);
    }
  });
});
