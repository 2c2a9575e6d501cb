import type { Lang } from '@ventanilla/domain';
import { builder } from '../builder.ts';
import { translate } from '../auth/messages.ts';

/** Shapes of the typed, expected failures every record operation can answer with. */
export type NotFoundShape = { kind: 'NotFound'; message: string };
export type ForbiddenShape = { kind: 'Forbidden'; message: string };
export type IssueShape = {
  rule: string;
  severity: 'error' | 'warning';
  fields: string[];
  slot: number | null;
  message: string;
};
export type ValidationFailedShape = {
  kind: 'ValidationFailed';
  message: string;
  issues: IssueShape[];
};

export const notFound = (lang: Lang): NotFoundShape => ({
  kind: 'NotFound',
  message: translate(lang, 'notFound'),
});
export const forbidden = (lang: Lang): ForbiddenShape => ({
  kind: 'Forbidden',
  message: translate(lang, 'forbidden'),
});

export const NotFound = builder.objectRef<NotFoundShape>('NotFound').implement({
  description: 'The record does not exist (or is not visible to the caller).',
  fields: (t) => ({ message: t.exposeString('message') }),
});

export const Forbidden = builder.objectRef<ForbiddenShape>('Forbidden').implement({
  description: 'The caller may not do this (for example, a hub outside their hubs).',
  fields: (t) => ({ message: t.exposeString('message') }),
});

export const Severity = builder.enumType('Severity', {
  values: { ERROR: { value: 'error' }, WARNING: { value: 'warning' } } as const,
});

export const FieldIssue = builder.objectRef<IssueShape>('FieldIssue').implement({
  description:
    'A violated FORM.md §6 rule: the fields it concerns and a message in the caller language.',
  fields: (t) => ({
    rule: t.exposeString('rule'),
    severity: t.field({ type: Severity, resolve: (issue) => issue.severity }),
    fields: t.exposeStringList('fields', { description: 'FORM.md field names' }),
    slot: t.exposeInt('slot', {
      nullable: true,
      description: 'Service slot 1–3 when the rule is about one',
    }),
    message: t.exposeString('message'),
  }),
});

export const ValidationFailed = builder
  .objectRef<ValidationFailedShape>('ValidationFailed')
  .implement({
    description: 'The record breaks at least one error rule; nothing was stored.',
    fields: (t) => ({
      message: t.exposeString('message'),
      issues: t.field({ type: [FieldIssue], resolve: (v) => v.issues }),
    }),
  });

/** Resolves union members: tagged shapes carry `kind`, anything else is the record type. */
export function resolveKind(recordType: string) {
  return (value: unknown) =>
    typeof value === 'object' && value !== null && 'kind' in value
      ? String(value.kind)
      : recordType;
}

/** Turns input problems of non-record operations into a ValidationFailed answer. */
export function inputFailed(
  lang: Lang,
  issues: { field: string; en: string; es: string }[],
): ValidationFailedShape {
  return {
    kind: 'ValidationFailed',
    message: lang === 'en' ? 'Please correct the marked fields.' : 'Corrija los campos marcados.',
    issues: issues.map((i) => ({
      rule: 'INPUT',
      severity: 'error',
      fields: [i.field],
      slot: null,
      message: i[lang],
    })),
  };
}
