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

/**
 * Limits on what one file may make the API hold: a Hubs form export has a few hundred columns
 * and rows of a few kilobytes; a small crafted file must not cost hundreds of megabytes.
 */
export const fileLimits = {
  maxColumns: 2_000,
  /** Characters in one CSV record (a row without a line break is read until one comes). */
  maxRecordChars: 1 << 20,
  /** Distinct texts of an XLSX (kept in memory while the sheet is read) and their length. */
  maxSharedStrings: 300_000,
  maxSharedStringChars: 30_000_000,
};

/** A file over one of `fileLimits`: nothing is stored, and the message says which. */
export class FileLimitError extends Error {
  constructor(
    readonly en: string,
    readonly es: string,
  ) {
    super(en);
    this.name = 'FileLimitError';
  }
}

const tooManyColumns = (n: number) =>
  new FileLimitError(
    `The file has ${n} columns; an export of the Hubs form has at most ${fileLimits.maxColumns}.`,
    `El archivo tiene ${n} columnas; una exportación del formulario de ventanillas tiene como máximo ${fileLimits.maxColumns}.`,
  );
const rowTooLong = () =>
  new FileLimitError(
    `A row of the file is longer than ${fileLimits.maxRecordChars} characters (is it a CSV export?).`,
    `Una fila del archivo tiene más de ${fileLimits.maxRecordChars} caracteres (¿es una exportación CSV?).`,
  );
const tooManyTexts = () =>
  new FileLimitError(
    `The XLSX file holds more than ${fileLimits.maxSharedStrings} different texts or ${fileLimits.maxSharedStringChars} characters of them; export fewer rows at a time.`,
    `El archivo XLSX contiene más de ${fileLimits.maxSharedStrings} textos distintos o ${fileLimits.maxSharedStringChars} caracteres de ellos; exporte menos filas a la vez.`,
  );

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
      max_record_size: fileLimits.maxRecordChars,
    }),
  );
  stream.on('error', (error) => parser.destroy(error));
  const read = async () => {
    try {
      return await iterator.next();
    } catch (error) {
      if ((error as { code?: string }).code === 'CSV_MAX_RECORD_SIZE') throw rowTooLong();
      throw error;
    }
  };
  const iterator = (parser as AsyncIterable<{ record: string[]; info: { lines: number } }>)[
    Symbol.asyncIterator
  ]();
  const first = await read();
  const headers: (string | null)[] = first.done ? [] : first.value.record;
  if (headers.length > fileLimits.maxColumns) throw tooManyColumns(headers.length);
  let ordinal = 1;
  async function* rows(): AsyncGenerator<SheetRow> {
    for (;;) {
      const next = await read();
      if (next.done) return;
      if (next.value.record.length > fileLimits.maxColumns)
        throw tooManyColumns(next.value.record.length);
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
  if (list.length > fileLimits.maxColumns) throw tooManyColumns(list.length);
  return Array.from(list, (value) => toCell(value));
}

/**
 * exceljs keeps every shared string of the workbook in one array before it reads the sheet; a
 * tiny compressed file can hold hundreds of thousands. Counts them as they are added and stops
 * past the limits (the array is created by the reader, so it is caught as it is assigned).
 */
function limitSharedStrings(reader: object): void {
  let strings: unknown[] | undefined;
  let chars = 0;
  const length = (item: unknown): number =>
    typeof item === 'string'
      ? item.length
      : ((item as { richText?: { text?: string }[] })?.richText ?? []).reduce(
          (sum, part) => sum + (part.text?.length ?? 0),
          0,
        );
  Object.defineProperty(reader, 'sharedStrings', {
    configurable: true,
    get: () => strings,
    set: (value: unknown[] | undefined) => {
      strings = value;
      if (!Array.isArray(value)) return;
      const push = value.push.bind(value);
      value.push = (...items: unknown[]) => {
        for (const item of items) chars += length(item);
        if (value.length + items.length > fileLimits.maxSharedStrings) throw tooManyTexts();
        if (chars > fileLimits.maxSharedStringChars) throw tooManyTexts();
        return push(...items);
      };
    },
  });
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
  limitSharedStrings(reader);
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
