import { publish, type Figure } from './figure.ts';

/**
 * A statistic that is not a count (a median of days) summarises the records of a count figure.
 * It is released exact, never perturbed, so it is released only when that count is large enough:
 * for cleared callers whenever there are records; under perturbation only when the count's
 * PUBLISHED value is at least 2k − 1. A count of k or more moves by at most k − 1 and one below
 * k is published as 0 or k, so a published 2k − 1 or more means at least k true records (the
 * threshold rule), and the decision reads only what the caller already sees: whether a median is
 * released tells nothing the published count does not.
 */
export function releaseStatistic({
  value,
  count,
}: {
  value: number | null;
  count: Figure;
}): number | null {
  if (value == null || count.value === 0) return null;
  if (count.protection.exact) return value;
  return publish(count) >= 2 * count.protection.params.k - 1 ? value : null;
}
