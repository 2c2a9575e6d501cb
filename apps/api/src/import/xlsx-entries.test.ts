import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { afterAll, expect, it } from 'vitest';

/**
 * exceljs's streaming reader walks the ZIP's entries with its own `iterateStream` over
 * unzipper's `Parse`, which emits 'end' as soon as its *input* is finished, while entries it
 * already parsed may still wait in its buffer. A reader that is slow on one entry (exceljs
 * copies a worksheet that comes before the shared strings to a temporary file) then lost the
 * entries behind it, among them `xl/workbook.xml`, and the import failed with "Cannot read
 * properties of undefined (reading 'sheets')" once in a loaded CI run. patches/exceljs*.patch
 * makes `iterateStream` wait for the entries that are still buffered.
 */
const require = createRequire(import.meta.url);
const excelRequire = createRequire(require.resolve('exceljs'));
const iterateStream = excelRequire('./lib/utils/iterate-stream.js') as (
  stream: NodeJS.ReadableStream,
) => AsyncIterable<{ path: string; autodrain(): void }>;
const unzipper = excelRequire('unzipper') as { Parse(options: object): NodeJS.ReadWriteStream };

const dir = mkdtempSync(join(tmpdir(), 'vt-xlsx-entries-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('a reader slow on the first entry still sees every entry of the file', async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Datos').addRow(['a', 'b', 'c']);
  const path = join(dir, 'small.xlsx');
  await workbook.xlsx.writeFile(path);

  const zip = unzipper.Parse({ forceStream: true });
  const finished = once(zip, 'finish');
  createReadStream(path).pipe(zip);
  const seen: string[] = [];
  for await (const entry of iterateStream(zip)) {
    seen.push(entry.path);
    // Slow on the first entry: the parser reads the rest of the (small) file meanwhile.
    if (seen.length === 1) await finished;
    entry.autodrain();
  }
  expect(seen).toContain('xl/worksheets/sheet1.xml');
  expect(seen.at(-1)).toBe('xl/workbook.xml');
});
