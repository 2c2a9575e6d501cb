import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exampleCase } from '@ventanilla/domain';
import {
  expectNoAxeViolations,
  launchBrowser,
  logIn,
  newContext,
  postGraphql,
  signIn,
} from '@ventanilla/testkit';

/**
 * A new officer's first days in the onboarding app, in Debian Chromium, with axe on every page:
 * a module with a knowledge check (failed once, then passed), a sign-off by the coordinator,
 * the printable certificate, and the first recorded case ticking its item by itself.
 */
const admin = { email: 'admin@demo.ventanilla.org', password: 'demo-admin-2026' };
const coordinator = {
  email: 'coordinadora.cri@demo.ventanilla.org',
  password: 'demo-coordinadora-2026',
};
const officer = {
  email: `nueva.${Date.now()}@demo.ventanilla.org`,
  password: 'nueva-oficial-2026',
  name: 'Ana Nueva',
};

describe('onboarding journey', () => {
  const { onboarding, graphql } = inject('stack');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let officerToken = '';

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
    context = await newContext(browser);
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('a new officer signs in and sees the training home', async () => {
    await signIn(page, onboarding!, officer, { timeout: 60_000 });
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Formación inicial' }).click();
    await page.waitForURL(/\/training$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Formación inicial');
    await expectNoAxeViolations(page);
  });

  it('works through a module: reads a page, fails the check once, then passes', async () => {
    await page.goto(`${onboarding}/training/hub_basics.read`);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Marcar como leído' }).click();
    await expect(page.getByTestId('item-status').textContent()).resolves.toMatch(/Completado/);

    await page.goto(`${onboarding}/training/hub_basics.check`);
    await expectNoAxeViolations(page);
    await page.getByLabel('Emisión de visas, transporte y alojamiento').check();
    // Every question needs an answer (a blank one uses no attempt): the first option elsewhere.
    for (const fieldset of await page.locator('form.quiz fieldset').all())
      if (!(await fieldset.locator('input:checked').count()))
        await fieldset.locator('input').first().check();
    await page.getByRole('button', { name: 'Enviar respuestas' }).click();
    await page.getByRole('status').filter({ hasText: 'No aprobado' }).waitFor();
    expect(await page.textContent('main')).toMatch(/Respuesta correcta: Asesoría y remisión/);
    await expectNoAxeViolations(page);

    await page
      .getByLabel('Asesoría y remisión, recolección de información, sensibilización')
      .check();
    await page.getByLabel(/El personal que sale al terreno/).check();
    for (const label of [
      'Personal formado',
      'Un directorio local de referencia',
      'Procedimientos de protección de datos',
    ])
      await page.getByLabel(label).check();
    await page.getByRole('button', { name: 'Enviar respuestas' }).click();
    await page.getByRole('status').filter({ hasText: 'Aprobado' }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('practises a scenario with feedback on each choice', async () => {
    await page.goto(`${onboarding}/training/pfa.scenario.crying`);
    await page.getByRole('link', { name: /La llama a su escritorio/ }).click();
    await page.locator('.feedback-poor').waitFor();
    expect(await page.textContent('main')).toMatch(/Mejor no/);
    await page.getByRole('link', { name: /Se acerca, se presenta/ }).click();
    await page.getByRole('link', { name: /espacio privado/ }).click();
    await page.getByRole('link', { name: /Se queda cerca/ }).click();
    await page.getByRole('link', { name: /busca con ella un albergue/ }).click();
    await page.getByRole('heading', { name: 'Final del caso' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Marcar la práctica como hecha' }).click();
    await expect(page.getByTestId('item-status').textContent()).resolves.toMatch(/Completado/);
  });

  it('asks for a sign-off that the coordinator approves', async () => {
    await page.goto(`${onboarding}/training/pfa.signoff`);
    await page.getByRole('button', { name: 'Pedir la firma' }).click();
    await page.getByText(/Firma pedida el/).waitFor();
    await expectNoAxeViolations(page);

    const coordContext = await newContext(browser);
    const previous = page;
    page = await coordContext.newPage();
    try {
      await signIn(page, onboarding!, coordinator, { timeout: 60_000 });
      await page.goto(`${onboarding}/team`);
      await expectNoAxeViolations(page);
      const card = page.locator('.card', { hasText: officer.name });
      await card.getByRole('button', { name: /Firmar/ }).click();
      await page.getByRole('status').filter({ hasText: 'Paso firmado' }).waitFor();
      await expectNoAxeViolations(page);
    } finally {
      await coordContext.close();
      page = previous;
    }
    await page.goto(`${onboarding}/training/pfa.signoff`);
    expect(await page.textContent('main')).toMatch(/Firmado por .* el/);
  });

  it('ticks the first-case item by itself when the officer records a case', async () => {
    await page.goto(`${onboarding}/training/form_data.first_case`);
    await expect(page.getByTestId('item-status').textContent()).resolves.toMatch(/Sin empezar/);
    const { record_type: _t, ...input } = exampleCase;
    const saved = await postGraphql(
      graphql,
      'mutation($i: CaseInput!) { caseRecord(input: $i) { __typename } }',
      { i: { ...input, hub: 'cri_upala' } },
      officerToken,
    );
    expect(saved.data.caseRecord.__typename).toBe('CaseSaved');
    await page.reload();
    await expect(page.getByTestId('item-status').textContent()).resolves.toMatch(/Completado/);
    expect(await page.textContent('main')).toMatch(/Evidencia: caso registrado/);
    await expectNoAxeViolations(page);
  });

  it('finishes the track and prints a dated certificate', async () => {
    // The rest of the track through the API, as the officer would in the app.
    const my = await postGraphql(
      graphql,
      '{ myTraining { items { itemId type status autoComplete } } }',
      {},
      officerToken,
    );
    for (const item of my.data.myTraining.items) {
      if (item.status === 'COMPLETED') continue;
      if (item.type === 'read' && !item.autoComplete)
        await postGraphql(
          graphql,
          'mutation($i: String!) { trainingCompleteItem(itemId: $i) { __typename } }',
          { i: item.itemId },
          officerToken,
        );
      if (item.type === 'external')
        await postGraphql(
          graphql,
          'mutation($i: String!) { trainingRecordCertificate(itemId: $i, reference: "EC-1") { __typename } }',
          { i: item.itemId },
          officerToken,
        );
    }
    // Quizzes, scenarios, sign-offs and auto items: finish through their domain data.
    const {
      findItem,
      findScenario,
      scenarios: _s,
    } = await import('@ventanilla/domain/training/index');
    const { answersOf } = await import('@ventanilla/domain/training/answers');
    const coordToken = await logIn(graphql, coordinator);
    const me = (await postGraphql(graphql, '{ me { id } }', {}, officerToken)).data.me.id;
    for (const item of my.data.myTraining.items) {
      const found = findItem({ id: item.itemId })!.item;
      if (found.type === 'quiz')
        await postGraphql(
          graphql,
          'mutation($i: String!, $a: [TrainingAnswerInput!]!) { trainingSubmitCheck(itemId: $i, answers: $a) { __typename } }',
          {
            i: found.id,
            a: found.check.questions.map((q) => ({
              questionId: q.id,
              optionIds: answersOf({ itemId: found.id })[q.id]!.correct,
            })),
          },
          officerToken,
        );
      if (found.type === 'scenario') {
        const scenario = findScenario({ id: found.scenarioId })!;
        const path: string[] = [];
        let node = scenario.nodes.find((n) => n.id === scenario.start)!;
        while (!node.end) {
          const good = node.choices.find((c) => c.quality === 'good')!;
          path.push(good.id);
          node = scenario.nodes.find((n) => n.id === good.next)!;
        }
        await postGraphql(
          graphql,
          'mutation($i: String!, $p: [String!]!) { trainingFinishScenario(itemId: $i, path: $p) { __typename } }',
          { i: found.id, p: path },
          officerToken,
        );
      }
      if (found.type === 'signoff')
        await postGraphql(
          graphql,
          'mutation($u: ID!, $i: String!) { trainingSignOff(userId: $u, itemId: $i) { __typename } }',
          { u: me, i: found.id },
          coordToken,
        );
    }
    await postGraphql(
      graphql,
      'mutation($i: ActivityInput!) { activityRecord(input: $i) { __typename } }',
      {
        i: (({ record_type: _r, ...rest }) => ({ ...rest, hub: 'cri_upala' }))(
          (await import('@ventanilla/domain')).exampleActivity,
        ),
      },
      officerToken,
    );
    // The work that ticks the follow-up items: a referral closed with its outcome, and a
    // check-in with a community advisor.
    const { record_type: _c, ...caseInput } = exampleCase;
    const caseId = (
      await postGraphql(
        graphql,
        'mutation($i: CaseInput!) { caseRecord(input: $i) { ... on CaseSaved { case { id } } } }',
        { i: { ...caseInput, hub: 'cri_upala' } },
        officerToken,
      )
    ).data.caseRecord.case.id;
    const referralId = (
      await postGraphql(
        graphql,
        'mutation($i: ReferralInput!) { referralAdd(input: $i) { ... on Referral { id } } }',
        { i: { caseId, institution: 'Fiscalía', consentToRefer: true, consentToShare: true } },
        officerToken,
      )
    ).data.referralAdd.id;
    await postGraphql(
      graphql,
      'mutation($id: ID!) { referralMove(id: $id, baseVersion: 1, to: closed, on: "2026-01-05", outcome: resolved) { __typename } }',
      { id: referralId },
      officerToken,
    );
    const mcaId = (
      await postGraphql(
        graphql,
        'mutation($i: McaInput!) { mcaAdd(input: $i) { ... on Mca { id } } }',
        { i: { hub: 'cri_upala', name: 'Asesora', joinedOn: '2026-01-02' } },
        officerToken,
      )
    ).data.mcaAdd.id;
    await postGraphql(
      graphql,
      'mutation($id: ID!) { mcaCheckInRecord(mcaId: $id, on: "2026-01-10", channel: phone) { __typename } }',
      { id: mcaId },
      officerToken,
    );

    await page.goto(`${onboarding}/training`);
    await page.getByRole('link', { name: 'Certificado de finalización' }).click();
    await page.waitForURL(/\/training\/certificate/);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Certificado de formación inicial',
    );
    expect(await page.getByTestId('cert-started').textContent()).toMatch(
      /Inicio: \d{1,2} de \w+ de \d{4}/,
    );
    expect(await page.getByTestId('cert-completed').textContent()).toMatch(
      /Finalización: \d{1,2} de \w+ de \d{4}/,
    );
    await page.emulateMedia({ media: 'screen' });
    await expectNoAxeViolations(page);
  });

  it('opens the PFA guide, a scenario, the quick card and the glossary', async () => {
    for (const path of [
      '/pfa',
      '/pfa/observe',
      '/pfa/scenarios/pfa_family',
      '/pfa/card',
      '/glossary?q=migracion',
    ]) {
      await page.goto(`${onboarding}${path}`);
      await expectNoAxeViolations(page);
    }
    expect(await page.textContent('main')).toMatch(/Migración irregular/);
  });
});
