import type { Option } from '@ventanilla/domain/form/options/option';
import type { Lang } from '@ventanilla/domain/i18n';

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => entities[c]!);

/**
 * The `<option>` tags of a list as one HTML string, for `{@html}` inside a `<select>`. A country
 * list is 250 options and the case form has three: rendered by an `{#each}`, every option is
 * hydrated one by one (its value, label and selected state each an effect), the longest task of
 * the page on a phone. As static HTML they hydrate at once; the select's `value` keeps the choice
 * in step afterwards. Codes and labels are escaped (hub names come from the registry).
 */
export function renderOptionTags({
  options,
  lang,
  selected,
}: {
  options: readonly Option[];
  lang: Lang;
  selected: string;
}): string {
  return options
    .map(
      (option) =>
        `<option value="${escape(option.code)}"${option.code === selected ? ' selected' : ''}>${escape(option[lang])}</option>`,
    )
    .join('');
}

/**
 * The checkboxes or radios of a choice question as one HTML string, for `{@html}`: the case
 * form has a dozen such questions (services, vulnerabilities, profiles…), and as an `{#each}`
 * every choice hydrated its own effects. `checked` is the page's first answer; FormField keeps
 * the boxes in step with later changes in one effect per question.
 */
export function renderChoiceTags({
  options,
  lang,
  name,
  type,
  checked,
}: {
  options: readonly Option[];
  lang: Lang;
  name: string;
  type: 'checkbox' | 'radio';
  checked: readonly string[];
}): string {
  return options
    .map(
      (option) =>
        `<label class="choice-item"><input type="${type}" name="${escape(name)}" value="${escape(option.code)}"${checked.includes(option.code) ? ' checked' : ''}><span>${escape(option[lang])}</span></label>`,
    )
    .join('');
}
