import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTemplateDataSheet, templateExampleUuid, type TemplateCell } from '@ventanilla/domain';
import type { Database } from '../db/client.ts';
import { activities, cases, hubs } from '../db/schema/index.ts';
import { openTestDatabase } from '../test/app.ts';
import { runImport } from './run-import.ts';

/**
 * The import template (the dashboard's XLSX, whose data sheet the domain lays out) imported back:
 * its example row, marked by a reserved `_uuid`, is skipped and said so; the officer's rows
 * below it import as usual, all-or-nothing and idempotent as before.
 */
const today = '2026-03-15';
const upala = { code: 'cri_upala', country: 'CRI', admin1: 'Alajuela', type: 'permanent' as const };

let database: Database;
let drop: () => Promise<void>;
let dir = '';

beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
  dir = mkdtempSync(join(tmpdir(), 'vt-template-'));
  await database.db.insert(hubs).values({ ...upala, name: 'Upala' });
});
afterAll(async () => {
  await drop();
  rmSync(dir, { recursive: true, force: true });
});

let fileNo = 0;
/** The template's data sheet as the dashboard writes it, with `extra` rows below the example. */
async function templateFile({
  kind,
  lang,
  extra = [],
}: {
  kind: 'case' | 'activity';
  lang: 'es' | 'en';
  extra?: Record<string, TemplateCell>[];
}): Promise<string> {
  const sheet = buildTemplateDataSheet({ kind, lang, hub: upala, officerId: null, today });
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet(lang === 'es' ? 'Datos' : 'Data');
  data.columns = sheet.columns.map(({ key, header }) => ({ key, header }));
  data.addRow(sheet.example);
  for (const row of extra) data.addRow({ ...sheet.example, ...row });
  const path = join(dir, `template-${++fileNo}.xlsx`);
  await workbook.xlsx.writeFile(path);
  return path;
}

const importFile = (path: string, options: { dryRun?: boolean } = {}) =>
  runImport({
    db: database.db,
    actor: { user: null },
    input: createReadStream(path),
    options: { today, ...options },
  });

async function recordCount(): Promise<number> {
  const [c] = await database.db.select({ n: sql<number>`count(*)::int` }).from(cases);
  const [a] = await database.db.select({ n: sql<number>`count(*)::int` }).from(activities);
  return c!.n + a!.n;
}

describe('the import template imported back', () => {
  it.each([
    ['case', 'es'],
    ['activity', 'en'],
  ] as const)(
    'untouched (%s, %s): no record, and the report says the example was skipped',
    async (kind, lang) => {
      const before = await recordCount();
      const path = await templateFile({ kind, lang });
      for (const dryRun of [true, false]) {
        const report = await importFile(path, { dryRun });
        expect(report.fileErrors).toEqual([]);
        expect(report.rows).toBe(1);
        expect(report.templateExampleRows).toEqual([2]);
        expect(Object.values(report.counts).every((n) => n === 0)).toBe(true);
        expect(report.details).toEqual([]);
        expect(report.fileWarnings).toEqual([
          expect.objectContaining({
            code: 'template_example_skipped',
            severity: 'warning',
            message_en: expect.stringContaining('Row 2 is the example row of the template'),
            message_es: expect.stringContaining('La fila 2 es la fila de ejemplo de la plantilla'),
          }),
        ]);
        expect(report.stored).toBe(!dryRun);
      }
      expect(await recordCount()).toBe(before);
    },
  );

  it('with the officer’s rows below the example: those rows import, the example does not', async () => {
    const before = await recordCount();
    const path = await templateFile({
      kind: 'case',
      lang: 'es',
      extra: [
        { _uuid: 'cri-upala-2026-03-10-1', date: '2026-03-10' },
        { _uuid: 'cri-upala-2026-03-11-1', date: '2026-03-11' },
      ],
    });
    const report = await importFile(path);
    expect(report.templateExampleRows).toEqual([2]);
    expect(report.counts).toMatchObject({ inserted: 2, rejected: 0 });
    expect(report.stored).toBe(true);
    expect(await recordCount()).toBe(before + 2);
    const stored = await database.db
      .select({ date: cases.date })
      .from(cases)
      .where(eq(cases.hub, 'cri_upala'));
    expect(stored.map((r) => String(r.date)).sort()).toEqual(['2026-03-10', '2026-03-11']);

    // Idempotent as before: the same file again changes nothing and still says the example.
    const again = await importFile(path);
    expect(again.counts).toMatchObject({ inserted: 0, unchanged: 2 });
    expect(again.fileWarnings.map((w) => w.code)).toEqual(['template_example_skipped']);
    expect(await recordCount()).toBe(before + 2);
  });

  it('rows that copied the example’s _uuid are skipped, named together, never stored', async () => {
    const before = await recordCount();
    const path = await templateFile({
      kind: 'activity',
      lang: 'es',
      extra: [{ _uuid: ` UUID:${templateExampleUuid.toUpperCase()}` }],
    });
    const report = await importFile(path);
    expect(report.templateExampleRows).toEqual([2, 3]);
    expect(report.counts.inserted).toBe(0);
    expect(report.fileWarnings[0]!.message_es).toContain('Las filas 2, 3 llevan el _uuid');
    expect(await recordCount()).toBe(before);
  });
});
