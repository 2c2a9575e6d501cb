import { afterEach, describe, expect, it } from 'vitest';
import { defaultPerturbation } from '@ventanilla/domain/monitoring/index';
import { perturbationParams } from './protection.ts';

describe('the perturbation threshold (docs/data-protection.md)', () => {
  const saved = { d: process.env.DISCLOSURE_K, s: process.env.SUPPRESSION_K };
  afterEach(() => {
    for (const [name, value] of [
      ['DISCLOSURE_K', saved.d],
      ['SUPPRESSION_K', saved.s],
    ] as const)
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
  });

  it('is 5 by default, DISCLOSURE_K when set, the older SUPPRESSION_K otherwise', () => {
    delete process.env.DISCLOSURE_K;
    delete process.env.SUPPRESSION_K;
    expect(perturbationParams()).toEqual(defaultPerturbation);
    expect(defaultPerturbation.k).toBe(5);
    process.env.SUPPRESSION_K = '7';
    expect(perturbationParams().k).toBe(7);
    process.env.DISCLOSURE_K = '10';
    expect(perturbationParams().k).toBe(10);
  });

  it('ignores a value that is not an integer of at least 2', () => {
    for (const bad of ['1', '0', '-3', '2.5', 'five']) {
      process.env.DISCLOSURE_K = bad;
      expect(perturbationParams()).toEqual(defaultPerturbation);
    }
  });
});
