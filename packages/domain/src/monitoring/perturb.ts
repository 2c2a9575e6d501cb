/**
 * Disclosure control by consistent perturbation: the cell key method (ABS TableBuilder,
 * Thompson, Broadfoot and Elazar 2013; ONS Census 2021; Destatis `ptable`, Statistics Austria
 * `cellKey`, Giessing and Tent 2019). It replaces small-cell suppression, which protected one
 * table at a time and was undone by differencing two queries.
 *
 * - Every record carries a permanent random *record key*, uniform on [0, recordKeyRange).
 * - A cell's *cell key* is the sum of its records' keys modulo the range, so the same records
 *   always give the same cell key, and key sums add up when cells are rolled up.
 * - The *perturbation table* (`ptable`) maps (true value, cell key) to the published value:
 *   zero stays zero; 1..k−1 become 0 or k (with probabilities that keep the expectation);
 *   values ≥ k move by a small, unbiased amount and never below k. No value moves by more than
 *   max(k−1, 10 % of the true value).
 *
 * The published value depends only on the true value and the cell key, so asking for the same
 * cell twice, in two queries that hold exactly the same records, publishes the same number;
 * differencing two tables yields the true difference plus the noise of two cells.
 */

/** Record keys are integers in [0, recordKeyRange); cell keys too (sum modulo the range). */
export const recordKeyRange = 2 ** 20;

/** Parameters of the perturbation table (docs/data-protection.md explains the choice). */
export type PerturbationParams = {
  /** Threshold: no published value lies in 1..k−1. */
  k: number;
  /** Spread of the noise on values ≥ k (standard deviation before truncation). */
  sigma: number;
};

export const defaultPerturbation: PerturbationParams = { k: 5, sigma: 2 };

/** One row of the ptable: the published value's offsets and their cumulative probabilities. */
export type PtableRow = { offsets: number[]; cumulative: number[] };

/**
 * The ptable row of true value `n` (an integer ≥ 0). Rows for n ≥ k + (k − 1) are all the
 * same (the full symmetric noise), so the table is small and the lookup constant-time.
 */
export function ptableRow(n: number, { k, sigma }: PerturbationParams): PtableRow {
  if (n <= 0) return { offsets: [0], cumulative: [1] };
  if (n < k) return { offsets: [-n, k - n], cumulative: [1 - n / k, 1] };
  const max = k - 1;
  const offsets: number[] = [];
  const weights: number[] = [];
  for (let d = Math.max(-max, k - n); d <= max; d++) {
    offsets.push(d);
    weights.push(Math.exp(-(d * d) / (2 * sigma * sigma)));
  }
  // Near k the lower tail is cut (never below k); scale the upper tail so the mean stays 0.
  const below = offsets.reduce((s, d, i) => s + (d < 0 ? -d * weights[i]! : 0), 0);
  const above = offsets.reduce((s, d, i) => s + (d > 0 ? d * weights[i]! : 0), 0);
  const scale = above > 0 ? below / above : 1;
  const balanced = weights.map((w, i) => (offsets[i]! > 0 ? w * scale : w));
  const sum = balanced.reduce((s, w) => s + w, 0);
  let running = 0;
  const cumulative = balanced.map((w) => (running += w / sum));
  cumulative[cumulative.length - 1] = 1;
  return { offsets, cumulative };
}

const rowCache = new Map<string, PtableRow>();
function cachedRow(n: number, params: PerturbationParams): PtableRow {
  const capped = Math.min(n, 2 * params.k);
  const id = `${params.k}/${params.sigma}/${capped}`;
  let row = rowCache.get(id);
  if (!row) rowCache.set(id, (row = ptableRow(capped, params)));
  return row;
}

/** The cell key of a cell whose records' keys add up to `keySum`. */
export function cellKeyOf(keySum: number): number {
  const r = keySum % recordKeyRange;
  return r < 0 ? r + recordKeyRange : r;
}

/** The offset the ptable gives true value `n` at cell key `cellKey`. */
function offsetFor(n: number, cellKey: number, params: PerturbationParams): number {
  const row = cachedRow(n, params);
  const u = cellKey / recordKeyRange;
  const i = row.cumulative.findIndex((c) => u < c);
  return row.offsets[i < 0 ? row.offsets.length - 1 : i]!;
}

/** A true value and the sum of the record keys of the records behind it. */
export type PerturbInput = { value: number; keySum: number; params?: PerturbationParams };

/** The published value of a count (records in a cell) whose record keys sum to `keySum`. */
export function perturbCount({
  value,
  keySum,
  params = defaultPerturbation,
}: PerturbInput): number {
  return value + offsetFor(value, cellKeyOf(keySum), params);
}

/**
 * The published value of a magnitude (a sum of estimates, rounded) by the same idea: small sums
 * follow the count table; from 10·(k−1) up, the same noise is scaled to 10 % of the value, so
 * the protection grows with the figure and the bound max(k−1, 10 %) still holds.
 */
export function perturbMagnitude({
  value,
  keySum,
  params = defaultPerturbation,
}: PerturbInput): number {
  const v = Math.round(value);
  const scale = Math.max(1, (0.1 * v) / (params.k - 1));
  if (scale === 1) return perturbCount({ value: v, keySum, params });
  const offset = offsetFor(2 * params.k, cellKeyOf(keySum), params);
  return v + Math.trunc(offset * scale); // toward zero: the 10 % bound holds exactly
}
