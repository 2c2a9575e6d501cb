/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createEmptyCampaignDocument } from '@ventanilla/domain/strategy/index';
import {
  expectNoAxeViolations,
  launchBrowser,
  logIn,
  newContext,
  postGraphql,
} from '@ventanilla/testkit';
import { wordsSplitAcrossLines } from '@ventanilla/testkit/layout';
import { toPlanInput } from '../src/lib/campaigns/plan-input.ts';

/**
 * Issue 15, coordinator: the interest × power matrix is drawn to scale (token positions and
 * quadrant boundaries measured against the scores), the team page opens each person's progress
 * with hub names and overdue steps flagged in words, and the printable plan names the hub and
 * leaves out empty sections. Spanish and English, 1366×768 and 390×844, axe on every page.
 */
const coordinator = {
  email: 'coordinadora.cri@demo.ventanilla.org',
  password: 'demo-coordinadora-2026',
};
/** The demo officer of Upala, who started 9 days before the seed (so some steps are late). */
const officerEmail = 'oficial.upala@demo.ventanilla.org';
const desktop = { width: 1366, height: 768 };
const phone = { width: 390, height: 844 };

/** Scores 1–10 each own a tenth of an axis; a score sits at the middle of its tenth. */
const share = (score: number) => (score - 0.5) / 10;
/** "High" starts at 6: the boundary is the start of the sixth tenth, half-way. */
const threshold = 0.5;

const audiences = [
  { name: 'Autoridades migratorias', kind: 'target', interest: 9, power: 9 },
  { name: 'Radio comunitaria', kind: 'welcome', interest: 9, power: 9 },
  { name: 'Personas migrantes', kind: 'target', interest: 6, power: 3 },
  { name: 'Comité de vecinos', kind: 'target', interest: 5, power: 5 },
  { name: 'Programa de televisión', kind: 'welcome', interest: 3, power: 8 },
  { name: 'Policía local', kind: 'target', interest: 10, power: 10 },
  { name: 'Iglesia', kind: 'welcome', interest: 1, power: 1 },
] as const;

type Box = { x: number; y: number; width: number; height: number };

const swotQuadrants = ['strengths', 'weaknesses', 'opportunities', 'threats'] as const;
const swotNames = ['Fortalezas', 'Debilidades', 'Oportunidades', 'Amenazas'];
/** Longer than any one line of a SWOT box, so that a box that cuts text shows it. */
const longSwotItem =
  'Equipo con experiencia en comunicación comunitaria y buenos contactos con las radios locales';

