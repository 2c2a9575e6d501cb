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

/** An API answer: perturbed (`protected`, k = 5) unless `exact`. */
const answer = (
  cells: [string[], number][],
  total: number,
  { exact = false }: { exact?: boolean } = {},
): Disaggregation => ({
  total,
  protected: !exact,
  threshold: exact ? null : 5,
  cells: cells.map(([keys, value]) => ({ keys, value })),
});

const protectedEs =
  'Las cifras están protegidas: pueden diferir en unas pocas unidades de los conteos de la propia ventanilla; el total se protege por separado y puede no coincidir con la suma.';
const protectedEn =
  'Figures are protected: small differences from the hub’s own counts are expected; the total is protected on its own and may not equal the sum of the rows.';

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

  it('sums published gender cells into groups, every age band a number, with English labels', () => {
    const table = buildChartTable({
      id: 'age-gender',
      answers: {
        cases: answer(
          [
            [['age_25_34', 'woman'], 7],
            [['age_25_34', 'trans_woman'], 5],
            [['age_25_34', 'man'], 9],
            [['age_25_34', 'trans_man'], 5],
            [['age_18_24', 'man'], 5],
          ],
          30,
        ),
      },
      lang: 'en',
      filter,
    });
    expect(table.columns).toEqual(['Women', 'Men', 'Other gender identities', 'Not stated']);
    // A pyramid keeps every age band (no blank groups); each cell is a published number.
    expect(table.rows.map((r) => r.code)).toEqual([
      'age_0_5',
      'age_6_11',
      'age_12_17',
      'age_18_24',
      'age_25_34',
      'age_35_44',
      'age_45_59',
      'age_60_64',
      'age_65_plus',
      'unknown',
    ]);
    for (const row of table.rows)
      for (const value of row.values) expect(Number.isInteger(value.value)).toBe(true);
    expect(table.rows.find((r) => r.code === 'age_25_34')).toEqual({
      code: 'age_25_34',
      label: '25 to 34 years',
      values: [{ value: 12 }, { value: 14 }, { value: 0 }, { value: 0 }],
    });
    expect(table.rows.find((r) => r.code === 'age_18_24')!.values).toEqual([
      { value: 0 },
      { value: 5 },
      { value: 0 },
      { value: 0 },
    ]);
    expect(table.protected).toBe(true);
    expect(table.notes).toContain(protectedEn);
  });

  it('has no rows when nothing was published', () => {
    const table = buildChartTable({
      id: 'age-gender',
      answers: { cases: answer([], 0) },
      lang: 'es',
      filter,
    });
    expect(table.rows).toEqual([]);
  });

  it('says the figures are protected in the notes only when they are', () => {
    const notes = (exact: boolean, lang: 'es' | 'en') =>
      buildChartTable({
        id: 'school-level',
        answers: { cases: answer([[['primary'], 12]], 12, { exact }) },
        lang,
        filter,
      }).notes;
    expect(notes(false, 'es')).toContain(protectedEs);
    expect(notes(false, 'en')).toContain(protectedEn);
    expect(notes(true, 'es')).not.toContain(protectedEs);
    expect(notes(true, 'en')).not.toContain(protectedEn);
  });

  it('shows the top nationalities and the rest as the published total minus those shown', () => {
    const cells: [string[], number][] = [
      [['VEN'], 40],
      [['NIC'], 30],
      [['COL'], 20],
      [['HTI'], 10],
      [['CUB'], 9],
      [['HND'], 8],
      [['GTM'], 7],
      [['SLV'], 6],
      [['ECU'], 5],
      [['PER'], 5],
    ];
    const table = buildChartTable({
      id: 'nationality',
      answers: { cases: answer(cells, 141) },
      lang: 'es',
      filter,
    });
    expect(table.rows).toHaveLength(9);
    expect(table.rows[0]!.label).toMatch(/Venezuela/);
    expect(table.rows[8]).toEqual({ code: 'rest', label: 'Resto', values: [{ value: 141 - 130 }] });
  });

  it('leaves the rest out when the protected total is not above the nationalities shown', () => {
    const table = buildChartTable({
      id: 'nationality',
      answers: {
        cases: answer(
          [
            [['VEN'], 40],
            [['NIC'], 30],
          ],
          69,
        ),
      },
      lang: 'es',
      filter,
    });
    expect(table.rows.map((r) => r.code)).toEqual(['VEN', 'NIC']);
  });

  it('shows no derived figure of 1 to 4 to a protected viewer (a rest of 3 reads as none)', () => {
    const rest = (total: number, exact: boolean) =>
      buildChartTable({
        id: 'nationality',
        answers: { cases: answer([[['VEN'], 40]], total, { exact }) },
        lang: 'es',
        filter,
      }).rows.find((r) => r.code === 'rest');
    expect(rest(43, false)).toBeUndefined();
    expect(rest(43, true)?.values).toEqual([{ value: 3 }]);
    expect(rest(45, false)?.values).toEqual([{ value: 5 }]);
  });

  it('computes the unmet-needs gap from published values, never 1 to 4 when protected, never below 0', () => {
    const gap = (requested: number, referred: number, exact: boolean) =>
      buildChartTable({
        id: 'unmet-needs',
        answers: {
          requested: answer([[['health'], requested]], requested, { exact }),
          referred: answer([[['health'], referred]], referred, { exact }),
        },
        lang: 'es',
        filter,
      }).rows[0]!.values[2];
    expect(gap(9, 6, false)).toEqual({ value: 0 });
    expect(gap(9, 6, true)).toEqual({ value: 3 });
    expect(gap(14, 6, false)).toEqual({ value: 8 });
    // Two cells perturbed on their own can cross; "not referred" is then 0, not negative.
    expect(gap(10, 11, false)).toEqual({ value: 0 });
  });
});

