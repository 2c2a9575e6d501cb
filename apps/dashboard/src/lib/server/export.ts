import ExcelJS from 'exceljs';

/** One CSV cell (RFC 4180), with formula-looking text neutralized for spreadsheets. */
export function toCsvCell(value: unknown): string {
  let text = Array.isArray(value) ? value.join(' ') : value == null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The separator Excel expects in a language's CSV: Spanish Excel (decimal comma) splits on `;`
 * and would put a whole `,` line in one cell.
 */
export function csvDelimiter(lang: 'es' | 'en'): ';' | ',' {
  return lang === 'es' ? ';' : ',';
}

/** A streamed CSV download (UTF-8 with BOM so Excel reads accents). */
export function streamCsv({
  columns,
  headers = columns,
  rows,
  filename,
  delimiter = ',',
}: {
  columns: readonly string[];
  /** Header cells (default: the column keys). */
  headers?: readonly string[];
  rows: AsyncIterable<Record<string, unknown>>;
  filename: string;
  delimiter?: ';' | ',';
}): Response {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  let started = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${headers.map(toCsvCell).join(delimiter)}\r\n`));
        return;
      }
      const next = await iterator.next();
      if (next.done) {
        controller.close();
        return;
      }
      controller.enqueue(
        encoder.encode(`${columns.map((c) => toCsvCell(next.value[c])).join(delimiter)}\r\n`),
      );
    },
  });
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    },
  });
}

/** An XLSX download with one sheet (exceljs). */
export async function buildXlsx({
  columns,
  headers = columns,
  rows,
  filename,
  sheet,
}: {
  columns: readonly string[];
  /** Header cells (default: the column keys). */
  headers?: readonly string[];
  rows: AsyncIterable<Record<string, unknown>>;
  filename: string;
  sheet: string;
}): Promise<Response> {
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(sheet);
  worksheet.columns = columns.map((key, i) => ({
    header: headers[i] ?? key,
    key,
    width: Math.min(40, Math.max(12, (headers[i] ?? key).length + 2)),
  }));
  worksheet.getRow(1).font = { bold: true };
  for await (const row of rows)
    worksheet.addRow(
      Object.fromEntries(
        columns.map((c) => [
          c,
          Array.isArray(row[c]) ? (row[c] as unknown[]).join(' ') : (row[c] ?? null),
        ]),
      ),
    );
  const buffer = await workbook.xlsx.writeBuffer();
  return new Response(buffer as ArrayBuffer, {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    },
  });
}
