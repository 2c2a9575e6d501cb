import { mkdtempSync, rmSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo, toRecord } from '@ventanilla/demo';
import type { CurrentUser } from '../auth/current-user.ts';
import type { Database } from '../db/client.ts';
import { queryRows } from '../db/rows.ts';
import { activities, cases, hubs } from '../db/schema/index.ts';
import { rowToRecord, type RecordKind } from '../records/fields.ts';
import { openTestDatabase } from '../test/app.ts';
import { writeKoboFile, type KoboFileStyle, type KoboSourceRecord } from './kobo-file.ts';
import { runImport, type ImportOptions } from './run-import.ts';
import type { ImportReport } from './report.ts';

const today = '2026-03-15';
const demo = generateDemo({ seed: 11, cases: 40, months: 2, endMonth: '2026-02', today });
const records: KoboSourceRecord[] = [...demo.cases, ...demo.activities] as never;

let database: Database;
let drop: () => Promise<void>;
let dir = '';

beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
  dir = mkdtempSync(join(tmpdir(), 'vt-import-'));
  for (const hub of demo.hubs)
    await database.db.insert(hubs).values({
      code: hub.code,
      name: hub.name,
      country: hub.country,
      admin1: hub.admin1,
      type: hub.type,
      active: hub.active,
    });
});
afterAll(async () => {
  await drop();
  rmSync(dir, { recursive: true, force: true });
});

let fileNo = 0;
async function file(style: KoboFileStyle, rows: Iterable<KoboSourceRecord> = records) {
  const path = join(dir, `export-${++fileNo}.${style.format}`);
  await writeKoboFile({ path, records: rows, style });
  return path;
}

function importFile(path: string, options: ImportOptions = {}, user: CurrentUser | null = null) {
  return runImport({
    db: database.db,
    actor: { user },
    input: createReadStream(path),
    options: { today, batchSize: 7, ...options },
  });
}

/** Row counts and a checksum of every table the importer may write. */
async function snapshot(): Promise<Record<string, string>> {
  const tables = [
    'cases',
    'case_services',
    'case_vulnerability_types',
    'case_profiles',
    'case_observations',
    'activities',
    'activity_topics',
    'record_sources',
    'audit_log',
  ];
  const out: Record<string, string> = {};
  for (const table of tables) {
    const result = await database.db.execute(
      sql.raw(
        `select count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as v from ${table} t`,
      ),
    );
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
      v: string;
    }[];
    out[table] = rows[0]!.v;
  }
  return out;
}

async function storedCanonical(kind: RecordKind) {
  const t = kind === 'case' ? cases : activities;
  const rows = await database.db.select().from(t);
  return new Map(
    rows.map((r) => [
      r.sourceUuid!,
      JSON.stringify([rowToRecord(kind, r as never), r.validationStatus]),
    ]),
  );
}

function expectCounts(report: ImportReport, counts: Partial<ImportReport['counts']>) {
  expect(report.fileErrors).toEqual([]);
  expect(report.counts).toMatchObject(counts);
}

const total = records.length;
const broken = (r: KoboSourceRecord): KoboSourceRecord => ({ ...r, date: '05/03/2024' });

