import type { Rng } from './prng.ts';

/** A precomputed table for weighted picks: build once, pick many times. */
export interface Weighted<T> {
  readonly values: readonly T[];
  readonly cumulative: Float64Array;
  readonly total: number;
}

/** Builds a table from `[value, weight]` pairs; zero weights are dropped. */
export function weighted<T>(pairs: readonly (readonly [T, number])[]): Weighted<T> {
  const kept = pairs.filter(([, w]) => w > 0);
  if (kept.length === 0) throw new RangeError('weighted(): no positive weights');
  const cumulative = new Float64Array(kept.length);
  let total = 0;
  kept.forEach(([, w], i) => {
    total += w;
    cumulative[i] = total;
  });
  return { values: kept.map(([v]) => v), cumulative, total };
}

/** Builds a table from an object of `code: weight`. */
export function weightedRecord<K extends string>(weights: Partial<Record<K, number>>): Weighted<K> {
  return weighted(Object.entries(weights) as [K, number][]);
}

/** Weighted pick. */
export function pickWeighted<T>(rng: Rng, table: Weighted<T>): T {
  const x = rng.next() * table.total;
  const cum = table.cumulative;
  let i = 0;
  while (i < cum.length - 1 && (cum[i] as number) <= x) i++;
  return table.values[i] as T;
}
