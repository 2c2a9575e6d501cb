import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format.ts';

/** 20:30 on 5 December 2026 in Costa Rica (UTC−6): already 6 December on a UTC server. */
const evening = '2026-12-06T02:30:00.000Z';
const costaRica = 'America/Costa_Rica';

describe('formatDate', () => {
  it('says the day of the hub’s time zone, not the server’s UTC day', () => {
    expect(formatDate({ value: evening, lang: 'en', timeZone: costaRica })).toBe(
      'December 5, 2026',
    );
    expect(formatDate({ value: evening, lang: 'es', timeZone: costaRica })).toBe(
      '5 de diciembre de 2026',
    );
    expect(formatDate({ value: evening, lang: 'en', timeZone: 'UTC' })).toBe('December 6, 2026');
  });

  it('writes nothing for a missing date', () => {
    expect(formatDate({ value: null, lang: 'es', timeZone: costaRica })).toBe('');
  });
});

describe('formatDateTime', () => {
  it('says the time of the hub’s time zone and names its offset', () => {
    const text = formatDateTime({ value: evening, lang: 'en', timeZone: costaRica });
    expect(text).toMatch(/Dec 5, 2026/);
    expect(text).toMatch(/8:30\sPM/);
    expect(text).toMatch(/GMT-6/);
    expect(formatDateTime({ value: evening, lang: 'es', timeZone: costaRica })).toMatch(
      /5 dic 2026.*20:30.*GMT-6/,
    );
  });
});
