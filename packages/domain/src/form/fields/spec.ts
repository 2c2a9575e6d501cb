import type { Lang, Localized } from '../../i18n.ts';
import { ruleCatalog, type RuleId } from '../rules/catalog.ts';
import { fillTemplate } from '../rules/fill-template.ts';
import type { FieldDef, FieldGroup } from './field-def.ts';

/** A rule's main message with placeholders filled, in both languages. */
export function message(rule: RuleId, values: Record<string, string | number> = {}): Localized {
  const template = (ruleCatalog[rule] as { message?: Localized }).message;
  if (!template) throw new Error(`${rule} has no message`);
  return {
    en: fillTemplate({ template: template.en, values }),
    es: fillTemplate({ template: template.es, values }),
  };
}

/** A text built per language. */
export function perLang(fn: (lang: Lang) => string): Localized {
  return { en: fn('en'), es: fn('es') };
}

/** A field row as written in the group files: the flags default in `withDefaults`. */
export type Spec = Omit<FieldDef, 'required' | 'requiredWhenRelevant' | 'stored' | 'group'> & {
  required?: boolean;
  requiredWhenRelevant?: boolean;
  stored?: boolean;
};

/** Fills the defaults of a row: required flags, stored, the R1 required message and the R4 constraint. */
export function withDefaults(group: FieldGroup, spec: Spec): FieldDef {
  const required = spec.required ?? false;
  const field: FieldDef = {
    ...spec,
    group,
    required,
    requiredWhenRelevant: spec.requiredWhenRelevant ?? required,
    stored: spec.stored ?? spec.type !== 'note',
  };
  if (field.requiredWhenRelevant && !field.required_message) {
    field.required_message = perLang((lang) =>
      fillTemplate({
        template: ruleCatalog.R1.message[lang],
        values: { label: field.label[lang] },
      }),
    );
  }
  if (field.type === 'text' && field.maxLength !== undefined && !field.constraint) {
    field.constraint = `string-length(.) <= ${field.maxLength}`;
    field.constraint_message = perLang((lang) =>
      fillTemplate({
        template: ruleCatalog.R4.message[lang],
        values: { label: field.label[lang], max: field.maxLength ?? 0 },
      }),
    );
  }
  return field;
}

/** Required-when-relevant "other" text: its required message is R5 with its own label. */
export function otherText(spec: Spec): Spec {
  return {
    ...spec,
    requiredWhenRelevant: true,
    required_message: perLang((lang) =>
      fillTemplate({
        template: ruleCatalog.R5.message[lang],
        values: { other_label: spec.label[lang] },
      }),
    ),
  };
}

/** A warning note row `note_r<nn>` whose label is the rule's message (§6.0). */
export function warningNote(rule: RuleId, relevant: string): Spec {
  return {
    name: `note_${rule.toLowerCase()}`,
    type: 'note',
    label: message(rule),
    relevant,
    rule,
  };
}