describe('KoBo import (FORM.md §7)', () => {
  it('a rejected file leaves the database exactly as it was', async () => {
    const before = await snapshot();
    const bad = records.map((r, i) => (i === 3 ? broken(r) : r));
    const report = await importFile(await file({ format: 'csv' }, bad));
    expect(report.counts.rejected).toBe(1);
    expect(report.stored).toBe(false);
    const row = report.details.find((d) => d.outcome === 'rejected')!;
    expect(row.row).toBe(5);
    expect(row.issues[0]).toMatchObject({ rule: 'R2', fields: ['date'] });
    expect(await snapshot()).toEqual(before);
    const dry = await importFile(await file({ format: 'csv' }), { dryRun: true });
    expect(dry.counts.inserted).toBe(total);
    expect(dry.stored).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it('an error in the last row, after earlier batches were written, leaves nothing', async () => {
    // Batches are written while later rows are still read (double buffering): the rollback
    // must still take every one of them, and rows are reported in file order.
    const before = await snapshot();
    const bad = records.map((r, i) => (i === total - 1 || i === 9 ? broken(r) : r));
    const seen: number[] = [];
    for (const batchSize of [1, 7, total - 1, total]) {
      seen.length = 0;
      const report = await importFile(await file({ format: 'csv' }, bad), {
        batchSize,
        onRow: (row) => seen.push(row.row),
      });
      expect(report.counts).toMatchObject({ inserted: total - 2, rejected: 2 });
      expect(report.stored).toBe(false);
      expect(report.details.map((d) => d.row)).toEqual([...seen].sort((a, b) => a - b));
      expect(report.details.filter((d) => d.outcome === 'rejected').map((d) => d.row)).toEqual([
        11,
        total + 1,
      ]);
      expect(await snapshot()).toEqual(before);
    }
  }, 120_000); // four imports, one of them a batch per row

  it('round trip: generated records → KoBo file → import → identical canonical records', async () => {
    const report = await importFile(
      await file({ format: 'csv', groups: true, multiple: 'both', delimiter: ';' }),
    );
    expectCounts(report, { inserted: total, rejected: 0 });
    expect(report.stored).toBe(true);
    for (const kind of ['case', 'activity'] as const) {
      const stored = await storedCanonical(kind);
      const expected = (kind === 'case' ? demo.cases : demo.activities).map((r) => [
        r._meta._uuid,
        JSON.stringify([rowToRecord(kind, toRecord(r) as never), r._meta._validation_status]),
      ]);
      expect(stored.size).toBe(expected.length);
      for (const [uuid, content] of expected) expect(stored.get(uuid!)).toBe(content);
    }
  });

  const variants: [string, KoboFileStyle][] = [
    ['CSV, names, no groups, one column, comma', { format: 'csv', delimiter: ',', bom: false }],
    ['CSV, Spanish labels, groups', { format: 'csv', headers: 'es', groups: true }],
    ['CSV, English labels', { format: 'csv', headers: 'en' }],
    ['XLSX, names, groups, 0/1 columns', { format: 'xlsx', groups: true, multiple: 'flags' }],
    ['XLSX, names, both layouts', { format: 'xlsx', multiple: 'both' }],
    ['XLSX, Spanish labels', { format: 'xlsx', headers: 'es' }],
  ];
  it.each(variants)('re-import of the same records (%s) is unchanged', async (_, style) => {
    const before = await snapshot();
    const report = await importFile(await file(style));
    expectCounts(report, { unchanged: total, inserted: 0, updated: 0, rejected: 0 });
    const after = await snapshot();
    // Only the audit row of the import itself is new.
    expect({ ...after, audit_log: '' }).toEqual({ ...before, audit_log: '' });
  });

  // §7.2 step 3: "A.14 …/Other vulnerability (specify)" is the `other` choice (a 0/1 column), not
  // the field a14_vulnerability_other that has the same label.
  it('label exports with 0/1 columns', async () => {
    const report = await importFile(await file({ format: 'csv', headers: 'en', multiple: 'both' }));
    expectCounts(report, { unchanged: total });
  });

  it('edits arrive through meta/rootUuid and meta/deprecatedID; old versions are superseded', async () => {
    const [first, second] = demo.cases as unknown as KoboSourceRecord[];
    const edit1 = {
      ...first!,
      officer_id: 'CR-EDIT-1',
      _meta: {
        ...first!._meta,
        _uuid: 'aaaaaaaa-0000-4000-8000-000000000001',
        rootUuid: first!._meta._uuid,
      },
    };
    const edit2 = {
      ...second!,
      officer_id: 'CR-EDIT-2',
      _meta: {
        ...second!._meta,
        _uuid: 'aaaaaaaa-0000-4000-8000-000000000002',
        deprecatedID: second!._meta._uuid,
      },
    };
    const report = await importFile(await file({ format: 'csv' }, [edit1, edit2]));
    expectCounts(report, { updated: 2 });
    const [row] = await database.db
      .select()
      .from(cases)
      .where(eq(cases.sourceUuid, edit1._meta._uuid));
    expect(row!.officer_id).toBe('CR-EDIT-1');
    expect(row!.sourceUuidsSeen).toEqual([first!._meta._uuid, edit1._meta._uuid]);
    expect(row!.sourceRootUuid).toBe(first!._meta._uuid);
    const again = await importFile(await file({ format: 'csv' }));
    expectCounts(again, { superseded: 2, unchanged: total - 2 });
  });

  it('a changed KoBo validation status with the same _uuid is an update (§7.6), and back again', async () => {
    const target = demo.cases[11]!;
    const status = target._meta._validation_status === 'approved' ? 'on_hold' : 'approved';
    const reviewed = records.map((r) =>
      r._meta._uuid === target._meta._uuid
        ? { ...r, _meta: { ...r._meta, _validation_status: status } }
        : r,
    );
    const report = await importFile(await file({ format: 'csv' }, reviewed));
    expectCounts(report, { updated: 1, inserted: 0, conflict: 0, rejected: 0 });
    const stored = async () =>
      (
        await database.db
          .select({ s: cases.validationStatus })
          .from(cases)
          .where(eq(cases.sourceUuid, target._meta._uuid!))
      )[0]!.s;
    expect(await stored()).toBe(status);
    const back = await importFile(await file({ format: 'csv' }));
    expectCounts(back, { updated: 1, inserted: 0, conflict: 0, rejected: 0 });
    expect(await stored()).toBe(target._meta._validation_status ?? 'none');
  });

  it('a record changed in the web app since its import is a conflict; accept-valid; duplicates', async () => {
    const target = demo.cases[5]!;
    await database.db
      .update(cases)
      .set({ a3_community: 'Changed in the app', updatedAt: new Date(Date.now() + 5000) })
      .where(eq(cases.sourceUuid, target._meta._uuid));
    const edited = records.map((r) =>
      r._meta._uuid === target._meta._uuid ? { ...r, officer_id: 'CR-KOBO-EDIT' } : r,
    );
    const extra = { ...records[7]!, _meta: { ...records[7]!._meta } };
    const missing = { ...records[8]!, _meta: { ...records[8]!._meta, _uuid: '' } };
    const withBad = [
      ...edited,
      extra,
      missing,
      broken({ ...records[9]!, _meta: { _uuid: 'b-1' } }),
    ];
    const path = await file({ format: 'csv' }, withBad);
    const before = await snapshot();
    const strict = await importFile(path);
    expect(strict.stored).toBe(false);
    expect(await snapshot()).toEqual(before);
    const report = await importFile(path, { acceptValid: true });
    expect(report.stored).toBe(true);
    expect(report.counts).toMatchObject({ conflict: 1, rejected: 3, inserted: 0 });
    const rules = report.details
      .filter((d) => d.outcome === 'rejected')
      .map((d) => d.issues[0]!.rule);
    expect(rules.sort()).toEqual(['R2', 'duplicate_uuid', 'missing_uuid']);
    const [kept] = await database.db
      .select()
      .from(cases)
      .where(eq(cases.sourceUuid, target._meta._uuid));
    expect(kept!.a3_community).toBe('Changed in the app');
  });

  it('--hub fills an empty hub and rejects other hubs; officers import only their hubs', async () => {
    const hubA = demo.hubs[0]!.code;
    const rows = demo.cases.slice(0, 6).map((r, i) => ({
      ...r,
      hub: i < 2 ? null : r.hub,
      _meta: { ...r._meta, _id: 90000 + i, _uuid: `cccccccc-0000-4000-8000-00000000000${i}` },
    })) as unknown as KoboSourceRecord[];
    const path = await file({ format: 'csv' }, rows);
    const report = await importFile(path, { hub: hubA, dryRun: true });
    const otherHub = rows.filter((r, i) => i >= 2 && r.hub !== hubA).length;
    expect(report.counts.rejected).toBe(otherHub);
    expect(report.counts.inserted).toBe(6 - otherHub);
    const officer: CurrentUser = {
      id: '00000000-0000-4000-8000-000000000009',
      email: 'o@test.org',
      name: 'o',
      role: 'hub_officer',
      hubCodes: [hubA],
    };
    const scoped = await importFile(
      await file({ format: 'csv' }, rows.slice(2)),
      { dryRun: true },
      officer,
    );
    const foreign = rows.slice(2).filter((r) => r.hub !== hubA).length;
    expect(scoped.counts.rejected).toBe(foreign);
    for (const d of scoped.details) expect(d.issues[0]!.rule).toBe('hub');
  });

  it('the Excel form with a _uuid column added: "not applicable" slots read as empty', async () => {
    // The handbook's Excel version: Spanish labels, an XLSX, unused service slots marked
    // "No aplica" / "N/A" (§7.4), and no KoBo metadata except the _uuid column added here.
    const oneService = demo.cases.filter((r) => r.a10_service_1 && !r.a10_service_2).slice(0, 3);
    expect(oneService.length).toBeGreaterThan(0);
    const tokens = ['No aplica', 'N/A', 'no aplicable'];
    const rows = oneService.map((r, i) => ({
      ...r,
      a10_service_2: tokens[i % 3],
      a11_action_2: tokens[(i + 1) % 3],
      a10_service_3: 'Not applicable',
      a11_action_3: 'NA',
      _meta: { _uuid: `dddddddd-0000-4000-8000-00000000000${i}` },
    })) as unknown as KoboSourceRecord[];
    const report = await importFile(await file({ format: 'xlsx', headers: 'es' }, rows));
    expectCounts(report, { inserted: rows.length, rejected: 0 });
    const stored = await storedCanonical('case');
    for (const [i, r] of oneService.entries())
      expect(JSON.parse(stored.get(`dddddddd-0000-4000-8000-00000000000${i}`)!)[0]).toEqual(
        rowToRecord('case', toRecord(r) as never),
      );
  });

  it('the Excel form as it is (no _uuid column): one file-level error, no row errors', async () => {
    const rows = demo.cases.slice(0, 4) as unknown as KoboSourceRecord[];
    const path = await file({ format: 'xlsx', headers: 'es' }, rows);
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const sheet = book.worksheets[0]!;
    const column = (sheet.getRow(1).values as unknown[]).indexOf('_uuid');
    sheet.spliceColumns(column, 1);
    await book.xlsx.writeFile(path);
    const report = await importFile(path);
    expect(report.fileErrors).toHaveLength(1);
    expect(report.fileErrors[0]).toMatchObject({
      code: 'missing_uuid_column',
      message_en: 'The file has no _uuid column: only KoBo exports can be imported.',
      message_es:
        'El archivo no tiene la columna _uuid: solo se pueden importar exportaciones de KoBo.',
    });
    expect(report.rows).toBe(0);
    expect(report.details).toEqual([]);
  });

  it('file-level errors: no _uuid column', async () => {
    const path = join(dir, 'no-uuid.csv');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, 'record_type;date;hub\ncase;2026-01-02;cri_upala\n');
    const report = await importFile(path);
    expect(report.fileErrors.map((e) => e.code)).toEqual(['missing_uuid_column']);
  });

  it('matches uuids through GIN indexes without a pending list (imports stay linear)', async () => {
    // With fastupdate on, every batch's lookup scanned the rows inserted earlier in the same
    // import transaction (a pending list of up to 4 MB): 0.3–0.9 s a batch at 40k rows.
    const list = await queryRows<{ relname: string; reloptions: string[] }>(
      database.db,
      sql`select relname, reloptions from pg_class
          where relname in ('cases_source_seen_idx', 'activities_source_seen_idx')
          order by relname`,
    );
    expect(list.map((r) => [r.relname, r.reloptions])).toEqual([
      ['activities_source_seen_idx', ['fastupdate=false']],
      ['cases_source_seen_idx', ['fastupdate=false']],
    ]);
  });
});
