import { exampleActivity, exampleCase, type ActivityRecord, type CaseRecord } from '../record.ts';
import type { RuleId } from '../rules/catalog.ts';
import type { Violation } from '../rules/violation.ts';
import { validateRecord } from '../validate.ts';

/** A fixed `today` for tests. */
export const testToday = '2025-06-30';

/** The §3.6 example with some fields replaced (values may be of any shape, to test R2). */
export function makeCase(overrides: Record<string, unknown> = {}): CaseRecord {
  return { ...exampleCase, ...overrides } as CaseRecord;
}

/** The §4.3 example with some fields replaced. */
export function makeActivity(overrides: Record<string, unknown> = {}): ActivityRecord {
  return { ...exampleActivity, ...overrides } as ActivityRecord;
}

/** Validates with the hub country of the example hubs (`cri_upala` → CRI, `mex_tijuana` → MEX). */
export function validateForTest({
  record,
  hubCountry,
  today = testToday,
}: {
  record: Record<string, unknown>;
  hubCountry?: string | null;
  today?: string;
}): Violation[] {
  const country =
    hubCountry === undefined
      ? record.record_type === 'case'
        ? 'CRI'
        : record.record_type === 'activity'
          ? 'MEX'
          : null
      : hubCountry;
  return validateRecord({ record, hubCountry: country, today });
}

/** The rule ids of a list of violations, in order. */
export function listRuleIds({ violations }: { violations: readonly Violation[] }): RuleId[] {
  return violations.map((violation) => violation.rule);
}
