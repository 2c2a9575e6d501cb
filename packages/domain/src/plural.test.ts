import { describe, expect, it, vi } from 'vitest';
import { choosePlural, formatCount, pluralize, selectPlural } from './plural.ts';

const rows = { one: '{count} fila', other: '{count} filas' };
const rowsEn = { zero: 'No rows', one: '{count} row', other: '{count} rows' };

describe('plural', () => {
  it('takes the singular for exactly one, in Spanish and English', () => {
    expect(pluralize({ lang: 'es', count: 1, forms: rows })).toBe('1 fila');
    expect(pluralize({ lang: 'en', count: 1, forms: rowsEn })).toBe('1 row');
    expect(selectPlural({ lang: 'es', count: 1 })).toBe('one');
    expect(selectPlural({ lang: 'en', count: 1 })).toBe('one');
  });

  it('takes the plural for 0, 2, large and decimal counts', () => {
    for (const count of [0, 2, 21, 1000, 1.5]) {
      expect(selectPlural({ lang: 'es', count })).not.toBe('one');
      expect(selectPlural({ lang: 'en', count })).not.toBe('one');
    }
    expect(pluralize({ lang: 'es', count: 0, forms: rows })).toBe('0 filas');
    expect(pluralize({ lang: 'es', count: 12345, forms: rows })).toBe('12.345 filas');
    expect(pluralize({ lang: 'en', count: 12345, forms: rowsEn })).toBe('12,345 rows');
  });

  it('uses the zero wording only for 0 and falls back to other for a missing category', () => {
    expect(pluralize({ lang: 'en', count: 0, forms: rowsEn })).toBe('No rows');
    expect(choosePlural({ lang: 'es', count: 1_000_000, forms: rows })).toBe('{count} filas');
  });

  it('formats numbers per language', () => {
    expect(formatCount({ lang: 'es', count: 279710 })).toBe('279.710');
    expect(formatCount({ lang: 'en', count: 279710 })).toBe('279,710');
  });

  it('writes a count under 1000 as Intl does, without building a number format', async () => {
    for (const lang of ['es', 'en'] as const) {
      const intl = new Intl.NumberFormat(lang);
      for (let count = 0; count < 1000; count++)
        expect(formatCount({ lang, count })).toBe(intl.format(count));
    }
    // A fresh module, so that no format is cached yet: the first one costs a phone tens of ms.
    vi.resetModules();
    const spy = vi.spyOn(Intl, 'NumberFormat');
    try {
      const fresh = await import('./plural.ts');
      expect(fresh.formatCount({ lang: 'es', count: 42 })).toBe('42');
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});
