import { describeBesideField } from '@ventanilla/domain/form/rules/beside-field';
import { messageFor, type Violation } from '@ventanilla/domain/form/rules/violation';
import type { Lang } from '@ventanilla/domain/i18n';

/**
 * A message about a field (from the API's FieldIssue or a local Violation): `text` is the whole
 * message, `short` the one shown beside the field, without its label (rules R1, R4–R6).
 */
export type FieldMessage = {
  rule: string;
  severity: 'error' | 'warning';
  text: string;
  short: string;
};

/** Issues as the API answers them (FieldIssue). */
export type ApiIssue = {
  rule: string;
  severity: 'ERROR' | 'WARNING' | 'error' | 'warning';
  fields: string[];
  slot?: number | null;
  message: string;
};

export type MessagesByField = Record<string, FieldMessage[]>;

type Found = Omit<FieldMessage, 'short'>;

function add(map: MessagesByField, field: string, found: Found, lang: Lang) {
  const list = (map[field] ??= []);
  if (list.some((m) => m.rule === found.rule && m.text === found.text)) return;
  list.push({
    ...found,
    short: describeBesideField({ ...found, field, message: found.text, lang }),
  });
}

/** Groups API issues by field; an issue about several fields shows on each. */
export function groupApiIssues(issues: readonly ApiIssue[], lang: Lang): MessagesByField {
  const map: MessagesByField = {};
  for (const issue of issues) {
    const message: Found = {
      rule: issue.rule,
      severity: issue.severity.toLowerCase() === 'warning' ? 'warning' : 'error',
      text: issue.message,
    };
    for (const field of issue.fields.length ? issue.fields : ['_form'])
      add(map, field, message, lang);
  }
  return map;
}

/** Groups domain violations by field, in the reader's language. */
export function groupViolations(violations: readonly Violation[], lang: Lang): MessagesByField {
  const map: MessagesByField = {};
  for (const violation of violations) {
    const message: Found = {
      rule: violation.rule,
      severity: violation.severity,
      text: messageFor(violation, lang),
    };
    for (const field of violation.fields.length ? violation.fields : ['_form'])
      add(map, field, message, lang);
  }
  return map;
}
