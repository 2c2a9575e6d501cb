import { findField } from '@ventanilla/domain/form/fields';
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
  /** Every field the message is about (it is shown beside only some of them). */
  fields: string[];
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
  const short = describeBesideField({ ...found, field, message: found.text, lang });
  list.push({ ...found, short: dropOwnReference({ text: short, field, lang }) });
}

/**
 * A message shown under or after its question's label without the question's own reference:
 * "A.10 Servicio (1 de 3): Registre el servicio que solicitó la persona (A.10)." says A.10 twice.
 * References to other questions ("Revise A.5 o A.7") stay.
 */
export function dropOwnReference({
  text,
  field,
  lang,
}: {
  text: string;
  field: string;
  lang: Lang;
}): string {
  const code = /^([AB]\.\d+)\s/u.exec(labelOfField(field, lang))?.[1];
  if (!code) return text;
  return text.replace(new RegExp(`\\s*\\(${code.replace('.', '\\.')}\\)`, 'gu'), '');
}

/**
 * The fields a message is shown beside: an error on each field to fix; a warning once, beside
 * the last of its fields, where the XLSForm puts its note (FORM.md §6.0), since the answers
 * are valid and only need a second look.
 */
function placesOf(severity: FieldMessage['severity'], fields: readonly string[]): string[] {
  if (fields.length === 0) return ['_form'];
  return severity === 'warning' ? [fields[fields.length - 1]!] : [...fields];
}

/** Groups API issues by field (see `placesOf`). */
export function groupApiIssues(issues: readonly ApiIssue[], lang: Lang): MessagesByField {
  const map: MessagesByField = {};
  for (const issue of issues) {
    const message: Found = {
      rule: issue.rule,
      severity: issue.severity.toLowerCase() === 'warning' ? 'warning' : 'error',
      text: issue.message,
      fields: issue.fields,
    };
    for (const field of placesOf(message.severity, issue.fields)) add(map, field, message, lang);
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
      fields: violation.fields,
    };
    for (const field of placesOf(message.severity, violation.fields))
      add(map, field, message, lang);
  }
  return map;
}

/**
 * What a form shows beside one field: before the first attempt to save, the browser's own
 * messages appear once the field was answered, and a warning as soon as any of its fields was;
 * until then (and without JavaScript) the server's answer stands.
 */
export function pickFieldMessages({
  name,
  mounted,
  attempted,
  touched,
  client,
  server,
}: {
  name: string;
  mounted: boolean;
  attempted: boolean;
  touched: Record<string, boolean>;
  client: MessagesByField;
  server: MessagesByField;
}): FieldMessage[] {
  if (!mounted) return server[name] ?? [];
  if (attempted || touched[name]) return client[name] ?? [];
  const warnings = (client[name] ?? []).filter(
    (m) => m.severity === 'warning' && m.fields.some((field) => touched[field]),
  );
  const shown = server[name] ?? [];
  return [
    ...shown,
    ...warnings.filter((w) => !shown.some((m) => m.rule === w.rule && m.text === w.text)),
  ];
}

/** A field's question as the reader sees it ("A.7 Estado civil"), or its name if unknown. */
export function labelOfField(name: string, lang: Lang): string {
  return findField({ name })?.label[lang] ?? name;
}
