import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cellKeyOf,
  defaultPerturbation,
  perturbCount,
  perturbMagnitude,
  ptableRow,
  recordKeyRange,
} from './perturb.ts';

const { k } = defaultPerturbation;
const key = fc.integer({ min: 0, max: 50 * recordKeyRange });

/** Expected offset of row n, computed from its probabilities (not from the lookup). */
function rowMean(n: number): number {
  const { offsets, cumulative } = ptableRow(n, defaultPerturbation);
  return offsets.reduce((s, d, i) => s + d * (cumulative[i]! - (cumulative[i - 1] ?? 0)), 0);
}

describe('the perturbation table (cell key method)', () => {
  it('keeps zero at zero and never publishes 1..k−1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000 }), key, (value, keySum) => {
        const published = perturbCount({ value, keySum });
        if (value === 0) expect(published).toBe(0);
        expect(published === 0 || published >= k).toBe(true);
      }),
    );
  });

  it('moves no value by more than max(k−1, 10 %)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), key, (value, keySum) => {
        const bound = Math.max(k - 1, 0.1 * value);
        expect(Math.abs(perturbCount({ value, keySum }) - value)).toBeLessThanOrEqual(bound);
        expect(Math.abs(perturbMagnitude({ value, keySum }) - value)).toBeLessThanOrEqual(bound);
        const m = perturbMagnitude({ value, keySum });
        expect(m === 0 || m >= k).toBe(true);
      }),
    );
  });

  it('is unbiased: every row has expectation 0', () => {
    for (let n = 0; n <= 3 * k; n++) expect(Math.abs(rowMean(n))).toBeLessThan(1e-9);
  });

  it('sends 1..k−1 to k with probability n/k', () => {
    for (let n = 1; n < k; n++) {
      const row = ptableRow(n, defaultPerturbation);
      expect(row.offsets).toEqual([-n, k - n]);
      expect(row.cumulative[0]).toBeCloseTo(1 - n / k, 12);
    }
    // Across cell keys, the share published as k is n/k (the lookup agrees with the table).
    const step = recordKeyRange / 1000;
    for (let n = 1; n < k; n++) {
      let toK = 0;
      for (let c = 0; c < 1000; c++) if (perturbCount({ value: n, keySum: c * step }) === k) toK++;
      expect(toK / 1000).toBeCloseTo(n / k, 2);
    }
  });

  it('perturbs large counts often and a little', () => {
    const row = ptableRow(100, defaultPerturbation);
    expect(row.offsets).toEqual([-4, -3, -2, -1, 0, 1, 2, 3, 4]);
    const pZero = row.cumulative[4]! - row.cumulative[3]!;
    expect(pZero).toBeGreaterThan(0.2);
    expect(pZero).toBeLessThan(0.3);
  });

  it('gives the same published value for the same records, whatever else is asked', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: recordKeyRange - 1 }), { minLength: 1 }),
        (keys) => {
          const keySum = keys.reduce((s, x) => s + x, 0);
          const shuffled = [...keys].reverse().reduce((s, x) => s + x, 0);
          expect(perturbCount({ value: keys.length, keySum })).toBe(
            perturbCount({ value: keys.length, keySum: shuffled }),
          );
        },
      ),
    );
  });

  it('takes cell keys modulo the key range', () => {
    expect(cellKeyOf(recordKeyRange + 7)).toBe(7);
    expect(cellKeyOf(0)).toBe(0);
  });
});
