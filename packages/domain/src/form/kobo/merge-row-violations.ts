import type { Violation } from '../rules/violation.ts';

/**
 * Joins the violations found while reading a row (`parseRowValues`) with those of
 * `validateRecord` on its record. A field that could not be read is missing from the record, so
 * validation may report it again as empty (R1, R19, R27…); a rule violation whose fields all
 * already have a reading violation is dropped. Reading violations come first.
 */
export function mergeRowViolations({
  parseViolations,
  ruleViolations,
}: {
  parseViolations: readonly Violation[];
  ruleViolations: readonly Violation[];
}): Violation[] {
  const unreadable = new Set(parseViolations.flatMap((violation) => violation.fields));
  return [
    ...parseViolations,
    ...ruleViolations.filter(
      (violation) =>
        violation.fields.length === 0 || !violation.fields.every((field) => unreadable.has(field)),
    ),
  ];
}
