import { describe, expect, it } from 'vitest';
import { buildChartTable } from './charts.ts';
import { emptyTableNote } from './protection.ts';
import type { Disaggregation } from './types.ts';

const filter = { from: '2026-09', to: '2026-11', countries: [], hubs: [], hubType: null };
/** Every cell published as 0: a hub-month with a few records, or none, under protection. */
const zeros = (isProtected: boolean): Disaggregation => ({
  total: 0,
  protected: isProtected,
  threshold: isProtected ? 5 : null,
  cells: [{ keys: ['primary'], value: 0 }],
});

describe('an empty table (#16)', () => {
  it('says "no records" only when its figures are exact', () => {
    const table = (isProtected: boolean) =>
      buildChartTable({
        id: 'school-level',
        answers: { cases: zeros(isProtected) },
        lang: 'es',
        filter,
      });
    expect(table(false).rows).toEqual([]);
    expect(emptyTableNote({ table: table(false), lang: 'es' })).toBe(
      'No hay registros para estos filtros.',
    );
    expect(emptyTableNote({ table: table(false), lang: 'en' })).toBe(
      'No records for these filters.',
    );
    expect(table(true).rows).toEqual([]);
    const es = emptyTableNote({ table: table(true), lang: 'es' });
    const en = emptyTableNote({ table: table(true), lang: 'en' });
    expect(es).not.toMatch(/No hay registros/);
    expect(es).toMatch(/protegidas/);
    expect(en).not.toMatch(/No records/);
    expect(en).toMatch(/protected/);
  });
});
