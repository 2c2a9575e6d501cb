import { describe, expect, it } from 'vitest';
import { overdueNote } from './overdue-note.ts';

describe('overdueNote', () => {
  it('says today as a date in the reader language and the zone by its place', () => {
    const es = overdueNote({ lang: 'es', today: '2026-11-20', timeZone: 'America/Costa_Rica' });
    expect(es).toContain('20 nov 2026');
    expect(es).toContain('hora de Costa Rica (GMT-6)');
    const en = overdueNote({ lang: 'en', today: '2026-11-20', timeZone: 'America/Costa_Rica' });
    expect(en).toContain('Nov 20, 2026');
    expect(en).toContain('Costa Rica time (GMT-6)');
    for (const text of [es, en]) {
      expect(text).not.toContain('2026-11-20');
      expect(text).not.toContain('America/');
    }
  });
});
