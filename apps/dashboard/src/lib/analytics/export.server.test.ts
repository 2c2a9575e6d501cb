import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';

// The full country list loads i18n-iso-countries' JSON, which the app keeps external to Vite;
// a small stand-in is enough for these tables.
vi.mock('@ventanilla/domain/form/options/country', async () => {
  const { defineOptionList } = await import('@ventanilla/domain/form/options/option');
  const options = [{ code: 'VEN', en: 'Venezuela', es: 'Venezuela' }];
  return {
    pinnedCountryCodes: ['VEN'],
    countryList: defineOptionList({ name: 'country', options }),
    nationalityList: defineOptionList({ name: 'nationality', options }),
    nationalityExtraOptions: [],
    isCountryCode: ({ code }: { code: string }) => code === 'VEN',
  };
});
import { buildChartTable } from './charts.ts';
import { buildCompareTable } from './compare.ts';
import { respondCsv, respondXlsx } from './export.server.ts';
import type { Disaggregation } from './types.ts';

const filter = { from: '2026-09', to: '2026-11', countries: [], hubs: [], hubType: null };

const exact = (cells: [string[], number][], total: number): Disaggregation => ({
  total,
  protected: false,
  threshold: null,
  cells: cells.map(([keys, value]) => ({ keys, value })),
});

const unmet = (lang: 'es' | 'en') =>
  buildChartTable({
    id: 'unmet-needs',
    answers: {
      requested: exact([[['regularization'], 9]], 9),
      referred: exact([[['regularization'], 4]], 4),
    },
    lang,
    filter,
  });

/** The CSV's lines (BOM off) and its file name. */
async function readCsv(response: Response): Promise<{ lines: string[]; name: string }> {
  // Response.text() drops a BOM: read the bytes as sent.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  expect(text.startsWith('\uFEFF')).toBe(true);
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')![1]!;
  return { lines: text.slice(1).split('\r\n'), name };
}

describe('chart downloads', () => {
  it('reads in Spanish, split by ";", named in Spanish words', async () => {
    const { lines, name } = await readCsv(
      respondCsv({ table: unmet('es'), filter, lang: 'es', revealed: false }),
    );
    expect(name).toBe('ventanilla-necesidades-sin-atender-2026-09-2026-11.csv');
    expect(lines[0]).toBe(
      'Servicio solicitado;Casos que lo solicitaron;"De ellos, referidos";Sin remisión',
    );
    expect(lines[1]).toMatch(/^[^;]+;9;4;5$/);
    expect(lines[1]).not.toMatch(/regularization/);
  });

  it('reads in English, split by ",", named in English words', async () => {
    const { lines, name } = await readCsv(
      respondCsv({ table: unmet('en'), filter, lang: 'en', revealed: false }),
    );
    expect(name).toBe('ventanilla-unmet-needs-2026-09-2026-11.csv');
    expect(lines[0]).toBe(
      'Service requested,Cases requesting it,"Of those, referred",Not referred',
    );
    expect(lines[1]).toMatch(/^[^,]+,9,4,5$/);
  });

  it('with codes: the field name, row and series codes, split by "," in either language', async () => {
    for (const lang of ['es', 'en'] as const) {
      const { lines, name } = await readCsv(
        respondCsv({ table: unmet(lang), filter, lang, revealed: false, codes: true }),
      );
      expect(name).toBe(
        lang === 'es'
          ? 'ventanilla-necesidades-sin-atender-codigos-2026-09-2026-11.csv'
          : 'ventanilla-unmet-needs-codes-2026-09-2026-11.csv',
      );
      expect(lines.slice(0, 2)).toEqual([
        'a10_service,requested,referred,not_referred',
        'regularization,9,4,5',
      ]);
    }
  });

  it('keeps the notes under the table, the audit note after a reveal', async () => {
    const { lines } = await readCsv(
      respondCsv({ table: unmet('es'), filter, lang: 'es', revealed: true, codes: true }),
    );
    const blank = lines.indexOf('');
    expect(blank).toBe(2);
    expect(lines.slice(blank + 1).filter(Boolean).length).toBe(unmet('es').notes.length + 1);
  });

  it('heads the age × gender codes with the age field and the gender groups', async () => {
    const table = buildChartTable({
      id: 'age-gender',
      answers: { cases: exact([[['age_25_34', 'woman'], 7]], 7) },
      lang: 'es',
      filter,
    });
    const { lines } = await readCsv(
      respondCsv({ table, filter, lang: 'es', revealed: false, codes: true }),
    );
    expect(lines[0]).toBe('a5_age_range,women,men,other_gender,not_stated');
    expect(lines).toContain('age_25_34,7,0,0,0');
  });

  it('heads a comparison’s codes with the hubs’ codes, rows the months', async () => {
    const table = buildCompareTable({
      id: 'compare-month',
      answer: exact([[['cri_upala', '2026-10'], 6]], 6),
      hubs: [
        {
          code: 'cri_upala',
          name: 'Upala',
          country: 'CRI',
          countryName: 'Costa Rica',
          type: 'permanent',
        },
        {
          code: 'cri_los_chiles',
          name: 'Los Chiles',
          country: 'CRI',
          countryName: 'Costa Rica',
          type: 'permanent',
        },
      ],
      lang: 'en',
      filter,
    });
    const { lines, name } = await readCsv(
      respondCsv({ table, filter, lang: 'en', revealed: false, codes: true }),
    );
    expect(name).toBe('ventanilla-comparison-of-cases-by-month-codes-2026-09-2026-11.csv');
    expect(lines.slice(0, 4)).toEqual([
      'month,cri_upala,cri_los_chiles',
      '2026-09,0,0',
      '2026-10,6,0',
      '2026-11,0,0',
    ]);
  });

  it('writes the same cells to XLSX, in words or codes, named like the CSV', async () => {
    const sheetRows = async (response: Response) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await response.arrayBuffer());
      return book.worksheets[0]!.getSheetValues().flatMap((row) =>
        Array.isArray(row) ? [row.slice(1)] : [],
      );
    };
    const words = await respondXlsx({
      table: unmet('es'),
      filter,
      lang: 'es',
      filterText: '',
      revealed: false,
    });
    expect(words.headers.get('content-disposition')).toContain(
      'filename="ventanilla-necesidades-sin-atender-2026-09-2026-11.xlsx"',
    );
    expect((await sheetRows(words))[0]).toEqual([
      'Servicio solicitado',
      'Casos que lo solicitaron',
      'De ellos, referidos',
      'Sin remisión',
    ]);
    const codes = await respondXlsx({
      table: unmet('en'),
      filter,
      lang: 'en',
      filterText: '',
      revealed: false,
      codes: true,
    });
    expect(codes.headers.get('content-disposition')).toContain(
      'filename="ventanilla-unmet-needs-codes-2026-09-2026-11.xlsx"',
    );
    expect(await sheetRows(codes)).toEqual([
      ['a10_service', 'requested', 'referred', 'not_referred'],
      ['regularization', 9, 4, 5],
    ]);
  });
});
