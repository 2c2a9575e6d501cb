import { describe, expect, it } from 'vitest';
import { dimensions, dimensionCodes, isDimensionApplicable } from './dimensions.ts';
import { measures } from './measures.ts';
import { optionLists } from '../form/options/index.ts';

describe('monitoring declarations', () => {
  it('takes every code list from the existing option lists', () => {
    // Each dimension's keys come from an option list that exists (MONTH has none), and each
    // applies to the record kinds whose fields it reads (FORM.md §3, §4, §8).
    const both = ['MONTH', 'COUNTRY', 'HUB', 'HUB_TYPE'];
    const activityOnly = ['ACTIVITY_TYPE', 'TOPIC'];
    for (const code of dimensionCodes) {
      const list = dimensions[code].list;
      if (code === 'MONTH') expect(list).toBeNull();
      else expect(Object.keys(optionLists), code).toContain(list);
      const kinds = both.includes(code)
        ? ['case', 'activity']
        : activityOnly.includes(code)
          ? ['activity']
          : ['case'];
      expect([...dimensions[code].kinds].sort(), code).toEqual(kinds.sort());
    }
    expect(isDimensionApplicable({ dimension: 'TOPIC', kind: 'case' })).toBe(false);
    expect(isDimensionApplicable({ dimension: 'MONTH', kind: 'activity' })).toBe(true);
    expect(measures.REFERRALS.kind).toBe('case');
  });
});
