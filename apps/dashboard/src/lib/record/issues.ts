import { messageFor, type Violation } from '@ventanilla/domain/form/rules/violation';
import type { Lang } from '@ventanilla/domain/i18n';

/** A message to show beside a field (from the API's FieldIssue or a local Violation). */
export type FieldMessage = { rule: string; severity: 'error' | 'warning'; text: string };

/** Issues as the API answers them (FieldIssue). */
export type ApiIssue = {
  rule: string;
  severity: 'ERROR' | 'WARNING' | 'error' | 'warning';
  fields: string[];
  slot?: number | null;
  message: string;
};

export type MessagesByField = Record<string, FieldMessage[]>;

function add(map: MessagesByField, field: string, message: FieldMessage) {
  const list = (map[field] ??= []);
  if (!list.some((m) => m.rule === message.rule && m.text === message.text)) list.push(message);
}

/** Groups API issues by field; an issue about several fields shows on each. */
export function groupApiIssues(issues: readonly ApiIssue[]): MessagesByField {
  const map: MessagesByField = {};
  for (const issue of issues) {
    const message: FieldMessage = {
      rule: issue.rule,
      severity: issue.severity.toLowerCase() === 'warning' ? 'warning' : 'error',
      text: issue.message,
    };
    for (const field of issue.fields.length ? issue.fields : ['_form']) add(map, field, message);
  }
  return map;
}

/** Groups domain violations by field, in the reader's language. */
export function groupViolations(violations: readonly Violation[], lang: Lang): MessagesByField {
  const map: MessagesByField = {};
  for (const violation of violations) {
    const message: FieldMessage = {
      rule: violation.rule,
      severity: violation.severity,
      text: messageFor(violation, lang),
    };
    for (const field of violation.fields.length ? violation.fields : ['_form'])
      add(map, field, message);
  }
  return map;
}
