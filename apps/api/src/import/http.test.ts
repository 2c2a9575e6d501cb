import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '@ventanilla/demo';
import { startTestApp, type TestApp } from '../test/app.ts';
import { writeKoboFile, type KoboSourceRecord } from './kobo-file.ts';

let app: TestApp;
const dir = mkdtempSync(join(tmpdir(), 'vt-import-http-'));
// A fixed `today`: the rows (and which hub each belongs to) must not depend on the calendar.
const demo = generateDemo({ seed: 3, cases: 30, months: 2, today: '2026-05-15' });
// Fixture hubs: cri_upala (the officer's), mex_tijuana (another officer's); both must be present.
const rows = demo.cases
  .filter((c) => c.hub === 'cri_upala' || c.hub === 'mex_tijuana')
  .slice(0, 6) as unknown as KoboSourceRecord[];

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

async function upload(
  query: string,
  token: string | null,
  body: Buffer,
  accept = 'application/json',
) {
  const response = await fetch(`${app.base}/imports?${query}`, {
    method: 'POST',
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      accept,
      'accept-language': 'en',
    },
    body,
  });
  return { status: response.status, text: await response.text() };
}

describe('POST /imports', () => {
  it('scopes to the caller, previews, streams progress and stores all-or-nothing', async () => {
    const path = join(dir, 'up.csv');
    await writeKoboFile({ path, records: rows, style: { format: 'csv' } });
    const body = readFileSync(path);
    expect((await upload('dryRun=1', null, body)).status).toBe(401);
    expect((await upload('dryRun=1', await app.login('reviewer'), body)).status).toBe(403);

    const officer = await app.login('officer');
    const preview = await upload('dryRun=1', officer, body);
    expect(preview.status).toBe(200);
    const report = JSON.parse(preview.text);
    const foreign = rows.filter((r) => r.hub !== 'cri_upala').length;
    expect(foreign).toBeGreaterThan(0);
    expect(foreign).toBeLessThan(rows.length);
    expect(report.counts.rejected).toBe(foreign);
    expect(report.stored).toBe(false);

    const streamed = await upload('acceptValid=0', officer, body, 'application/x-ndjson');
    const lines = streamed.text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.at(-1).type).toBe('report');
    expect(lines.some((l) => l.type === 'progress')).toBe(true);
    expect(lines.at(-1).report.stored).toBe(foreign === 0);

    const accepted = JSON.parse((await upload('acceptValid=1', officer, body)).text);
    expect(accepted.stored).toBe(true);
    expect(accepted.counts.inserted).toBe(rows.length - foreign);
    expect(accepted.kinds).toEqual({ case: rows.length - foreign, activity: 0 });

    // The batch lists exactly the records this import stored, and no other case.
    expect(accepted.batch).toMatch(/^\d{4}-\d{2}-\d{2}T.*Z$/u);
    const list = `query($f: RecordListFilter) { cases(filter: $f) { totalCount items { hub } } }`;
    const batch = await app.gql(list, { f: { importBatch: accepted.batch } }, { token: officer });
    expect(batch.body.data.cases.totalCount).toBe(rows.length - foreign);
    const later = join(dir, 'later.csv');
    const own = rows.find((r) => r.hub === 'cri_upala')!;
    await writeKoboFile({
      path: later,
      records: [{ ...own, _meta: { _uuid: 'b0000000-0000-4000-8000-000000000001' } }],
      style: { format: 'csv' },
    });
    const second = JSON.parse((await upload('acceptValid=0', officer, readFileSync(later))).text);
    expect(second.counts, JSON.stringify(second.details)).toMatchObject({ inserted: 1 });
    expect(second.batch).not.toBe(accepted.batch);
    const all = await app.gql(list, { f: {} }, { token: officer });
    expect(all.body.data.cases.totalCount).toBe(rows.length - foreign + 1);
    const first = await app.gql(list, { f: { importBatch: accepted.batch } }, { token: officer });
    expect(first.body.data.cases.totalCount).toBe(rows.length - foreign);
    const other = await app.gql(
      list,
      { f: { importBatch: '2020-01-01T00:00:00.000Z' } },
      { token: officer },
    );
    expect(other.body.data.cases.totalCount).toBe(0);
    const bad = await app.gql(list, { f: { importBatch: 'yesterday' } }, { token: officer });
    expect(bad.body.errors?.[0]?.message).toContain('importBatch');
  });
});

describe('GET /xlsform', () => {
  it('gives the XLSForm to a signed-in caller only', async () => {
    expect((await fetch(`${app.base}/xlsform`)).status).toBe(401);
    const response = await fetch(`${app.base}/xlsform`, {
      headers: { authorization: `Bearer ${await app.login('officer')}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('hubs_form.xlsx');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
  });
});
