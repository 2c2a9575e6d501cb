import { describe, expect, it } from 'vitest';
import { describeTimeZone } from './translate.ts';

describe('describeTimeZone', () => {
  it('names the zone by its place, with its offset, in each language', () => {
    expect(describeTimeZone('en', 'America/Costa_Rica')).toBe('Costa Rica time (GMT-6)');
    expect(describeTimeZone('es', 'America/Costa_Rica')).toBe('hora de Costa Rica (GMT-6)');
  });
});
