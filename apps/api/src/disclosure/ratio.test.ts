import { defaultPerturbation } from '@ventanilla/domain/monitoring/index';
import { describe, expect, it } from 'vitest';
import { countFigure, publish } from './figure.ts';
import { exactFor, type Protection } from './protection.ts';
import { releaseRatio } from './ratio.ts';

const exact = exactFor('clearance');
const perturbed: Protection = { exact: false, params: defaultPerturbation };
const k = defaultPerturbation.k;

describe('releaseRatio', () => {
  it('gives cleared callers the exact ratio, capped for shares', () => {
    expect(
      releaseRatio({ numerator: countFigure(3, 0, exact), denominator: countFigure(2, 0, exact) }),
    ).toBe(1.5);
    expect(
      releaseRatio({
        numerator: countFigure(3, 0, exact),
        denominator: countFigure(2, 0, exact),
        atMost: 1,
      }),
    ).toBe(1);
    expect(
      releaseRatio({ numerator: countFigure(0, 0, exact), denominator: countFigure(0, 0, exact) }),
    ).toBeNull();
  });

  it('under perturbation: published counts only, and only over 2k − 1 or more', () => {
    for (let keySum = 0; keySum < 2000; keySum += 37) {
      for (const value of [1, k, 2 * k, 40]) {
        const denominator = countFigure(value, keySum, perturbed);
        const numerator = countFigure(Math.ceil(value / 2), keySum * 3, perturbed);
        const ratio = releaseRatio({ numerator, denominator });
        const shown = publish(denominator);
        if (shown < 2 * k - 1) expect(ratio).toBeNull();
        else expect(ratio).toBe(publish(numerator) / shown);
      }
    }
  });
});
