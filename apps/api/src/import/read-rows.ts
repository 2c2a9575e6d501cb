import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { detectCsvDelimiter, type DateSystem, type KoboCell } from '@ventanilla/domain';

export type FileFormat = 'csv' | 'xlsx';

/** One data row: its number in the file (the header is row 1) and its cells. */
export type SheetRow = { number: number; cells: KoboCell[] };

/** A streamed table: the header row, the date system, then the data rows one at a time. */
export type RowSource = {
  format: FileFormat;
  headers: (string | null)[];
  dateSystem: DateSystem;
  rows: AsyncIterable<SheetRow>;
};

/** A ZIP file (XLSX) starts with `PK\x03\x04`. */
export function sniffFormat(head: Buffer): FileFormat {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03
    ? 'xlsx'
    : 'csv';
}

/** Reads the first bytes of a stream and gives back a stream that still starts with them. */
async function peek(
  input: AsyncIterable<Buffer | string>,
  until: (head: Buffer) => boolean,
): Promise<{ head: Buffer; stream: Readable }> {
  const iterator = input[Symbol.asyncIterator]();
  const parts: Buffer[] = [];
  let head = Buffer.alloc(0);
  let done = false;
  while (!until(head)) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    parts.push(Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value));
    head = Buffer.concat(parts);
  }
  async function* rest() {
    if (head.length) yield head;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { head, stream: Readable.from(rest(), { objectMode: false }) };
}

/** Opens a KoBo export (CSV or XLSX, told apart by its first bytes) as a row stream. */
export async function openRowSource({
  input,
}: {
  input: AsyncIterable<Buffer | string>;
}): Promise<RowSource> {
  const { head, stream } = await peek(input, (h) => h.length >= 4);
  return sniffFormat(head) === 'xlsx' ? openXlsx(stream) : openCsv(stream);
}

async function openCsv(input: Readable): Promise<RowSource> {
  // The delimiter comes from the header line (FORM.md §7.1).
  const { head, stream } = await peek(input, (h) => h.includes(0x0a) || h.length > 1 << 20);
  const headerLine = head.toString('utf8').replace(/^\uFEFF/u, '');
  const delimiter = detectCsvDelimiter({ headerLine: headerLine.split('\n')[0] ?? '' });
  const parser = stream.pipe(
    parse({
      delimiter,
      bom: true,
      quote: '"',
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }),
  );
  stream.on('error', (error) => parser.destroy(error));
  const iterator = (parser as AsyncIterable<{ record: string[]; info: { lines: number } }>)[
    Symbol.asyncIterator
  ]();
  const first = await iterator.next();
  const headers: (string | null)[] = first.done ? [] : first.value.record;
  let ordinal = 1;
  async function* rows(): AsyncGenerator<SheetRow> {
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      ordinal += 1;
      yield { number: ordinal, cells: next.value.record };
    }
  }
  return { format: 'csv', headers, dateSystem: 1900, rows: rows() };
}

/** An exceljs cell value as a plain KoBo cell. */
function toCell(value: unknown): KoboCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== 'object') return value as KoboCell;
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText))
    return (v.richText as { text: string }[]).map((part) => part.text).join('');
  if ('result' in v) return toCell(v.result);
  if ('text' in v) return toCell(v.text);
  if ('error' in v) return null;
  return String(value);
}

function rowCells(values: unknown): KoboCell[] {
  // exceljs rows are 1-based sparse arrays.
  const list = Array.isArray(values) ? values.slice(1) : [];
  return Array.from(list, (value) => toCell(value));
}

/** How long the XLSX reader may sit without producing anything once the whole file is in. */
const xlsxStallMs = 5_000;

/**
 * exceljs's streaming reader can wait forever on a broken ZIP (a truncated or corrupted file).
 * Once the input has ended, a read that makes no progress for a while fails instead, so the
 * import answers "could not be read" rather than hanging.
 */
function guardAgainstStall(input: Readable) {
  let ended = false;
  const waiting = new Set<() => void>();
  input.once('end', () => {
    ended = true;
    for (const arm of waiting) arm();
  });
  return async function next<T>(
    read: () => Promise<IteratorResult<T>>,
  ): Promise<IteratorResult<T>> {
    let timer: NodeJS.Timeout | undefined;
    let arm = () => {};
    const stalled = new Promise<never>((_, reject) => {
      arm = () => {
        timer = setTimeout(
          () => reject(new Error('The XLSX file ends before it is complete.')),
          xlsxStallMs,
        );
      };
      if (ended) arm();
      else waiting.add(arm);
    });
    try {
      return await Promise.race([read(), stalled]);
    } finally {
      waiting.delete(arm);
      clearTimeout(timer);
    }
  };
}

async function openXlsx(input: Readable): Promise<RowSource> {
  const guarded = guardAgainstStall(input);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  const sheets = reader[Symbol.asyncIterator]();
  const sheet = await guarded(() => sheets.next());
  const dateSystem: DateSystem = (
    reader as unknown as { properties?: { model?: { date1904?: boolean } } }
  ).properties?.model?.date1904
    ? 1904
    : 1900;
  if (sheet.done) {
    return { format: 'xlsx', headers: [], dateSystem, rows: (async function* () {})() };
  }
  const rowIterator = (sheet.value as AsyncIterable<ExcelJS.Row>)[Symbol.asyncIterator]();
  let headers: (string | null)[] = [];
  let pending: ExcelJS.Row | null = null;
  for (;;) {
    const next = await guarded(() => rowIterator.next());
    if (next.done) break;
    const cells = rowCells(next.value.values);
    if (cells.every((c) => c === null || c === '')) continue;
    if (headers.length === 0) {
      headers = cells.map((c) => (c === null || c === undefined ? null : String(c)));
      break;
    }
    pending = next.value;
  }
  async function* rows(): AsyncGenerator<SheetRow> {
    if (pending) yield { number: pending.number, cells: rowCells(pending.values) };
    for (;;) {
      const next = await guarded(() => rowIterator.next());
      if (next.done) break;
      const cells = rowCells(next.value.values);
      if (cells.every((c) => c === null || c === '')) continue;
      yield { number: next.value.number, cells };
    }
    // Only the first worksheet is read (FORM.md §7.1); let the rest of the file drain.
    input.resume();
  }
  return { format: 'xlsx', headers, dateSystem, rows: rows() };
}
