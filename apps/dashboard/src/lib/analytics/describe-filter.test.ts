import { describe, expect, it } from 'vitest';
import { describeFilter } from './describe-filter.ts';
import type { HubOption } from './types.ts';

const hubs: HubOption[] = [
  {
    code: 'cri_upala',
    name: 'Upala',
    country: 'CRI',
    countryName: 'Costa Rica',
    type: 'permanent',
  },
];
const base = { from: '2026-09', to: '2026-11', countries: [], hubs: [], hubType: null };

describe('filters in words', () => {
  it('names countries, hubs and the hub type, never their codes', () => {
    const text = describeFilter({
      filter: { ...base, countries: ['CRI'], hubs: ['cri_upala'], hubType: 'mobile' },
      hubs,
      lang: 'es',
    });
    expect(text).toBe('Países: Costa Rica · Ventanillas: Upala · Tipo de ventanilla: Móvil');
    expect(describeFilter({ filter: base, hubs, lang: 'en' })).toBe(
      'All the hubs within your reach',
    );
  });
});
