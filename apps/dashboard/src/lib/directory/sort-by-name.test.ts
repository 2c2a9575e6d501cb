import { describe, expect, it } from 'vitest';
import { sortByName } from './sort-by-name.ts';

const names = (list: { name: string }[]) => list.map((e) => e.name);

describe('sortByName', () => {
  const entries = [
    'Zona Libre',
    'Ángeles de la Frontera',
    'casa del Migrante',
    'Centro Comunitario',
    'Albergue',
  ].map((name) => ({ name }));

  it('orders accents and lower case with their letter, in Spanish and English', () => {
    const expected = [
      'Albergue',
      'Ángeles de la Frontera',
      'casa del Migrante',
      'Centro Comunitario',
      'Zona Libre',
    ];
    expect(names(sortByName(entries, 'es', (e) => e.name))).toEqual(expected);
    expect(names(sortByName(entries, 'en', (e) => e.name))).toEqual(expected);
  });

  it('keeps the given list as it was', () => {
    sortByName(entries, 'es', (e) => e.name);
    expect(entries[0]?.name).toBe('Zona Libre');
  });
});
