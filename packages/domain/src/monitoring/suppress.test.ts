import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressCells, type SuppressedCell } from './suppress.ts';
import { dimensions, dimensionCodes, isDimensionApplicable } from './dimensions.ts';
import { measures } from './measures.ts';
import { optionLists } from '../form/options/index.ts';

/** Written apart from the algorithm: lines (along single-valued dims) with one suppressed cell. */
function disclosingLines(cells: SuppressedCell[], singleValued: boolean[]): string[] {
  const bad: string[] = [];
  singleValued.forEach((single, d) => {
    if (!single) return;
    const perLine = new Map<string, number>();
    for (const c of cells) {
      const id = c.keys.map((key, i) => (i === d ? '*' : key)).join('|');
      perLine.set(id, (perLine.get(id) ?? 0) + (c.suppressed ? 1 : 0));
    }
    for (const [id, n] of perLine) if (n === 1) bad.push(`${d}:${id}`);
  });
  return bad;
}

const codesA = ['a1', 'a2', 'a3', 'a4'];
const codesB = ['b1', 'b2', 'b3'];

/** A table over codesA (× codesB) with small and large values, zeros left out. */
const arbitraryTable = (dims: 1 | 2) =>
  fc
    .array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 })), {
      minLength: dims === 1 ? codesA.length : codesA.length * codesB.length,
      maxLength: dims === 1 ? codesA.length : codesA.length * codesB.length,
    })
    .map((values) =>
      values
        .map((value, i) => ({
          keys: dims === 1 ? [codesA[i]!] : [codesA[i % 4]!, codesB[Math.floor(i / 4)]!],
          value,
        }))
        .filter((c) => c.value > 0),
    );

describe('suppressCells', () => {
  it('suppresses 1..k−1 and leaves larger cells alone when lines are safe', () => {
    const { cells, suppressedCount } = suppressCells({
      cells: [
        { keys: ['a1'], value: 3 },
        { keys: ['a2'], value: 2 },
        { keys: ['a3'], value: 40 },
      ],
      singleValued: [true],
    });
    expect(cells.map((c) => c.suppressed)).toEqual([true, true, false]);
    expect(suppressedCount).toBe(2);
  });

  it('adds the smallest non-zero cell as complement', () => {
    const { cells } = suppressCells({
      cells: [
        { keys: ['a1'], value: 3 },
        { keys: ['a2'], value: 9 },
        { keys: ['a3'], value: 7 },
      ],
      singleValued: [true],
    });
    expect(cells.map((c) => c.suppressed)).toEqual([true, false, true]);
  });

  it('adds a zero cell as complement when the line has nothing else', () => {
    const { cells } = suppressCells({
      cells: [{ keys: ['a2'], value: 3 }],
      singleValued: [true],
      codes: [codesA],
    });
    expect(cells).toEqual([
      { keys: ['a2'], value: 3, suppressed: true },
      { keys: ['a1'], value: 0, suppressed: true },
    ]);
  });

  it('honours k', () => {
    const { cells } = suppressCells({
      cells: [
        { keys: ['a1'], value: 9 },
        { keys: ['a2'], value: 12 },
      ],
      singleValued: [true],
      k: 10,
    });
    expect(cells.map((c) => c.suppressed)).toEqual([true, true]);
  });

  it('does not protect lines of multi-valued dimensions', () => {
    const { cells } = suppressCells({
      cells: [
        { keys: ['s1'], value: 2 },
        { keys: ['s2'], value: 30 },
      ],
      singleValued: [false],
    });
    expect(cells.map((c) => c.suppressed)).toEqual([true, false]);
  });

  for (const dims of [1, 2] as const) {
    it(`leaves no line with a single suppressed cell (${dims}-D, property)`, () => {
      fc.assert(
        fc.property(
          arbitraryTable(dims),
          fc.integer({ min: 2, max: 8 }),
          fc.array(fc.boolean(), { minLength: dims, maxLength: dims }),
          (table, k, single) => {
            const codes = dims === 1 ? [codesA] : [codesA, codesB];
            const { cells, suppressedCount } = suppressCells({
              cells: table,
              singleValued: single,
              k,
              codes,
            });
            // Every cell small enough is suppressed; unsuppressed values are unchanged.
            for (const c of cells) if (c.value >= 1 && c.value < k) expect(c.suppressed).toBe(true);
            for (const c of table) {
              const out = cells.find((o) => o.keys.join() === c.keys.join())!;
              expect(out.value).toBe(c.value);
            }
            // Added cells are zeros, always suppressed, with keys from the code lists.
            for (const c of cells.slice(table.length)) {
              expect(c).toMatchObject({ value: 0, suppressed: true });
              c.keys.forEach((key, i) => expect(codes[i]).toContain(key));
            }
            expect(suppressedCount).toBe(cells.filter((c) => c.suppressed).length);
            expect(disclosingLines(cells, single)).toEqual([]);
          },
        ),
        { numRuns: 300 },
      );
    });
  }
});

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
