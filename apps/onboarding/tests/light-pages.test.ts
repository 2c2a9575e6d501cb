import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { countryList } from '@ventanilla/domain/form/options/country';
import { trainingModules } from '@ventanilla/domain/training/curriculum';
import {
  expectNoAxeViolations,
  launchBrowser,
  logIn,
  newContext,
  postGraphql,
  signIn,
} from '@ventanilla/testkit';

/**
 * Training pages are text, links and plain forms: served without the app's JavaScript, so a
 * phone shows them without downloading and hydrating the curriculum (issue 17, Lighthouse
 * mobile). Their forms still work as plain POSTs.
 */
const officer = { email: 'oficial.upala@demo.ventanilla.org', password: 'demo-oficial-2026' };
const coordinator = {
  email: 'coordinadora.cri@demo.ventanilla.org',
  password: 'demo-coordinadora-2026',
};

describe('light training pages', () => {
  const { onboarding, graphql } = inject('stack');
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('serves the training list and a step without JavaScript, and the step still works', async () => {
    const context = await newContext(browser);
    try {
      const signInPage = await context.newPage();
      await signIn(signInPage, onboarding!, officer, { waitUntil: 'load', timeout: 60_000 });
      await signInPage.close();

      // A tab of its own: nothing the home page still loads is counted.
      const page = await context.newPage();
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.url());
      });
      for (const path of ['/training', '/training/hub_basics.check']) {
        await page.goto(`${onboarding}${path}`, { waitUntil: 'networkidle' });
        expect(await page.locator('script[src], script[type="module"]').count()).toBe(0);
        expect(await page.locator('link[rel="modulepreload"]').count()).toBe(0);
      }
      expect(scripts).toEqual([]);

      // The knowledge check posts as a plain form and shows its result.
      const form = page.locator('form.quiz');
      for (const fieldset of await form.locator('fieldset').all())
        await fieldset.locator('input').first().check();
      await form.getByRole('button').click();
      await expect.poll(() => page.getByRole('status').count()).toBeGreaterThan(0);
      await expectNoAxeViolations(page);
    } finally {
      await context.close();
    }
  });

  it('the PFA guide and a campaign keep their JavaScript but not the curriculum nor the record form', async () => {
    const token = await logIn(graphql, coordinator);
    const { data: created } = await postGraphql<{ campaignCreate: { campaign?: { id: string } } }>(
      graphql,
      `mutation($hub: String!, $title: String!) { campaignCreate(hub: $hub, title: $title) {
        ... on CampaignSaved { campaign { id } } } }`,
      { hub: 'cri_upala', title: 'Campaña ligera' },
      token,
    );
    const campaignId = created.campaignCreate.campaign?.id;
    expect(campaignId).toBeTruthy();

    // The service worker is blocked so that every script comes over the network, seen here.
    const context = await newContext(browser, { serviceWorkers: 'block' });
    try {
      await context.addCookies([
        { name: 'vt_session', value: token, url: onboarding, httpOnly: true },
      ]);
      // A sentence of the curriculum that no other content has: the first module's title.
      const curriculumText = trainingModules[0]!.title.es;
      // A country name: only the record form's code (options, rules, KoBo matching) holds it.
      const countryText = countryList.options.find((option) => option.code === 'MNG')!.es;
      for (const path of ['/pfa', `/campaigns/${campaignId}`]) {
        const page = await context.newPage();
        const scripts: Promise<{ url: string; text: string }>[] = [];
        page.on('response', (response) => {
          if (response.request().resourceType() === 'script')
            scripts.push(response.text().then((text) => ({ url: response.url(), text })));
        });
        await page.goto(`${onboarding}${path}`, { waitUntil: 'networkidle' });
        const loaded = await Promise.all(scripts);
        expect(loaded.length, `${path} loads its scripts`).toBeGreaterThan(0);
        const withCurriculum = loaded.filter(({ text }) => text.includes(curriculumText));
        expect(
          withCurriculum.map(({ url }) => url),
          `${path} loads no curriculum`,
        ).toEqual([]);
        const withForm = loaded.filter(({ text }) => text.includes(countryText));
        expect(
          withForm.map(({ url }) => url),
          `${path} loads none of the record form's code`,
        ).toEqual([]);
        await expectNoAxeViolations(page);
        await page.close();
      }
    } finally {
      await context.close();
    }
  });
});
