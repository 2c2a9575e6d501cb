import { generateDemo } from './generate.ts';
import type { DemoData, DemoOptions } from './types.ts';

/** Fixed options for tests, so results never depend on the clock. */
export const TEST_OPTIONS: DemoOptions = { seed: 1, cases: 20_000, today: '2026-05-15' };

let cached: DemoData | undefined;

/** The default demo data set, generated once per test file. */
export function defaultDemo(): DemoData {
  cached ??= generateDemo(TEST_OPTIONS);
  return cached;
}
