import type { FieldDef } from '@ventanilla/domain/form/fields';
import { formOptionLists } from '@ventanilla/domain/form/options/index';
import type { Option } from '@ventanilla/domain/form/options/option';
import type { Lang } from '@ventanilla/domain/i18n';
import type { FieldMessage } from '#lib/record/issues.ts';
import { escapeHtml as escape } from './escape-html.ts';
import { renderOptionTags } from './option-tags.ts';

/** What a question is drawn from: its definition, answer, messages and the form's words. */
export type QuestionInput = {
  field: FieldDef;
  lang: Lang;
  value: string | string[] | undefined;
  messages: readonly FieldMessage[];
  visible: boolean;
  options?: readonly Option[];
  requiredLabel: string;
  chooseLabel: string;
  datalist?: string;
  extraHint?: string;
  radios?: boolean;
};

/** How a question is drawn, worked out once from its definition. */
export type QuestionShape = {
  id: string;
  /** Checkboxes or radios in a fieldset, rather than one control under a label. */
  choice: boolean;
  list: readonly Option[];
  asList: boolean;
  hint: string;
};

export function questionShape(input: QuestionInput): QuestionShape {
  const { field, lang, options, radios, extraHint } = input;
  const id = `f-${field.name}`;
  // R40: an integer with allowed values (B.5, B.7) is a list of those values, so 55 cannot be typed.
  const percent = field.allowedPercentages && new Intl.NumberFormat(lang, { style: 'percent' });
  const list =
    options ??
    (field.list
      ? formOptionLists[field.list].options
      : (field.allowedPercentages ?? []).map((value) => {
          const label = percent!.format(value / 100);
          return { code: String(value), en: label, es: label };
        }));
  const asList = field.type === 'select_one' || (field.allowedPercentages?.length ?? 0) > 0;
  const asRadios = radios ?? (field.type === 'select_one' && list.length <= 4);
  const hint = [field.hint?.[lang], extraHint].filter(Boolean).join(' ');
  return { id, choice: field.type === 'select_multiple' || asRadios, list, asList, hint };
}

/** The ids a question's control is described by: its hint and its messages. */
export function describedBy(shape: QuestionShape, messages: readonly FieldMessage[]) {
  return (
    [shape.hint ? `${shape.id}-hint` : '', messages.length ? `${shape.id}-msg` : '']
      .filter(Boolean)
      .join(' ') || undefined
  );
}

/** The list of a question's messages (empty when there are none). */
export function messagesMarkup(shape: QuestionShape, messages: readonly FieldMessage[]): string {
  if (!messages.length) return '';
  const items = messages
    .map(
      (m) =>
        `<li class="${m.severity === 'error' ? 'field-error' : 'field-warning'}">${escape(m.short)}</li>`,
    )
    .join('');
  return `<ul class="field-messages" id="${shape.id}-msg">${items}</ul>`;
}

const attr = (name: string, value: string | number | undefined | false) =>
  value === undefined || value === false
    ? ''
    : value === ''
      ? ` ${name}`
      : ` ${name}="${escape(String(value))}"`;

/**
 * A question as the server writes it: the label (or legend), the hint, the messages and the
 * control. Hidden questions are also disabled, so they are not sent. The page shows it as it is;
 * `FormField` then keeps its visibility, messages and answer in step with the form.
 */
export function questionMarkup(input: QuestionInput, shape = questionShape(input)): string {
  const { field, lang, value, messages, visible, requiredLabel, chooseLabel, datalist } = input;
  const { id, list } = shape;
  const text = typeof value === 'string' ? value : '';
  const chosen = Array.isArray(value) ? value : [];
  const hidden = visible ? '' : ' hidden disabled';
  const title = `${escape(field.label[lang])}${field.required ? ` <span class="required">(${escape(requiredLabel)})</span>` : ''}`;
  const help = `${shape.hint ? `<p class="hint" id="${id}-hint">${escape(shape.hint)}</p>` : ''}${messagesMarkup(shape, messages)}`;
  const described = attr('aria-describedby', describedBy(shape, messages));
  const invalid = attr('aria-invalid', messages.some((m) => m.severity === 'error') && 'true');
  const name = escape(field.name);

  if (shape.choice) {
    const multiple = field.type === 'select_multiple';
    const items = list
      .map((option) => {
        const checked = multiple ? chosen.includes(option.code) : text === option.code;
        return `<label class="choice-item"><input type="${multiple ? 'checkbox' : 'radio'}" name="${name}" value="${escape(option.code)}"${checked ? ' checked' : ''}><span>${escape(option[lang])}</span></label>`;
      })
      .join('');
    return `<fieldset class="field choice" id="${id}" tabindex="-1" data-question="${name}"${hidden}${described}><legend>${title}</legend>${help}<div class="choices${list.length > 8 ? ' columns' : ''}">${items}</div></fieldset>`;
  }

  const common = `id="${id}" name="${name}"${visible ? '' : ' disabled'}${described}${invalid}`;
  let control: string;
  if (shape.asList) {
    const options = renderOptionTags({ options: list, lang, selected: text });
    control = `<select ${common}><option value="">${escape(chooseLabel)}</option>${options}</select>`;
  } else if (field.type === 'text' && (field.maxLength ?? 0) > 200) {
    control = `<textarea ${common} rows="3"${attr('maxlength', field.maxLength)}>${escape(text)}</textarea>`;
  } else {
    const integer = field.type === 'integer';
    const type = integer ? 'number' : field.type === 'date' ? 'date' : 'text';
    control =
      `<input ${common} type="${type}"` +
      (integer
        ? ' inputmode="numeric" step="1" min="0"'
        : field.type === 'date'
          ? ' min="2015-01-01"'
          : '') +
      attr('maxlength', field.maxLength) +
      attr('list', datalist) +
      (field.type === 'text' ? ' autocomplete="off"' : '') +
      ` value="${escape(text)}">`;
  }
  return `<div class="field" data-question="${name}"${visible ? '' : ' hidden'}><label for="${id}">${title}</label>${help}${control}</div>`;
}
