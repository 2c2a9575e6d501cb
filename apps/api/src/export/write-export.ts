import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { and, asc, eq, gt, gte, inArray, lte, type SQL } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { listStoredFields } from '@ventanilla/domain';
import type { Executor } from '../db/client.ts';
import { activities, cases, recordSources } from '../db/schema/index.ts';
import type { RecordKind } from '../records/fields.ts';

/**
 * KoBo-compatible columns (FORM.md §7.8, XML names without groups): every stored field, then the
 * KoBo metadata the importer reads back (§7.3).
 */
export const exportColumns: readonly string[] = [
  ...listStoredFields().map((f) => f.name),
  '_id',
  '_uuid',
  'meta/rootUuid',
  '_submission_time',
  '_validation_status',
  '_xform_id_string',
];

const multiple = new Set(
  listStoredFields()
    .filter((f) => f.type === 'select_multiple')
    .map((f) => f.name),
);

export type ExportFilter = { from: string; to: string; hubCodes?: readonly string[] | 'all' };

type Row = Record<string, unknown>;

function cellValue(name: string, value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (multiple.has(name)) return (value as string[]).join(' ');
  if (typeof value === 'number') return value;
  return String(value);
}

/** One export row (KoBo names and values) from a stored record. */
function toExportRow(
  kind: RecordKind,
  row: Row,
  submittedAt: Date | null,
): (string | number | null)[] {
  return exportColumns.map((name) => {
    switch (name) {
      case 'record_type':
        return kind;
      case '_id':
        return (row.sourceId as string | null) ?? null;
      case '_uuid':
        return (row.sourceUuid as string | null) ?? (row.id as string);
      case 'meta/rootUuid':
        return (
          (row.sourceRootUuid as string | null) ??
          (row.sourceUuid as string | null) ??
          (row.id as string)
        );
      case '_submission_time':
        return submittedAt ? submittedAt.toISOString().replace(/Z$/u, '') : null;
      case '_validation_status': {
        const status = row.validationStatus as string | null;
        return status && status !== 'none' ? `validation_status_${status}` : null;
      }
      case '_xform_id_string':
        return (row.sourceFormId as string | null) ?? null;
      default:
        return cellValue(name, row[name]);
    }
  });
}

/** Streams the records of a period (months inclusive), cases then activities, in pages. */
async function* iterateExportRows(
  db: Executor,
  filter: ExportFilter,
  pageSize = 1000,
): AsyncGenerator<(string | number | null)[]> {
  for (const kind of ['case', 'activity'] as const) {
    const t = kind === 'case' ? cases : activities;
    const key = kind === 'case' ? recordSources.caseId : recordSources.activityId;
    let after: string | null = null;
    for (;;) {
      const conditions: SQL[] = [gte(t.month, filter.from), lte(t.month, filter.to)];
      if (filter.hubCodes && filter.hubCodes !== 'all')
        conditions.push(inArray(t.hub, [...filter.hubCodes, '\u0000']));
      if (after) conditions.push(gt(t.id, after));
      const page = (await db
        .select({ row: t, submittedAt: recordSources.submittedAt })
        .from(t)
        .leftJoin(recordSources, eq(key, t.id))
        .where(and(...conditions))
        .orderBy(asc(t.id))
        .limit(pageSize)) as { row: Row; submittedAt: Date | null }[];
      for (const { row, submittedAt } of page) yield toExportRow(kind, row, submittedAt);
      if (page.length < pageSize) break;
      after = page.at(-1)!.row.id as string;
    }
  }
}

function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[";\n\r]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Writes an export as CSV (`;`, UTF-8 with BOM, as KoBo) or XLSX, by the file name. */
export async function writeExport({
  db,
  filter,
  out,
  format,
}: {
  db: Executor;
  filter: ExportFilter;
  out: string | Writable;
  format: 'csv' | 'xlsx';
}): Promise<number> {
  const stream = typeof out === 'string' ? createWriteStream(out) : out;
  let count = 0;
  if (format === 'xlsx') {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false });
    const sheet = workbook.addWorksheet('hubs_form');
    sheet.addRow([...exportColumns]).commit();
    for await (const row of iterateExportRows(db, filter)) {
      sheet.addRow(row).commit();
      count += 1;
    }
    sheet.commit();
    await workbook.commit();
    return count;
  }
  const write = async (line: string) => {
    if (!stream.write(line)) await once(stream, 'drain');
  };
  await write(`\uFEFF${exportColumns.map(csvField).join(';')}\r\n`);
  for await (const row of iterateExportRows(db, filter)) {
    await write(`${row.map(csvField).join(';')}\r\n`);
    count += 1;
  }
  stream.end();
  await once(stream, 'finish');
  return count;
}
