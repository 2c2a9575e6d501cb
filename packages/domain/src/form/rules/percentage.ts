/**
 * R40's allowed values, 0, 10, 20 … 100 (FORM.md §4.1 B.5 and B.7). A module without imports, so
 * the field table can offer them without loading the rules.
 */
export const tenStepPercentages: readonly number[] = Array.from({ length: 11 }, (_, i) => i * 10);

/** True for 0, 10, 20 … 100. */
export function isTenStepPercentage({ value }: { value: number }): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 100 && value % 10 === 0;
}
