import { describe, expect, it } from 'vitest';
import { dimensions, dimensionCodes, isDimensionApplicable } from './dimensions.ts';
import { measures } from './measures.ts';
import { optionLists } from '../form/options/index.ts';

describe('monitoring declarations', () => {
  it('takes every code list from the existing option lists', () => {
    for (const code of dimensionCodes) {
      const list = dimensions[code].list;
      if (list !== null) expect(optionLists[list].options.length).toBeGreaterThan(0);
      expect(dimensions[code].kinds.length).toBeGreaterThan(0);
    }
    expect(isDimensionApplicable({ dimension: 'TOPIC', kind: 'case' })).toBe(false);
    expect(isDimensionApplicable({ dimension: 'MONTH', kind: 'activity' })).toBe(true);
    expect(measures.REFERRALS.kind).toBe('case');
  });
});
