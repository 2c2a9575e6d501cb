/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  expectNoAxeViolations,
  launchBrowser,
  logIn,
  newContext,
  postGraphql,
} from '@ventanilla/testkit';

/**
 * What a new staff member asked for (issue #15), in Debian Chromium with axe: sources that name
 * the handbook and its section instead of extraction line numbers (training, PFA, attention
 * routes, campaigns), a scenario finished in the PFA guide ticking its training item, the
 * knowledge-check result showing the chosen answer, and a certificate page that says what is
 * still missing. Spanish and English, desktop and phone, varied across the cases.
 */
const admin = { email: 'admin@demo.ventanilla.org', password: 'demo-admin-2026' };
const coordinator = {
  email: 'coordinadora.cri@demo.ventanilla.org',
  password: 'demo-coordinadora-2026',
};
const officer = {
  email: `staff.${Date.now()}@demo.ventanilla.org`,
  password: 'nuevo-personal-2026',
  name: 'Berta Nueva',
};
const desktop = { width: 1366, height: 768 };
const phone = { width: 390, height: 844 };
/** What a page must never show: line references of the project's text extraction. */
const lineRefs = /000:L|004:L|\(líneas|\(lines\b/;
const hubsEs = 'Fuente: OIM, Manual de ventanillas de información sobre migración, ';
const hubsEn = 'Source: IOM, Information Hubs on Migration handbook, ';

describe('what new staff asked for', () => {
  const { onboarding, graphql } = inject('stack');
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let es: Page;
  let en: Page;
  let officerToken = '';

  /** A page signed in with the given session, in the given language (the app's cookies). */
  async function pageFor(token: string, lang: 'es' | 'en') {
    const context = await newContext(browser, { viewport: desktop });
    contexts.push(context);
    await context.addCookies([
      { name: 'vt_session', value: token, url: onboarding! },
      { name: 'vt_lang', value: lang, url: onboarding! },
    ]);
    return context.newPage();
  }
  const main = (page: Page) => page.locator('main').innerText();

  beforeAll(async () => {
    const adminToken = await logIn(graphql, admin);
    const added = await postGraphql(
      graphql,
      `mutation($i: UserAddInput!) { userAdd(input: $i) { __typename } }`,
      {
        i: {
          email: officer.email,
          name: officer.name,
          role: 'HUB_OFFICER',
          hubCodes: ['cri_upala'],
          password: officer.password,
        },
      },
      adminToken,
    );
    expect(added.data.userAdd.__typename).toBe('User');
    officerToken = await logIn(graphql, officer);
    browser = await launchBrowser();
    es = await pageFor(officerToken, 'es');
    en = await pageFor(officerToken, 'en');
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('es · desktop: training, PFA and attention pages name the handbook and section, no line numbers', async () => {
    await es.setViewportSize(desktop);
    const pages: [string, string][] = [
      ['/training', `${hubsEs}anexo 2`],
      ['/training/pfa.scenario.family', `${hubsEs}anexo 2, conectar y terminar la ayuda`],
      ['/routes/four-step', `${hubsEs}función 1, ruta de 4 pasos`],
      ['/pfa/card', `${hubsEs}anexo 2`],
    ];
    for (const [path, source] of pages) {
      await es.goto(`${onboarding}${path}`);
      expect(await main(es), path).toContain(source);
      expect(await es.content(), path).not.toMatch(lineRefs);
      if (path === '/training') await expectNoAxeViolations(es);
    }
  });

  it('en · phone: a campaign plan and a PFA page name Annex 4 and Annex 2 in English', async () => {
    const token = await logIn(graphql, coordinator);
    const created = await postGraphql(
      graphql,
      `mutation { campaignCreate(hub: "cri_upala", title: "Safe migration in Upala") {
        __typename ... on CampaignSaved { campaign { id } } } }`,
      {},
      token,
    );
    const id = created.data.campaignCreate.campaign.id as string;
    const coord = await pageFor(token, 'en');
    await coord.setViewportSize(phone);
    await coord.goto(`${onboarding}/campaigns/${id}`);
    const text = await main(coord);
    expect(text).toContain(`${hubsEn}Annex 4, Step 2.1.`);
    expect(text).toContain(`${hubsEn}Annex 4, Steps 2.4 and 2.6.`);
    expect(await coord.content()).not.toMatch(lineRefs);

    await en.setViewportSize(phone);
    await en.goto(`${onboarding}/pfa/observe`);
    expect(await main(en)).toContain(`${hubsEn}Annex 2`);
    expect(await en.content()).not.toMatch(lineRefs);
  });

  it('es · phone: finishing a scenario in the PFA guide ticks its training item', async () => {
    await es.setViewportSize(phone);
    await es.goto(`${onboarding}/training/pfa.scenario.family`);
    expect(await es.getByTestId('item-status').innerText()).toMatch(/Sin empezar/);

    await es.goto(`${onboarding}/pfa/scenarios/pfa_family`);
    await es.getByRole('link', { name: /La necesidad básica urgente/ }).click();
    await es.getByRole('link', { name: /Dice lo que sabe/ }).click();
    await es.getByRole('link', { name: /Explica que su ayuda termina/ }).click();
    await es.getByRole('heading', { name: 'Final del caso' }).waitFor();
    // The ending follows the handbook: one case form per person attended, not per adult.
    expect(await main(es)).toContain('un formulario de casos por cada persona atendida');
    await es.getByRole('button', { name: 'Marcar la práctica como hecha' }).click();
    const ticked = es.getByTestId('scenario-ticked');
    expect(await ticked.innerText()).toMatch(/Práctica marcada como hecha en su formación/);
    // The ending stays on screen after the post.
    await es.getByRole('heading', { name: 'Final del caso' }).waitFor();
    await expectNoAxeViolations(es);

    await ticked.getByRole('link', { name: 'Práctica: una familia tras un asalto' }).click();
    await es.waitForURL(/\/training\/pfa\.scenario\.family/);
    // Said once, with its date (it read "Completado · Completado el …").
    expect(await es.getByTestId('item-status').innerText()).toMatch(
      /^Completado el \d{1,2} de \p{L}+ de \d{4}$/u,
    );
    const my = await postGraphql(
      graphql,
      '{ myTraining { items { itemId status } } }',
      {},
      officerToken,
    );
    const item = my.data.myTraining.items.find((i: any) => i.itemId === 'pfa.scenario.family');
    expect(item.status).toBe('COMPLETED');
  });

  it('en · desktop: the knowledge-check result shows the chosen answer beside the right one', async () => {
    await en.setViewportSize(desktop);
    await en.goto(`${onboarding}/training/form_data.check`);
    const family = en.getByRole('group', { name: /How many case forms do you fill in/ });
    await family.getByLabel('One', { exact: true }).check();
    // A half-filled check is sent back without using one of the three attempts.
    await en.getByRole('button', { name: 'Submit answers' }).click();
    await en.getByRole('alert').filter({ hasText: 'Answer every question' }).waitFor();
    expect(await en.locator('body').innerText()).toMatch(/Attempts left: 3\./);
    await en
      .getByRole('group', { name: /How many case forms do you fill in/ })
      .getByLabel('One', { exact: true })
      .check();
    for (const fieldset of await en.locator('form.quiz fieldset').all())
      if (!(await fieldset.locator('input:checked').count()))
        await fieldset.locator('input').first().check();
    await en.getByRole('button', { name: 'Submit answers' }).click();
    await en.getByRole('status').filter({ hasText: 'Not passed' }).waitFor();
    const result = en.locator('.results > li', { hasText: 'How many case forms' });
    // The verdict is said in words, not only in colour.
    expect(await result.innerText()).toMatch(/✗\s*Wrong\./);
    expect(await result.getByTestId('quiz-chosen').innerText()).toBe('Your answer: One');
    expect(await result.getByTestId('quiz-correct').innerText()).toBe('Right answer: Two');
    await expectNoAxeViolations(en);
  });

  it('es · desktop: a coordinator gives a knowledge check with no attempts left its three again', async () => {
    const { findItem } = await import('@ventanilla/domain/training/index');
    const { answersOf } = await import('@ventanilla/domain/training/answers');
    const found = findItem({ id: 'hub_basics.check' })!.item;
    if (found.type !== 'quiz') throw new Error('hub_basics.check is a knowledge check');
    const key = answersOf({ itemId: found.id });
    const wrong = found.check.questions.map((q) => ({
      questionId: q.id,
      optionIds: [q.options.find((o) => !key[q.id]!.correct.includes(o.id))!.id],
    }));
    const SUBMIT = `mutation($a: [TrainingAnswerInput!]!) { trainingSubmitCheck(itemId: "hub_basics.check", answers: $a) { __typename } }`;
    for (let i = 0; i < 3; i++) await postGraphql(graphql, SUBMIT, { a: wrong }, officerToken);
    const me = (await postGraphql(graphql, '{ me { id } }', {}, officerToken)).data.me.id;

    const page = await pageFor(await logIn(graphql, coordinator), 'es');
    await page.goto(`${onboarding}/team/${me}`);
    const row = page.locator('tr[data-item="hub_basics.check"]');
    expect(await row.innerText()).toMatch(/Sin intentos/);
    await expectNoAxeViolations(page);
    await row.getByRole('button', { name: /^Reiniciar intentos de «/ }).click();
    await page.getByRole('status').filter({ hasText: 'Intentos reiniciados' }).waitFor();
    expect(await page.locator('tr[data-item="hub_basics.check"]').innerText()).not.toMatch(
      /Sin intentos/,
    );
    const after = await postGraphql(
      graphql,
      '{ myTraining { items { itemId attemptsLeft } } }',
      {},
      officerToken,
    );
    const item = after.data.myTraining.items.find((i: any) => i.itemId === 'hub_basics.check');
    expect(item.attemptsLeft).toBe(3);
  });

  it('es · desktop and en · phone: the certificate page shows progress and the missing steps', async () => {
    const my = await postGraphql(graphql, '{ myTraining { total completed } }', {}, officerToken);
    const { total, completed } = my.data.myTraining;

    await es.setViewportSize(desktop);
    await es.goto(`${onboarding}/training/certificate`);
    expect(await es.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Certificado de formación inicial',
    );
    expect(await main(es)).toContain(`Pasos completados: ${completed} de ${total}`);
    await es
      .getByRole('heading', { level: 2, name: `Le faltan ${total - completed} pasos` })
      .waitFor();
    const missing = es.getByTestId('cert-missing-item');
    expect(await missing.count()).toBe(total - completed);
    expect(await main(es)).not.toContain('Práctica: una familia tras un asalto');
    const review = missing.filter({ hasText: 'Repaso: registro y datos' });
    expect(await review.innerText()).toMatch(/En curso/);
    await expectNoAxeViolations(es);
    await review.getByRole('link', { name: 'Repaso: registro y datos' }).click();
    await es.waitForURL(/\/training\/form_data\.check$/);

    await en.setViewportSize(phone);
    await en.goto(`${onboarding}/training/certificate`);
    await en.getByRole('heading', { level: 2, name: `${total - completed} steps to go` }).waitFor();
    await en.getByRole('link', { name: 'Hub functions and types' }).click();
    await en.waitForURL(/\/training\/hub_basics\.read$/);
    expect(await en.getByRole('heading', { level: 1 }).innerText()).toBe('Hub functions and types');
  });
  it('es · desktop and en · phone: the directory item’s evidence names the hub, not its code', async () => {
    const hubs = await postGraphql(graphql, '{ hubs { code name } }', {}, officerToken);
    const upala = (hubs.data.hubs as { code: string; name: string }[]).find(
      (h) => h.code === 'cri_upala',
    )!;
    for (const [page, lang, viewport] of [
      [es, 'es', desktop],
      [en, 'en', phone],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.goto(`${onboarding}/training/directory.sectors`);
      // The demo directory of cri_upala has every sector the item asks for.
      const evidence = page.getByText(/^(Evidencia: directorio|Evidence: directory)/u);
      expect(await evidence.textContent()).toBe(
        lang === 'es'
          ? `Evidencia: directorio de la ventanilla ${upala.name}`
          : `Evidence: directory of hub ${upala.name}`,
      );
      expect(await main(page)).not.toContain('cri_upala');
      await expectNoAxeViolations(page);
    }
  });
});
