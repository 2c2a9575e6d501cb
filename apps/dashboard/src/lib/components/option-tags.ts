import type { Option } from '@ventanilla/domain/form/options/option';
import type { Lang } from '@ventanilla/domain/i18n';
import { escapeHtml as escape } from './escape-html.ts';

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
