import { describe, expect, it } from 'vitest';
import { dateTimeFormat } from './date-format.ts';

describe('dateTimeFormat', () => {
  it('keeps one format per language and options, formatting as a new one does', () => {
    const options = { dateStyle: 'long', timeZone: 'America/Costa_Rica' } as const;
    const kept = dateTimeFormat('es', options);
    expect(dateTimeFormat('es', { ...options })).toBe(kept);
    expect(dateTimeFormat('en', options)).not.toBe(kept);
    const day = new Date('2026-03-12T23:00:00Z');
    expect(kept.format(day)).toBe(new Intl.DateTimeFormat('es', options).format(day));
  });
});
