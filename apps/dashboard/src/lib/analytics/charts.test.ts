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
import type { Disaggregation } from './types.ts';

const filter = { from: '2026-09', to: '2026-11', countries: [], hubs: [], hubType: null };
const answer = (
  cells: [string[], number | null][],
  total: number,
  threshold: number | null = 5,
): Disaggregation => ({
  total,
  threshold,
  suppressedCells: cells.filter(([, v]) => v == null).length,
  cells: cells.map(([keys, value]) => ({ keys, value, suppressed: value == null })),
});

describe('chart tables', () => {
  it('lists every month of the period, zeros included', () => {
    const table = buildChartTable({
      id: 'cases-by-month',
      answers: { cases: answer([[['2026-10'], 12]], 12) },
      lang: 'es',
      filter,
    });
    expect(table.rows.map((r) => [r.code, r.values[0]!.value])).toEqual([
      ['2026-09', 0],
      ['2026-10', 12],
      ['2026-11', 0],
    ]);
  });

  it('groups genders (a group with a suppressed part is suppressed) with English labels', () => {
    const table = buildChartTable({
      id: 'age-gender',
      answers: {
        cases: answer(
          [
            [['age_25_34', 'woman'], 7],
            [['age_25_34', 'trans_woman'], 5],
            [['age_25_34', 'man'], 9],
            [['age_25_34', 'trans_man'], null],
          ],
          30,
        ),
      },
      lang: 'en',
      filter,
    });
    expect(table.columns).toEqual(['Women', 'Men', 'Other gender identities', 'Not stated']);
    expect(table.rows).toEqual([
      {
        code: 'age_25_34',
        label: '25 to 34 years',
        values: [
          { value: 12, suppressed: false },
          { value: null, suppressed: true },
          { value: 0, suppressed: false },
          { value: 0, suppressed: false },
        ],
      },
    ]);
  });

  it('shows the top nationalities and the rest as total minus those shown', () => {
    const cells: [string[], number | null][] = [
      [['VEN'], 40],
      [['NIC'], 30],
      [['COL'], 20],
      [['HTI'], 10],
      [['CUB'], 9],
      [['HND'], 8],
      [['GTM'], 7],
      [['SLV'], 6],
      [['ECU'], 5],
      [['PER'], null],
      [['BRA'], null],
    ];
    const table = buildChartTable({
      id: 'nationality',
      answers: { cases: answer(cells, 140) },
      lang: 'es',
      filter,
    });
    expect(table.rows).toHaveLength(9);
    expect(table.rows[0]!.label).toMatch(/Venezuela/);
    expect(table.rows[8]).toEqual({
      code: 'rest',
      label: 'Resto (incluye 2 suprimidas)',
      values: [{ value: 140 - 130, suppressed: false }],
    });
  });

  it('suppresses a derived gap from 1 to k−1 for reviewers, not for cleared roles', () => {
    const answers = (k: number | null) => ({
      requested: answer([[['health'], 9]], 9, k),
      referred: answer([[['health'], 6]], 6, k),
    });
    const gap = (k: number | null) =>
      buildChartTable({ id: 'unmet-needs', answers: answers(k), lang: 'es', filter }).rows[0]!
        .values[2];
    expect(gap(5)).toEqual({ value: null, suppressed: true });
    expect(gap(null)).toEqual({ value: 3, suppressed: false });
  });
});