describe('what a coordinator asked for', () => {
  const { onboarding, graphql } = inject('stack');
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let token = '';
  let matrixCampaign = '';
  let printCampaign = '';
  let emptyCampaign = '';
  let cornerCampaign = '';
  let swotCampaign = '';
  let hubNames = new Map<string, string>();

  /** The API's answer to `query` asked as the coordinator (set up in beforeAll). */
  const asCoordinator = (query: string, variables: Record<string, unknown> = {}) =>
    postGraphql(graphql, query, variables, token);

  /** A campaign of cri_upala holding exactly `part` of a plan (parts not given stay empty). */
  async function campaignWith(title: string, part: Record<string, unknown>): Promise<string> {
    const created = await asCoordinator(
      `mutation($hub: String!, $title: String!) { campaignCreate(hub: $hub, title: $title) {
        __typename ... on CampaignSaved { campaign { id version } } } }`,
      { hub: 'cri_upala', title },
    );
    const campaign = created.data?.campaignCreate?.campaign;
    if (!campaign) throw new Error(JSON.stringify(created));
    const document = { ...createEmptyCampaignDocument(), ...part };
    const saved = await asCoordinator(
      `mutation($id: ID!, $v: Int!, $t: String!, $plan: CampaignPlanInput!) {
        campaignUpdate(id: $id, baseVersion: $v, title: $t, plan: $plan) { __typename } }`,
      { id: campaign.id, v: campaign.version, t: title, plan: toPlanInput({ document }) },
    );
    expect(saved.data?.campaignUpdate?.__typename).toBe('CampaignSaved');
    return `${onboarding}/campaigns/${campaign.id}`;
  }

  /** A signed-in coordinator's page in the given language and window size. */
  async function open(lang: 'es' | 'en', viewport: { width: number; height: number }) {
    const context = await newContext(browser, { viewport });
    contexts.push(context);
    await context.addCookies([
      { name: 'vt_session', value: token, url: onboarding, httpOnly: true },
      { name: 'vt_lang', value: lang, url: onboarding },
    ]);
    return context.newPage();
  }

  /** Nothing wider than the window (wide tables scroll inside their own region instead). */
  async function expectNoOverflow(page: Page) {
    const wider = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return [...document.querySelectorAll('body *')]
        .filter((e) => !e.closest('.table-wrap') && e.getBoundingClientRect().right > width + 1)
        .map((e) => `${e.tagName.toLowerCase()} ${(e.textContent ?? '').trim().slice(0, 40)}`)
        .slice(0, 5);
    });
    expect(wider).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      page.viewportSize()!.width,
    );
  }

  beforeAll(async () => {
    token = await logIn(graphql, coordinator);
    const hubs = await asCoordinator('{ hubs { code name } }');
    hubNames = new Map(hubs.data.hubs.map((h: any) => [h.code, h.name]));
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `a${i}`);
    matrixCampaign = await campaignWith('Matriz a escala', {
      audiences: audiences.map((a, i) => ({ ...a, id: ids(audiences.length)[i] })),
    });
    const empty = createEmptyCampaignDocument();
    printCampaign = await campaignWith('Plan a medias', {
      diagnosis: {
        ...empty.diagnosis,
        [Object.keys(empty.diagnosis)[0]!]: 'Rumores en la frontera.',
      },
      audiences: [{ ...audiences[0], id: 'a0' }],
    });
    emptyCampaign = await campaignWith('Plan vacío', {});
    swotCampaign = await campaignWith('FODA largo', {
      swot: swotQuadrants.map((quadrant, i) => ({ id: `s${i}`, quadrant, text: longSwotItem })),
    });
    cornerCampaign = await campaignWith('Esquinas', {
      audiences: [
        { id: 'c1', name: 'Autoridades migratorias', kind: 'target', interest: 10, power: 10 },
        { id: 'c2', name: 'Programa de televisión', kind: 'welcome', interest: 1, power: 10 },
        { id: 'c3', name: 'Iglesia del barrio', kind: 'welcome', interest: 1, power: 1 },
        { id: 'c4', name: 'Personas migrantes', kind: 'target', interest: 10, power: 1 },
      ],
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  /** Every token and quadrant of the board, in page pixels. */
  async function measureBoard(page: Page) {
    await page.locator('.board[data-interactive="true"]').waitFor();
    await page.locator('.board').scrollIntoViewIfNeeded();
    return page.evaluate(() => {
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      };
      return {
        board: box(document.querySelector('.board')!),
        quadrants: Object.fromEntries(
          [...document.querySelectorAll<HTMLElement>('.board [data-quadrant]')].map((q) => [
            q.dataset.quadrant!,
            box(q),
          ]),
        ) as Record<string, Box>,
        tokens: [...document.querySelectorAll('.board button[data-audience]')].map((b) => ({
          name: b.textContent!.trim(),
          spot: b.closest<HTMLElement>('[data-spot]')!.dataset.spot!,
          ...box(b),
        })),
        dots: Object.fromEntries(
          [...document.querySelectorAll<HTMLElement>('.board [data-spot]')].map((s) => [
            s.dataset.spot!,
            box(s.querySelector('.dot')!),
          ]),
        ) as Record<string, Box>,
      };
    });
  }

  /**
   * Checks the board against the scores: each quadrant's edges sit at the threshold, each token
   * (or stack of tokens sharing a spot) is centred at its scores' place and inside the quadrant
   * the table names for it.
   */
  async function expectToScale(
    page: Page,
    scores: readonly { name: string; interest: number; power: number }[],
    quadrantLabels: Record<string, string>,
  ) {
    const { board, quadrants, tokens, dots } = await measureBoard(page);
    const near = (actual: number, expected: number) =>
      expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1.5);
    // Quadrants split the board at the threshold on both axes, wherever the tokens are.
    const splitX = board.x + threshold * board.width;
    const splitY = board.y + (1 - threshold) * board.height;
    near(quadrants.priority!.x, splitX);
    near(quadrants.priority!.y + quadrants.priority!.height, splitY);
    near(quadrants.priority!.x + quadrants.priority!.width, board.x + board.width);
    near(quadrants.priority!.y, board.y);
    near(quadrants.monitor!.x + quadrants.monitor!.width, splitX);
    near(quadrants.monitor!.y, splitY);
    near(quadrants.keepSatisfied!.x + quadrants.keepSatisfied!.width, splitX);
    near(quadrants.keepInformed!.y, splitY);
    // Only the priority quadrant is shaded.
    const shaded = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.board [data-quadrant]')]
        .filter((q) => getComputedStyle(q).backgroundColor !== 'rgba(0, 0, 0, 0)')
        .map((q) => q.dataset.quadrant),
    );
    expect(shaded).toEqual(['priority']);
    // Each audience is a dot exactly at its scores, with its name beside it: names sharing a
    // spot are stacked and centred on it.
    for (const a of scores) {
      const key = `${a.interest}:${a.power}`;
      const dot = dots[key];
      expect(dot, a.name).toBeDefined();
      near(dot!.x + dot!.width / 2, board.x + share(a.interest) * board.width);
      near(dot!.y + dot!.height / 2, board.y + (1 - share(a.power)) * board.height);
      const names = tokens.filter((t) => t.spot === key);
      expect(names.map((t) => t.name)).toContain(a.name);
      const top = Math.min(...names.map((t) => t.y));
      const bottom = Math.max(...names.map((t) => t.y + t.height));
      near((top + bottom) / 2, dot!.y + dot!.height / 2);
      // Beside the dot, not over it, and inside the dot's half: a name never sits in a quadrant
      // its audience is not in.
      const [from, to] =
        share(a.interest) < threshold ? [board.x, splitX] : [splitX, board.x + board.width];
      for (const t of names) {
        const clear = t.x >= dot!.x + dot!.width - 0.5 || t.x + t.width <= dot!.x + 0.5;
        expect(clear, `${t.name} beside its dot`).toBe(true);
        expect(t.x, `${t.name} inside its half`).toBeGreaterThanOrEqual(from - 0.5);
        expect(t.x + t.width, `${t.name} inside its half`).toBeLessThanOrEqual(to + 0.5);
      }
    }
    // Each token's centre lies in the quadrant the table gives it.
    const byLabel = Object.fromEntries(
      Object.entries(quadrantLabels).map(([quadrant, label]) => [label, quadrant]),
    );
    for (const a of scores) {
      const label = (await page.getByTestId(`quadrant-${a.name}`).textContent())!.trim();
      const area = quadrants[byLabel[label]!]!;
      const [interest, power] = [a.interest, a.power];
      const cx = board.x + share(interest) * board.width;
      const cy = board.y + (1 - share(power)) * board.height;
      expect(cx > area.x && cx < area.x + area.width, `${a.name} in ${label}`).toBe(true);
      expect(cy > area.y && cy < area.y + area.height, `${a.name} in ${label}`).toBe(true);
    }
  }

  const labelsEs = {
    priority: 'Prioritaria',
    keepSatisfied: 'Mantener satisfecha',
    keepInformed: 'Mantener informada',
    monitor: 'Observar',
  };
  const labelsEn = {
    priority: 'Priority',
    keepSatisfied: 'Keep satisfied',
    keepInformed: 'Keep informed',
    monitor: 'Monitor',
  };

  it('es, desktop: tokens and quadrant boundaries sit where the scores put them, also after a move', async () => {
    const page = await open('es', desktop);
    await page.goto(matrixCampaign);
    await expect(page.locator('main p.meta').first().textContent()).resolves.toMatch(
      hubNames.get('cri_upala')!,
    );
    await expectToScale(page, audiences, labelsEs);
    // Interest 6 is high: right of the divider, in a priority-side quadrant, a bit past half-way.
    const { board, dots } = await measureBoard(page);
    const migrants = dots['6:3']!;
    expect((migrants.x + migrants.width / 2 - board.x) / board.width).toBeCloseTo(0.55, 2);
    await expect(page.getByTestId('quadrant-Personas migrantes').textContent()).resolves.toMatch(
      'Mantener informada',
    );
    // One step left with the keyboard: interest 5, now low, and the quadrants did not move.
    await page.locator('.board button', { hasText: 'Personas migrantes' }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('board-live').textContent()).resolves.toBe(
      'Personas migrantes: interés 5, poder 3. Cuadrante: Observar.',
    );
    const moved = audiences.map((a) =>
      a.name === 'Personas migrantes' ? { ...a, interest: 5 } : a,
    );
    await expectToScale(page, moved, labelsEs);
    await expectNoAxeViolations(page);
  });

  it('en, phone: the same scale at 390 px, with axis ticks 1–10 and no sideways scroll', async () => {
    const page = await open('en', phone);
    await page.goto(matrixCampaign);
    await page.getByRole('group', { name: 'Interest and power board' }).waitFor();
    await expectToScale(page, audiences, labelsEn);
    // Tick labels of both axes are drawn at the same places as the tokens.
    const { board } = await measureBoard(page);
    const ticks = await page.evaluate(() =>
      [...document.querySelectorAll('.ticks-x .tick')].map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent!.trim(), centre: r.x + r.width / 2 };
      }),
    );
    expect(ticks.map((t) => t.text)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    for (const [i, tick] of ticks.entries())
      expect(Math.abs(tick.centre - (board.x + share(i + 1) * board.width))).toBeLessThanOrEqual(
        1.5,
      );
    await expectNoOverflow(page);
    await expectNoAxeViolations(page);
  });

  for (const [lang, viewport] of [
    ['es', desktop],
    ['en', phone],
  ] as const)
    it(`${lang}, ${viewport.width} px: tokens at the four corners leave every quadrant name readable`, async () => {
      const page = await open(lang, viewport);
      await page.goto(cornerCampaign);
      await page.locator('.board[data-interactive="true"]').waitFor();
      const { labels, tokens } = await page.evaluate(() => {
        const box = (el: Element) => {
          const r = el.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        };
        return {
          labels: [...document.querySelectorAll('[data-quadrant-label]')].map((l) => ({
            text: l.textContent!.trim(),
            ...box(l),
          })),
          tokens: [...document.querySelectorAll('.board button[data-audience]')].map(box),
        };
      });
      const names = lang === 'es' ? labelsEs : labelsEn;
      expect(labels.map((l) => l.text)).toEqual([
        names.keepSatisfied,
        names.priority,
        names.monitor,
        names.keepInformed,
      ]);
      expect(tokens).toHaveLength(4);
      const overlap = (a: Box, b: Box) =>
        a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      for (const label of labels) {
        expect(label.width, label.text).toBeGreaterThan(0);
        for (const token of tokens) expect(overlap(label, token), label.text).toBe(false);
      }
      await expectNoOverflow(page);
      await expectNoAxeViolations(page);
    });

  it('es, phone: a name on the team page opens that person’s progress, late steps flagged in words', async () => {
    const team = await asCoordinator(
      '{ teamTraining { person { id email } overdue items { itemId overdue } } }',
    );
    const officer = team.data.teamTraining.find((p: any) => p.person.email === officerEmail);
    // The demo seed started this officer 9 days ago: some steps are late.
    expect(officer.overdue.length).toBeGreaterThan(0);
    const late = officer.overdue.length as number;

    const page = await open('es', phone);
    await page.goto(`${onboarding}/team`);
    await expect(page.getByTestId('late-summary').textContent()).resolves.toMatch(
      /del equipo tienen? pasos atrasados/,
    );
    const row = page.locator('tbody tr', { hasText: 'José Arias Quesada' });
    await expect(row.textContent()).resolves.toMatch(`Ventanilla: ${hubNames.get('cri_upala')}`);
    await expect(row.textContent()).resolves.not.toMatch('cri_upala');
    await expect(row.locator('.late-tag').textContent()).resolves.toMatch(
      late === 1 ? '1 paso atrasado' : `${late} pasos atrasados`,
    );
    // The late row comes before anyone who is on time.
    const rows = await page
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.classList.contains('late')));
    expect(rows.indexOf(false) === -1 || rows.lastIndexOf(true) < rows.indexOf(false)).toBe(true);
    await expectNoOverflow(page);
    await expectNoAxeViolations(page);

    await row.getByRole('link', { name: 'José Arias Quesada' }).click();
    await page.waitForURL(`${onboarding}/team/${officer.person.id}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'José Arias Quesada',
    );
    await expect(page.locator('main').textContent()).resolves.toMatch(
      `Ventanilla: ${hubNames.get('cri_upala')}`,
    );
    const flagged = page.getByTestId('late-steps');
    // Said once, with the count's plural ("1 paso atrasado", "9 pasos atrasados").
    const lateHeading = late === 1 ? '1 paso atrasado' : `${late} pasos atrasados`;
    await expect(
      flagged.getByRole('heading', { name: lateHeading, exact: true }).count(),
    ).resolves.toBe(1);
    await expect(flagged.locator('li').count()).resolves.toBe(late);
    // In the tables, each late step says so, and only those.
    const lateIds = officer.items.filter((i: any) => i.overdue).map((i: any) => i.itemId);
    const marked = await page
      .locator('tr.late')
      .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.item));
    expect(marked.sort()).toEqual([...lateIds].sort());
    for (const id of lateIds)
      await expect(page.locator(`tr[data-item="${id}"]`).textContent()).resolves.toMatch(
        /Atrasado: vencía el/,
      );
    await expectNoAxeViolations(page);
  });

  it('en, desktop: the team page and a person’s progress in English', async () => {
    const team = await asCoordinator('{ teamTraining { person { email } overdue } }');
    const late = team.data.teamTraining.find((p: any) => p.person.email === officerEmail).overdue
      .length as number;
    const page = await open('en', desktop);
    await page.goto(`${onboarding}/team`);
    const row = page.locator('tbody tr', { hasText: 'José Arias Quesada' });
    await expect(row.locator('.late-tag').textContent()).resolves.toMatch(/\d+ steps? overdue/);
    await row.getByRole('link', { name: 'José Arias Quesada' }).click();
    await page.waitForURL(/\/team\/[0-9a-f-]{36}$/);
    const lateHeading = late === 1 ? '1 step overdue' : `${late} steps overdue`;
    await expect(
      page
        .getByTestId('late-steps')
        .getByRole('heading', { name: lateHeading, exact: true })
        .count(),
    ).resolves.toBe(1);
    await expect(page.locator('tr.late').first().textContent()).resolves.toMatch(
      /Overdue: was due/,
    );
    await expectNoAxeViolations(page);
  });

  it('es, desktop: the print view names the hub and leaves out empty sections', async () => {
    const page = await open('es', desktop);
    await page.goto(`${printCampaign}/print`);
    const main = page.locator('main');
    await expect(main.textContent()).resolves.toMatch(
      `Ventanilla: ${hubNames.get('cri_upala')} · versión 2`,
    );
    await expect(main.textContent()).resolves.not.toMatch('cri_upala');
    await expect(main.locator('h2').allTextContents()).resolves.toEqual(['1. Investigación']);
    await expect(main.locator('h3').allTextContents()).resolves.toEqual([
      'Diagnóstico situacional y de comunicación',
      'Mapa de audiencias: interés y poder',
    ]);
    await expect(main.locator('dt').count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
  });

  it('es, phone: the print view of a filled plan fits 390 px (no sideways scroll)', async () => {
    const page = await open('es', phone);
    await page.goto(`${printCampaign}/print`);
    await page.locator('main table').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      phone.width,
    );
    await expectNoOverflow(page);
    await expectNoAxeViolations(page);
  });

  it('es, phone: the print view draws the interest × power matrix and splits no word', async () => {
    const page = await open('es', phone);
    await page.goto(`${matrixCampaign}/print`);
    const matrix = page.getByRole('table', { name: 'Matriz de interés y poder' });
    // High power on top, high interest on the right, as on the campaign's board.
    const highPower = matrix.getByRole('row', { name: /Poder alto/ });
    const lowPower = matrix.getByRole('row', { name: /Poder bajo/ });
    await expect(highPower.getByRole('cell').nth(0).innerText()).resolves.toMatch(
      /Mantener satisfecha[\s\S]*Programa de televisión/,
    );
    await expect(highPower.getByRole('cell').nth(1).innerText()).resolves.toMatch(
      /Prioritaria[\s\S]*Policía local/,
    );
    const monitor = await lowPower.getByRole('cell').nth(0).innerText();
    expect(monitor).toMatch(/^Observar\n/);
    expect(monitor).toMatch(/Iglesia \(De bienvenida\): interés\u00a01, poder\u00a01/);
    expect(monitor).toMatch(/Comité de vecinos \(Objetivo\): interés\u00a05, poder\u00a05/);
    await expect(lowPower.getByRole('cell').nth(1).innerText()).resolves.toMatch(
      /Mantener informada[\s\S]*Personas migrantes/,
    );
    expect(await wordsSplitAcrossLines(page.locator('main'))).toEqual([]);
    await expectNoOverflow(page);
    await expectNoAxeViolations(page);
  });

  for (const [size, viewport, columns] of [
    ['desktop', { width: 1280, height: 800 }, 2],
    ['phone', phone, 1],
  ] as const) {
    it(`es, ${size}: the SWOT board is a ${columns === 2 ? '2 × 2' : 'single-column'} grid whose items show their whole text`, async () => {
      const page = await open('es', viewport);
      await page.goto(swotCampaign);
      const boxes = await Promise.all(
        swotNames.map(async (name) => (await page.getByRole('group', { name }).boundingBox())!),
      );
      const lefts = new Set(boxes.map((b) => Math.round(b.x)));
      const tops = new Set(boxes.map((b) => Math.round(b.y)));
      expect(lefts.size).toBe(columns);
      expect(tops.size).toBe(4 / columns);
      expect(new Set(boxes.map((b) => Math.round(b.width))).size).toBe(1);
      for (const name of swotNames) {
        const item = page.getByRole('textbox', { name: `${name} 1` });
        await expect(item.inputValue()).resolves.toBe(longSwotItem);
        const cut = await item.evaluate(
          (e) => e.scrollWidth > e.clientWidth || e.scrollHeight > e.clientHeight,
        );
        expect(cut).toBe(false);
      }
      await expectNoOverflow(page);
      await expectNoAxeViolations(page);
    });
  }

  it('en, phone: an empty plan prints as one clear line, no empty headings', async () => {
    const page = await open('en', phone);
    await page.goto(`${emptyCampaign}/print`);
    const main = page.locator('main');
    await expect(main.textContent()).resolves.toMatch(
      `Hub: ${hubNames.get('cri_upala')} · version 2`,
    );
    await expect(main.textContent()).resolves.toMatch('This plan has no content yet.');
    await expect(main.locator('h2, h3, h4').count()).resolves.toBe(0);
    await expectNoOverflow(page);
    await expectNoAxeViolations(page);
  });
});
