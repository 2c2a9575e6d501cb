import { describe, expect, it } from 'vitest';
import { jsonRecords } from './save-batch.ts';

// The import's batch payload (json_populate_recordset): the same values as JSON.stringify of the
// row objects, with the null members left out (the database reads a missing key as null).
describe('jsonRecords', () => {
  it('writes every non-null member, in column order, with JSON escaping', () => {
    const rows = [
      { a: 'x "quoted" \\ ñ \n', b: 3.5, c: true, d: null, e: ['s', 't'], f: undefined },
      { a: null, b: 0, c: false, d: -2, e: [], f: Number.NaN },
      {},
    ];
    const columns = ['a', 'b', 'c', 'd', 'e', 'f'].map((key) => ({ key, name: `col_${key}` }));
    const text = jsonRecords(rows, [...columns, { key: 'g', name: 'g', fallback: 'def' }]);
    expect(JSON.parse(text)).toEqual([
      { col_a: 'x "quoted" \\ ñ \n', col_b: 3.5, col_c: true, col_e: ['s', 't'], g: 'def' },
      { col_b: 0, col_c: false, col_d: -2, col_e: [], col_f: null, g: 'def' },
      { g: 'def' },
    ]);
    expect(jsonRecords([{}], columns)).toBe('[{}]');
    expect(jsonRecords([], columns)).toBe('[]');
  });
});
