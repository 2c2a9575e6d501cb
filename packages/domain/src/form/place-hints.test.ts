import { describe, expect, it } from 'vitest';
import { pinnedCountryCodes } from './options/country.ts';
import { findPlaceHint, placeHints } from './place-hints.ts';

describe('placeHints (§3.3)', () => {
  it('has one row per pinned country, in the pinned order', () => {
    expect(placeHints.map((hint) => hint.country)).toEqual([...pinnedCountryCodes]);
  });
  it('finds a country in any case, and nothing elsewhere', () => {
    expect(findPlaceHint({ country: 'cri' })).toEqual({
      country: 'CRI',
      admin1: 'Provincia',
      admin2: 'Cantón',
      community: 'Distrito, barrio',
    });
    expect(findPlaceHint({ country: 'USA' })?.community).toBeNull();
    expect(findPlaceHint({ country: 'FRA' })).toBeUndefined();
    expect(findPlaceHint({ country: null })).toBeUndefined();
  });
});
