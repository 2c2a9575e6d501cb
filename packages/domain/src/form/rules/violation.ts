import type { Lang } from '../../i18n.ts';
import type { Slot } from '../fields.ts';
import type { RuleId, Severity } from './catalog.ts';

/** One broken rule, in the shape of FORM.md §6.0. */
export type Violation = {
  rule: RuleId;
  severity: Severity;
  fields: string[];
  slot?: Slot;
  message_en: string;
  message_es: string;
};

/** The message of a violation in a language. */
export function messageFor(violation: Violation, lang: Lang): string {
  return lang === 'en' ? violation.message_en : violation.message_es;
}

/** True when at least one violation is an error (the record must not be saved). */
export function hasErrors({ violations }: { violations: readonly Violation[] }): boolean {
  return violations.some((violation) => violation.severity === 'error');
}
