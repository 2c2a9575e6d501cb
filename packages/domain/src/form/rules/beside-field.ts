import type { Lang, Localized } from '../../i18n.ts';
import { getField } from '../fields.ts';
import type { RuleId } from './catalog.ts';
import { fillTemplate } from './fill-template.ts';

/**
 * Shorter texts for the rules whose message names the field (FORM.md §6.1 R1, R4, R5, R6), to
 * show beside that field or after its label in a form: the label is already there, so the full
 * message ("Please answer: A.3 …") would repeat it. The API and the importer keep the full
 * message, which must stand on its own.
 */
export const besideFieldTemplates: Partial<Record<RuleId, Localized>> = {
  R1: { en: 'Answer this question.', es: 'Responda esta pregunta.' },
  R4: {
    en: 'Too long: use at most {max} characters.',
    es: 'Es demasiado largo: use como máximo {max} caracteres.',
  },
  R5: {
    en: 'You chose “Other”: write here what it is.',
    es: 'Eligió “Otro”: escriba aquí cuál es.',
  },
  R6: {
    en: 'Only used when “Other” is chosen. Delete the text or choose “Other”.',
    es: 'Solo se usa cuando se elige “Otro”. Borre el texto o elija “Otro”.',
  },
};

/**
 * The text of a rule's message about `field` as shown beside it: the short text when the rule
 * names the field, otherwise `message` unchanged.
 */
export function describeBesideField({
  rule,
  field,
  message,
  lang,
}: {
  rule: string;
  field: string;
  message: string;
  lang: Lang;
}): string {
  const template = besideFieldTemplates[rule as RuleId];
  if (!template) return message;
  let max: number;
  try {
    max = getField({ name: field }).maxLength ?? 0;
  } catch {
    return message;
  }
  return fillTemplate({ template: template[lang], values: { max } });
}
