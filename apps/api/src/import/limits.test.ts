/**
 * Issue 14 item 7: files that would make the importer hold far more than their size (a CSV
 * header of 100,000 columns, a row with no line break, an XLSX of 300,000 tiny shared strings
 * that compresses to a few kilobytes) are refused with a message that names the limit, in the
 * caller's language, and nothing is stored.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/rows.ts';
import { startTestApp, type TestApp } from '../test/app.ts';
import { fileLimits } from './read-rows.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** A ZIP archive (deflated entries, in the order given): enough for exceljs's streaming reader. */
function zip(entries: [string, string][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const data = Buffer.from(text);
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt32LE(crc32(data), 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(header, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += header.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** An XLSX whose shared-strings part holds `n` distinct short texts and one tiny sheet. */
function xlsxWithSharedStrings(n: number): Buffer {
  const items = Array.from({ length: n }, (_, i) => `<si><t>${i.toString(36)}</t></si>`).join('');
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rels = 'http://schemas.openxmlformats.org/package/2006/relationships';
  const officeRels = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zip([
    [
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    ],
    [
      '_rels/.rels',
      `<?xml version="1.0"?><Relationships xmlns="${rels}"><Relationship Id="rId1" Type="${officeRels}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      'xl/workbook.xml',
      `<?xml version="1.0"?><workbook xmlns="${main}" xmlns:r="${officeRels}"><sheets><sheet name="s" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0"?><Relationships xmlns="${rels}"><Relationship Id="rId1" Type="${officeRels}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ],
    ['xl/sharedStrings.xml', `<?xml version="1.0"?><sst xmlns="${main}">${items}</sst>`],
    [
      'xl/worksheets/sheet1.xml',
      `<?xml version="1.0"?><worksheet xmlns="${main}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`,
    ],
  ]);
}

async function upload(body: Buffer, lang: 'es' | 'en', ndjson = false) {
  const token = await app.login('officer');
  const res = await fetch(`${app.base}/imports?acceptValid=1`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'accept-language': lang,
      accept: ndjson ? 'application/x-ndjson' : 'application/json',
    },
    body,
  });
  return { status: res.status, text: await res.text() };
}

/** Cases and activities stored (a bigint: postgres.js gives it as a string, PGlite as a number). */
const storedRows = async () =>
  Number(
    (
      await queryRows<{ n: number | string }>(
        app.database.db,
        sql`select (select count(*) from cases) + (select count(*) from activities) as n`,
      )
    )[0]!.n,
  );

describe('files past the import limits are refused with a message naming the limit', () => {
  it('a CSV header of 100,000 columns', async () => {
    const header = Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',');
    const csv = Buffer.from(`${header}\n${'x,'.repeat(10)}\n`);
    const en = await upload(csv, 'en');
    expect(en.status).toBe(413);
    expect(JSON.parse(en.text).error).toBe(
      `The file has 100000 columns; an export of the Hubs form has at most ${fileLimits.maxColumns}.`,
    );
    const es = await upload(csv, 'es', true);
    expect(JSON.parse(es.text.trim().split('\n').at(-1)!)).toEqual({
      type: 'error',
      error: `El archivo tiene 100000 columnas; una exportación del formulario de ventanillas tiene como máximo ${fileLimits.maxColumns}.`,
    });
    expect(await storedRows()).toBe(0);
  });

  it('a CSV row longer than the record limit', async () => {
    const csv = Buffer.from(`_uuid,date\n"${'a'.repeat(fileLimits.maxRecordChars + 10)}`);
    const res = await upload(csv, 'es');
    expect(res.status).toBe(413);
    expect(JSON.parse(res.text).error).toContain(`más de ${fileLimits.maxRecordChars} caracteres`);
  });

  it('an XLSX of more shared strings than the limit, however small the file', async () => {
    const file = xlsxWithSharedStrings(fileLimits.maxSharedStrings + 1);
    expect(file.length).toBeLessThan(2_000_000);
    const res = await upload(file, 'en');
    expect(res.status).toBe(413);
    expect(JSON.parse(res.text).error).toContain(
      `more than ${fileLimits.maxSharedStrings} different texts`,
    );
    expect(await storedRows()).toBe(0);
  });

  it('an XLSX of shared strings within the limit is read (the hand-made file is a valid one)', async () => {
    const res = await upload(xlsxWithSharedStrings(10), 'en');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text).format).toBe('xlsx');
  });
});
