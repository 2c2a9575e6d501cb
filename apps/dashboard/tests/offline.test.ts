import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  chromiumArgs,
  chromiumPath,
  expectNoAxeViolations,
  gql,
  logIn,
  signIn,
} from '@ventanilla/testkit';

/**
 * Issue 9, field conditions: an officer records without a connection, the browser is closed and
 * reopened, and the records arrive exactly once when the connection returns; a record dated in a
 * month whose report is verified is refused on sync and stays pending with the server's message.
 */
const officer = { email: 'oficial.upala@demo.ventanilla.org', password: 'demo-oficial-2026' };
const reviewer = { email: 'revisora@demo.ventanilla.org', password: 'demo-revisora-2026' };
const run = `Offl${Date.now().toString(36)}`;

const monthAgo = (n: number) => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 7);
};
const lockedMonth = monthAgo(2);

describe('offline recording of a hub officer', () => {
  const { dashboard, graphql } = inject('stack');
  const userDataDir = mkdtempSync(join(tmpdir(), 'vt-offline-'));
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  async function open() {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath,
      args: chromiumArgs,
      headless: true,
      locale: 'es-MX',
      viewport: { width: 1280, height: 800 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (/Content Security Policy/.test(message.text())) errors.push(message.text());
    });
  }

  /** Offline for the page and for its service worker. */
  async function setOffline(offline: boolean) {
    await context.setOffline(offline);
  }

  async function choose(name: string, value: string) {
    const select = page.locator(`select#f-${name}`);
    if (await select.count()) await select.selectOption(value);
    else await page.locator(`input[name="${name}"][value="${value}"]`).check();
  }

  async function recordCase(name: string, date?: string) {
    await page.goto(`${dashboard}/record`);
    await page.locator('[data-route]').waitFor();
    if (date) await page.locator('#f-date').fill(date);
    await page.locator('#f-officer_id').fill('CR-UPA-09');
    await choose('consent', 'yes');
    await choose('observation', 'none');
    await page.locator('#f-a0_name').fill(name);
    await choose('a1_nationality', 'NIC');
    await choose('a2_residence', 'resident');
    await choose('a3_country', 'CRI');
    await page.locator('#f-a3_admin1').fill('Alajuela');
    await page.locator('#f-a3_admin2').fill('Upala');
    await choose('a4_is_migrant', 'yes');
    await choose('a5_age_range', 'age_25_34');
    await choose('a6_gender', 'woman');
    await choose('a7_civil_status', 'single');
    await choose('a8_school_level', 'primary_complete');
    await choose('a9_occupation', 'work');
    await choose('a9_occupation_area', 'agriculture');
    await choose('a9_labour_formality', 'informal');
    await choose('a10_service_1', 'regularization');
    await choose('a11_action_1', 'appointment_scheduled');
    await choose('a14_vulnerability', 'no');
    await page.getByRole('button', { name: 'Guardar el caso' }).click();
    await page.waitForURL(/\/pending\?queued=/);
  }

  async function recordActivity(summary: string) {
    await page.goto(`${dashboard}/record/activity`);
    await page.locator('#f-b2_activity_type').waitFor();
    await page.locator('#f-officer_id').fill('CR-UPA-09');
    await page.locator('#f-b1_admin1').fill('Alajuela');
    await page.locator('#f-b1_admin2').fill('Upala');
    await choose('b2_activity_type', 'information_day');
    await page.locator('input[name="b2_topics"][value="trafficking_prevention"]').check();
    await page.locator('#f-b3_summary').fill(summary);
    await choose('b4_people_reached', 'reach_11_25');
    await page.locator('#f-b5_pct_female').selectOption('40');
    await choose('b6_avg_age', 'avg_25_34');
    await page.locator('#f-b7_pct_under_18').selectOption('10');
    await choose('b8_unmet_needs', 'no');
    await page.locator('form.record-form button[type="submit"]').last().click();
    await page.waitForURL(/\/pending\?queued=/);
  }

  const pendingCount = async () =>
    Number(await page.getByTestId('pending-count').getAttribute('data-count'));

  beforeAll(async () => {
    // A reviewer verifies cri_upala's report of two months ago: that month is now locked.
    const officerToken = await logIn(graphql!, officer);
    const reviewerToken = await logIn(graphql!, reviewer);
    const narrative = {
      achievements: 'Atención continua.',
      challenges: 'Conectividad.',
      lessonsLearned: 'Registro sin conexión.',
      goodPractices: 'Directorio al día.',
      migrationTrends: 'Sin cambios.',
    };
    const STEP = `mutation($input: ReportStepInput!) { reportStep(input: $input) { __typename ... on TransitionRefused { message } ... on ValidationFailed { message } ... on Forbidden { message } ... on NotFound { message } } }`;
    const submitted = await gql<{ reportStep: { __typename: string } }>(
      graphql!,
      STEP,
      { input: { action: 'SUBMIT', hub: 'cri_upala', month: lockedMonth, narrative } },
      officerToken,
    );
    expect(submitted.reportStep.__typename, JSON.stringify(submitted)).toBe('ReportUpdated');
    const meeting = await gql<{ meetingOpen: { __typename: string; id?: string } }>(
      graphql!,
      'mutation($m: String!) { meetingOpen(month: $m) { __typename ... on VerificationMeeting { id } } }',
      { m: lockedMonth },
      reviewerToken,
    );
    const verified = await gql<{ reportStep: { __typename: string } }>(
      graphql!,
      STEP,
      {
        input: {
          action: 'VERIFY',
          hub: 'cri_upala',
          month: lockedMonth,
          ...(meeting.meetingOpen.id ? { meetingId: meeting.meetingOpen.id } : {}),
        },
      },
      reviewerToken,
    );
    expect(verified.reportStep.__typename, JSON.stringify(verified)).toBe('ReportUpdated');
    // Close the meeting as a reviewer would: an open meeting gives reviewers exact figures of its
    // month, which other journeys (reports.test.ts) must not inherit.
    const closed = await gql<{ meetingClose: { __typename: string } }>(
      graphql!,
      'mutation($id: ID!) { meetingClose(id: $id) { __typename } }',
      { id: meeting.meetingOpen.id },
      reviewerToken,
    );
    expect(closed.meetingClose.__typename).toBe('VerificationMeeting');
    await open();
  });

  afterAll(async () => {
    await context?.close();
    rmSync(userDataDir, { recursive: true, force: true });
  });

  it('signs in and the recording pages are kept for offline use', async () => {
    await signIn(page, dashboard!, officer);
    await page.getByTestId('pending-count').waitFor();
    // The service worker is active and has kept the recording pages.
    const kept = () =>
      page.evaluate(async () => {
        const name = (await caches.keys()).find((n) => n.startsWith('vt-dashboard-pages'));
        if (!name) return false;
        const cache = await caches.open(name);
        const hits = await Promise.all(
          ['/record', '/record/__data.json', '/record/activity', '/pending'].map((p) =>
            cache.match(new URL(p, location.origin).href),
          ),
        );
        return hits.every(Boolean);
      });
    await expect.poll(kept, { timeout: 30_000 }).toBe(true);
    expect(await pendingCount()).toBe(0);
  });

  it('records two cases and one activity offline; they are listed as pending', async () => {
    await setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await recordCase(`${run} Primera`);
    await expect.poll(pendingCount).toBe(1);
    await recordCase(`${run} Segunda`);
    await recordActivity(`${run} charla en el parque`);
    await expect.poll(pendingCount).toBe(3);
    expect(await page.getByTestId('pending-row').count()).toBe(3);
    // The hub column names the hub, as everywhere else, not its code.
    const rows = (await page.getByTestId('pending-table').textContent()) ?? '';
    expect(rows).not.toContain('cri_upala');
    await expectNoAxeViolations(page);
    // What is stored on the device is sealed: no name in clear in IndexedDB.
    const clear = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('vt-offline');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const rows = await new Promise<unknown[]>((resolve) => {
        const r = db.transaction('pending').objectStore('pending').getAll();
        r.onsuccess = () => resolve(r.result);
      });
      db.close();
      return JSON.stringify(rows.map((row) => ({ ...(row as object), sealed: undefined })));
    });
    expect(clear).not.toContain(run);
  });

  it('keeps the pending records across a browser restart', async () => {
    await context.close();
    await open();
    await setOffline(true);
    await page.goto(`${dashboard}/pending`);
    await page.getByTestId('pending-table').waitFor();
    expect(await pendingCount()).toBe(3);
    expect(await page.getByTestId('pending-row').count()).toBe(3);
  });

  it('records a fourth case dated in the verified month, still offline', async () => {
    await recordCase(`${run} Cuarta`, `${lockedMonth}-10`);
    await expect.poll(pendingCount).toBe(4);
    await page.goto(`${dashboard}/record`);
    await page.locator('[data-route]').waitFor();
    await expectNoAxeViolations(page);
  });

  it('back online, three arrive exactly once and the locked one stays pending with the message', async () => {
    await page.goto(`${dashboard}/pending`);
    await page.getByTestId('pending-table').waitFor();
    await setOffline(false);
    await expect.poll(pendingCount, { timeout: 30_000 }).toBe(1);
    const row = page.getByTestId('pending-row');
    await expect.poll(() => row.getAttribute('data-status'), { timeout: 10_000 }).toBe('refused');
    const message = await row.getByTestId('refusal').textContent();
    expect(message).toMatch(new RegExp(lockedMonth.replace('-', '.') + '|verific', 'i'));
    expect(await page.getByTestId('sent-row').count()).toBe(3);
    await expectNoAxeViolations(page);

    // Sending again (on demand) does not duplicate anything.
    await page.getByRole('button', { name: 'Reenviar' }).click();
    await expect.poll(() => row.getAttribute('data-status')).toBe('refused');

    const token = await logIn(graphql!, officer);
    const found = await gql<{
      cases: { items: { a0_name: string; date: string }[] };
      activities: { items: { b3_summary: string }[] };
    }>(
      graphql!,
      `query($f: RecordListFilter) {
        cases(filter: $f, limit: 50) { items { a0_name date } }
        activities(filter: $f, limit: 50) { items { b3_summary } }
      }`,
      { f: { search: run, hubCodes: ['cri_upala'] } },
      token,
    );
    expect(found.cases.items.map((c) => c.a0_name).sort()).toEqual([
      `${run} Primera`,
      `${run} Segunda`,
    ]);
    expect(found.activities.items.map((a) => a.b3_summary)).toEqual([`${run} charla en el parque`]);
  });

  it('the refused record can be opened, fixed and sent', async () => {
    await page.getByRole('link', { name: 'Abrir y corregir' }).click();
    await page.getByTestId('pending-note').waitFor();
    await expect.poll(() => page.locator('#f-date').inputValue()).toBe(`${lockedMonth}-10`);
    const today = new Date();
    const local = new Date(today.getTime() - today.getTimezoneOffset() * 60_000);
    await page.locator('#f-date').fill(local.toISOString().slice(0, 10));
    await page.getByRole('button', { name: 'Guardar el caso' }).click();
    await page.waitForURL(/\/pending/);
    await expect.poll(pendingCount, { timeout: 20_000 }).toBe(0);
    expect(await page.getByTestId('sent-row').count()).toBe(4);
    expect(errors).toEqual([]);
  });
});
