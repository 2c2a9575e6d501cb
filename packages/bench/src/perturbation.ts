/**
 * `pnpm --filter @ventanilla/bench bench:perturbation` (the first step of `pnpm bench`): how far
 * the cell key method moves published figures on demo data. Tabulates the demo's cases
 * (BENCH_PERTURB_CASES, default 100,000, 12 months) by hub × month × one dimension, gives every
 * record a seeded random key as the database would, perturbs each cell with the production
 * ptable, and prints the mean absolute deviation and the share of cells moved, by true cell
 * size. Pure computation: no database needed.
 */
import { generateDemo, Rng } from '@ventanilla/demo';
import {
  defaultPerturbation,
  perturbCount,
  recordKeyRange,
} from '@ventanilla/domain/monitoring/index';

const CASES = Number(process.env.BENCH_PERTURB_CASES ?? 100_000);
const SEED = 1;
const dims = [
  'a1_nationality',
  'a2_residence',
  'a5_age_range',
  'a6_gender',
  'a8_school_level',
  'a9_occupation',
];

const demo = generateDemo({
  seed: SEED,
  cases: CASES,
  months: 12,
  endMonth: '2025-12',
  today: '2026-01-15',
});
const rng = new Rng(SEED, 7);
const cells = new Map<string, { n: number; keys: number }>();
for (const item of demo.cases) {
  const r = item as unknown as Record<string, string>;
  const key = rng.int(recordKeyRange);
  for (const dim of dims) {
    const id = `${dim}|${r.hub}|${r.date!.slice(0, 7)}|${r[dim]}`;
    const c = cells.get(id) ?? { n: 0, keys: 0 };
    c.n++;
    c.keys += key;
    cells.set(id, c);
  }
}

const buckets: [string, number, number][] = [
  ['1–4', 1, 4],
  ['5–9', 5, 9],
  ['10–19', 10, 19],
  ['20–49', 20, 49],
  ['50–99', 50, 99],
  ['100+', 100, Infinity],
];
console.log(
  `perturbation on demo data: ${CASES.toLocaleString('en')} cases, hub × month × one of ${dims.length} dimensions, ${cells.size.toLocaleString('en')} cells, k = ${defaultPerturbation.k}, sigma = ${defaultPerturbation.sigma}, seed ${SEED}`,
);
console.log('| true cell size | cells | mean absolute deviation | cells moved | largest move |');
console.log('|---|---|---|---|---|');
for (const [label, lo, hi] of buckets) {
  let count = 0;
  let deviation = 0;
  let moved = 0;
  let largest = 0;
  for (const { n, keys } of cells.values()) {
    if (n < lo || n > hi) continue;
    const d = Math.abs(perturbCount({ value: n, keySum: keys }) - n);
    count++;
    deviation += d;
    if (d > 0) moved++;
    largest = Math.max(largest, d);
  }
  if (count)
    console.log(
      `| ${label} | ${count.toLocaleString('en')} | ${(deviation / count).toFixed(2)} | ${((100 * moved) / count).toFixed(0)} % | ${largest} |`,
    );
}