describe('charts a reviewer can read (issue 15)', () => {
  it('marks the running month as partial in the table, the downloads and a note', () => {
    const table = buildChartTable({
      id: 'cases-by-month',
      answers: { cases: answer([[['2026-11'], 3]], 3, { exact: true }) },
      lang: 'es',
      filter,
      runningMonth: '2026-11',
    });
    const last = table.rows.at(-1)!;
    expect(last).toMatchObject({
      partial: true,
      axisLabel: 'nov 2026',
      label: 'nov 2026 (en curso)',
    });
    expect(table.rows.filter((r) => r.partial)).toHaveLength(1);
    expect(table.notes[0]).toMatch(/^El mes de noviembre de 2026 sigue en curso/);
    const past = buildChartTable({
      id: 'cases-by-month',
      answers: { cases: answer([], 0, { exact: true }) },
      lang: 'en',
      filter,
      runningMonth: '2026-12',
    });
    expect(past.rows.some((r) => r.partial)).toBe(false);
  });

  it('draws activity counts and reach apart, and unmet needs as referred + not referred, largest gap first', () => {
    const activities = buildChartTable({
      id: 'activity-types',
      answers: {
        activities: answer([[['information_day'], 3]], 3, { exact: true }),
        people: answer([[['information_day'], 900]], 900, { exact: true }),
      },
      lang: 'en',
      filter,
    });
    expect(activities.draw).toEqual({ panels: [[0], [1]] });
    const unmet = buildChartTable({
      id: 'unmet-needs',
      answers: {
        requested: answer(
          [
            [['health'], 10],
            [['shelter'], 20],
          ],
          30,
          { exact: true },
        ),
        referred: answer(
          [
            [['health'], 2],
            [['shelter'], 19],
          ],
          21,
          { exact: true },
        ),
      },
      lang: 'es',
      filter,
    });
    expect(unmet.kind).toBe('hbar');
    expect(unmet.draw).toEqual({ panels: [[1, 2]], stacked: true });
    expect(unmet.rows.map((r) => [r.code, r.values[2]!.value])).toEqual([
      ['health', 8],
      ['shelter', 1],
    ]);
  });
});
