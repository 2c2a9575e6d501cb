import { publish, type Figure } from './figure.ts';

/**
 * A ratio of two count figures (visits per person, the share of advisors seen). Cleared callers
 * get it exact. Under perturbation it is computed from the two PUBLISHED counts only, so it says
 * nothing they do not, and it is released under the rule of `releaseStatistic`: only when the
 * denominator's published value is at least 2k − 1 (at least k true records behind it).
 */
export function releaseRatio({
  numerator,
  denominator,
  atMost,
}: {
  numerator: Figure;
  denominator: Figure;
  /** A share cannot pass 1, though two perturbed counts may say so. */
  atMost?: number;
}): number | null {
  if (denominator.value === 0) return null;
  const cap = (v: number) => (atMost == null ? v : Math.min(atMost, v));
  if (denominator.protection.exact) return cap(numerator.value / denominator.value);
  const below = publish(denominator);
  if (below < 2 * denominator.protection.params.k - 1) return null;
  return cap(publish(numerator) / below);
}
