import { describe, expect, it } from 'vitest';
import { getReportMonths } from './months.ts';

describe('getReportMonths', () => {
  it('gives this month and the previous one', () => {
    expect(getReportMonths({ date: new Date('2026-05-17T12:00:00Z') })).toEqual({
      current: '2026-05',
      previous: '2026-04',
    });
  });

  it('crosses the year in January', () => {
    expect(getReportMonths({ date: new Date('2026-01-01T00:00:00Z') })).toEqual({
      current: '2026-01',
      previous: '2025-12',
    });
  });
});
