import { describe, expect, it } from 'vitest';
import { defaultTimeZone, readTimeZone } from './time-zone.ts';

describe('readTimeZone', () => {
  it('keeps a known IANA name in its canonical spelling', () => {
    expect(readTimeZone('america/mexico_city')).toBe('America/Mexico_City');
  });

  it('falls back to Costa Rica when the setting is empty or unknown', () => {
    expect(defaultTimeZone).toBe('America/Costa_Rica');
    expect(readTimeZone(undefined)).toBe(defaultTimeZone);
    expect(readTimeZone('')).toBe(defaultTimeZone);
    expect(readTimeZone('Mars/Olympus_Mons')).toBe(defaultTimeZone);
  });
});
