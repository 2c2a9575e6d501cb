import { readFile } from 'node:fs/promises';
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

/**
 * Issue 16, item 8: the reviewer sees the analytics page's referral section, protected, with
 * states, outcomes and sectors in words (never codes), a table and its CSV, in Spanish and
 * English, and the page passes axe. The Upala officer first sends twelve referrals and closes
 * six (the demo data has none), so every cell is large enough to be published.
 */
const officer = { email: 'oficial.upala@demo.ventanilla.org', password: 'demo-oficial-2026' };
const reviewer = { email: 'revisora@demo.ventanilla.org', password: 'demo-revisora-2026' };
const protectedChartEs =
  'Las cifras están protegidas: pueden diferir en unas pocas unidades de los conteos de la propia ventanilla; el total se protege por separado y puede no coincidir con la suma.';

describe('referral figures on the analytics page (reviewer)', () => {
  const { dashboard, graphql } = inject('stack');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** The analytics page for the month of the officer's case (the period goes by the case's month). */
  let analytics = '/analytics';

  /** Twelve referrals of one of the officer's cases, half from the directory; six closed. */
  async function recordReferrals() {
    const token = await logIn(graphql!, officer);
    const found = (
      await gql<{ cases: { items: { id: string; date: string }[] } }>(
        graphql!,
        'query { cases(limit: 1) { items { id date } } }',
        {},
        token,
      )
    ).cases.items[0]!;
    const caseId = found.id;
    const month = found.date.slice(0, 7);
    analytics = `/analytics?from=${month}&to=${month}`;
    const entry = (
      await gql<{ directory: { id: string }[] }>(
        graphql!,
        'query { directory(hubCodes: ["cri_upala"]) { id } }',
        {},
        token,
      )
    ).directory[0]!.id;
    const move = (id: string, version: number, to: string, on: string, outcome?: string) =>
      gql(
        graphql!,
        `mutation($id: ID!, $v: Int!, $to: ReferralState!, $on: String!, $o: ReferralOutcome) {
          referralMove(id: $id, baseVersion: $v, to: $to, on: $on, outcome: $o) { __typename } }`,
        { id, v: version, to, on, o: outcome ?? null },
        token,
      );
    for (let i = 0; i < 12; i++) {
      const fromDirectory = i % 2 === 0;
      const added = await gql<{ referralAdd: { id: string } }>(
        graphql!,
        'mutation($i: ReferralInput!) { referralAdd(input: $i) { ... on Referral { id } } }',
        {
          i: {
            caseId,
            consentToRefer: true,
            consentToShare: true,
            ...(fromDirectory
              ? { directoryEntryId: entry }
              : { institution: `Institución de prueba ${i}` }),
          },
        },
        token,
      );
      const id = added.referralAdd.id;
      await move(id, 1, 'sent', found.date);
      if (i < 6) await move(id, 2, 'closed', found.date, 'resolved');
    }
  }

  beforeAll(async () => {
    await recordReferrals();
    browser = await launchBrowser();
    context = await newContext(browser, { acceptDownloads: true });
    page = await context.newPage();
    await signIn(page, dashboard!, reviewer, { next: analytics });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  /** Row headers of a referral chart's table. */
  const rowLabels = (chart: string) =>
    page
      .locator(`[data-chart="${chart}"] table tbody th`)
      .evaluateAll((cells) => cells.map((c) => (c.textContent ?? '').trim()));

  it('shows the section, protected, with labels in Spanish and no codes', async () => {
    const section = page.locator('[data-section="referrals"]');
    await section.getByRole('heading', { level: 2, name: 'Referencias' }).waitFor();
    expect(await rowLabels('referrals-state')).toEqual(
      expect.arrayContaining(['Enviada', 'Cerrada']),
    );
    expect(await rowLabels('referrals-outcome')).toContain('Resuelta');
    expect(await rowLabels('referrals-sector')).toContain(
      'Institución escrita a mano (fuera del directorio)',
    );
    for (const chart of ['referrals-state', 'referrals-outcome', 'referrals-sector'])
      for (const label of await rowLabels(chart)) expect(label).not.toMatch(/^[a-z_]+$/);
    expect(await section.getByText(protectedChartEs).count()).toBeGreaterThan(0);
    expect(await section.getByText('Seguimientos vencidos').count()).toBe(1);
    expect((await section.locator('[data-figure="overdue"]').textContent())?.trim()).toMatch(
      /^\d+$/,
    );
    await expectNoAxeViolations(page);
  });

  it('downloads the state table as CSV in words, the same rows as the table', async () => {
    const card = page.locator('[data-chart="referrals-state"]');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('link', { name: 'Descargar CSV de «Referencias por estado»' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^ventanilla-referencias-por-estado-.*\.csv$/);
    const lines = (await readFile((await download.path())!, 'utf8')).split('\r\n');
    expect(lines[0]).toBe('\uFEFFEstado;Referencias');
    const labels = await rowLabels('referrals-state');
    expect(lines.slice(1, labels.length + 1).map((l) => l.split(';')[0])).toEqual(labels);
  });

  it('reads in English', async () => {
    await context.addCookies([{ name: 'vt_lang', value: 'en', url: dashboard! }]);
    await page.goto(`${dashboard}${analytics}`);
    const section = page.locator('[data-section="referrals"]');
    await section.getByRole('heading', { level: 2, name: 'Referrals' }).waitFor();
    expect(await rowLabels('referrals-state')).toEqual(expect.arrayContaining(['Sent', 'Closed']));
    expect(await rowLabels('referrals-outcome')).toContain('Resolved');
    await expectNoAxeViolations(page);
  });
});
