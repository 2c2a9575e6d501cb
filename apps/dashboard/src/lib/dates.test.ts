import { describe, expect, it } from 'vitest';
import { daysBetween, readableDay } from '#lib/dates.ts';

describe('referral dates', () => {
  it('reads a calendar date in each language, whatever the machine time zone', () => {
    expect(readableDay('2026-01-13', 'en')).toBe('Jan 13, 2026');
    expect(readableDay('2026-01-13', 'es')).toBe('13 ene 2026');
    expect(readableDay(null, 'es')).toBe('—');
    expect(readableDay('05/03/2024', 'es')).toBe('05/03/2024');
  });
  it('counts whole days across a month end', () => {
    expect(daysBetween('2026-01-29', '2026-02-03')).toBe(5);
    expect(daysBetween('2026-02-03', '2026-01-29')).toBe(-5);
  });
});
