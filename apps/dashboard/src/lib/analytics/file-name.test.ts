import { describe, expect, it, vi } from 'vitest';

// charts.ts reaches the full country list (i18n-iso-countries, external to Vite): a stand-in.
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
import { chartIds } from './charts.ts';
import { compareChartIds } from './compare.ts';
import { chartFileName, slugify } from './file-name.ts';

const filter = { from: '2026-01', to: '2026-06' };

describe('chart file names', () => {
  it('turns words into lower-case ASCII joined by dashes', () => {
    expect(slugify('Casos por edad y género')).toBe('casos-por-edad-y-genero');
    expect(slugify('  Comparación de rutas: ¿atención?  ')).toBe('comparacion-de-rutas-atencion');
  });

  it('names a chart in the reader’s language, the period after it', () => {
    expect(chartFileName({ id: 'age-gender', filter, lang: 'es', codes: false, ext: 'csv' })).toBe(
      'ventanilla-casos-por-edad-y-genero-2026-01-2026-06.csv',
    );
    expect(chartFileName({ id: 'age-gender', filter, lang: 'en', codes: false, ext: 'xlsx' })).toBe(
      'ventanilla-cases-by-age-and-gender-2026-01-2026-06.xlsx',
    );
  });

  it('says “codes” in the reader’s language in the codes download', () => {
    expect(chartFileName({ id: 'services', filter, lang: 'es', codes: true, ext: 'csv' })).toBe(
      'ventanilla-servicios-solicitados-codigos-2026-01-2026-06.csv',
    );
    expect(chartFileName({ id: 'services', filter, lang: 'en', codes: true, ext: 'csv' })).toBe(
      'ventanilla-services-requested-codes-2026-01-2026-06.csv',
    );
  });

  it('gives every chart a name of its own in both languages, never its code', () => {
    for (const lang of ['es', 'en'] as const) {
      const ids = [...chartIds, ...compareChartIds];
      const names = ids.map((id) => chartFileName({ id, filter, lang, codes: false, ext: 'csv' }));
      expect(new Set(names).size).toBe(ids.length);
      for (const name of names) expect(name).toMatch(/^ventanilla-[a-z0-9-]+\.csv$/);
      // Only a few ids are words in a language already (none in Spanish).
      if (lang === 'es') ids.forEach((id, i) => expect(names[i]).not.toContain(id));
    }
  });
});
