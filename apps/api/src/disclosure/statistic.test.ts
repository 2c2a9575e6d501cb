import { describe, expect, it } from 'vitest';
import { defaultPerturbation } from '@ventanilla/domain/monitoring/index';
import { countFigure, publish } from './figure.ts';
import { releaseStatistic } from './statistic.ts';

const perturbed = { exact: false as const, params: defaultPerturbation };
const k = defaultPerturbation.k;

describe('statistics beside perturbed counts', () => {
  it('releases a median to cleared callers whenever there are records', () => {
    const exact = { exact: true as const, why: 'clearance' as const };
    expect(releaseStatistic({ value: 3, count: countFigure(1, 5, exact) })).toBe(3);
    expect(releaseStatistic({ value: null, count: countFigure(0, 0, exact) })).toBeNull();
  });

  it('under perturbation, only when the published count guarantees k records', () => {
    for (let n = 1; n <= 3 * k; n++)
      for (let keySum = 0; keySum < 2 ** 20; keySum += 9_973) {
        const count = countFigure(n, keySum, perturbed);
        const released = releaseStatistic({ value: 4.5, count });
        // Decided by the published count alone, and never for fewer than k records.
        expect(released !== null).toBe(publish(count) >= 2 * k - 1);
        if (released !== null) expect(n).toBeGreaterThanOrEqual(k);
      }
  });
});
