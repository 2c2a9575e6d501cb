import { describe, expect, it } from 'vitest';
import {
  addMonths,
  formatFilter,
  getPreviousPeriod,
  listMonths,
  parseFilter,
  toRecordFilter,
} from './period.ts';

const today = new Date('2026-11-23T12:00:00Z');

describe('analytics filter in the URL', () => {
  it('defaults to the last 12 months up to the current one', () => {
    const filter = parseFilter({ params: new URLSearchParams(), today });
    expect(filter).toEqual({
      from: '2025-12',
      to: '2026-11',
      countries: [],
      hubs: [],
      hubType: null,
    });
  });

  it('reads repeated and comma-separated values, drops invalid ones and orders the range', () => {
    const params = new URLSearchParams(
      'from=2026-12&to=2026-10&country=CRI,mex&country=CRI&hub=cri_upala&hub=x%20y&type=mobile',
    );
    const filter = parseFilter({ params, today });
    expect(filter).toEqual({
      from: '2026-10',
      to: '2026-12',
      countries: ['CRI'],
      hubs: ['cri_upala'],
      hubType: 'mobile',
    });
    expect(parseFilter({ params: new URLSearchParams(formatFilter({ filter })), today })).toEqual(
      filter,
    );
    expect(toRecordFilter({ filter })).toEqual({
      from: '2026-10',
      to: '2026-12',
      hubCodes: ['cri_upala'],
      countries: ['CRI'],
      hubType: 'MOBILE',
    });
  });

  it('compares with the previous period of the same length', () => {
    expect(getPreviousPeriod({ from: '2026-10', to: '2026-12' })).toEqual({
      from: '2026-07',
      to: '2026-09',
    });
    expect(getPreviousPeriod({ from: '2026-01', to: '2026-01' })).toEqual({
      from: '2025-12',
      to: '2025-12',
    });
    expect(listMonths({ from: '2025-11', to: '2026-02' })).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(addMonths({ month: '2026-01', delta: -13 })).toBe('2024-12');
  });
});
