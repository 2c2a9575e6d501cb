/**
 * Edits of server-rendered fields, in the browser. Hydration sets each field's value from the
 * component's state, so text typed on a slow link before the page's scripts arrived would be
 * wiped; `captureTyped` reads it first (from the page itself, while the fields still hold their
 * server defaults) and `restoreTyped` puts it back once the page is interactive. The app shell
 * does both for every page. `snapshotForm` tells whether a form still holds what it was
 * rendered with.
 */

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
type Edit = { field: Field; value: string } | { field: HTMLInputElement; checked: boolean };

const skipped = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file']);

function listFields(root: HTMLFormElement | ParentNode): Field[] {
  const elements =
    root instanceof HTMLFormElement
      ? [...root.elements]
      : [...root.querySelectorAll('input, textarea, select')];
  return elements.filter(
    (el): el is Field =>
      (el instanceof HTMLInputElement && !skipped.has(el.type)) ||
      el instanceof HTMLTextAreaElement ||
      el instanceof HTMLSelectElement,
  );
}

const isCheck = (field: Field): field is HTMLInputElement =>
  field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio');

function defaultOf(field: Field): string {
  if (field instanceof HTMLSelectElement) {
    const options = [...field.options];
    return (options.find((o) => o.defaultSelected) ?? options[0])?.value ?? '';
  }
  return field.defaultValue;
}

/**
 * What differs from the server's defaults in the fields of `root` (a form, or the whole
 * document), right now: call it before hydration.
 */
export function captureTyped(root: HTMLFormElement | ParentNode | null): Edit[] {
  if (!root) return [];
  return listFields(root).flatMap((field): Edit[] => {
    if (isCheck(field))
      return field.checked !== field.defaultChecked ? [{ field, checked: field.checked }] : [];
    return field.value !== defaultOf(field) ? [{ field, value: field.value }] : [];
  });
}

/**
 * Puts captured edits back into fields still on the page that lost them, with the events a bound
 * field listens to, so the component's state follows. Returns how many it restored.
 */
export function restoreTyped(edits: Edit[]): number {
  let restored = 0;
  for (const edit of edits) {
    if (!edit.field.isConnected) continue;
    const kept =
      'checked' in edit ? edit.field.checked === edit.checked : edit.field.value === edit.value;
    if (kept) continue;
    if ('checked' in edit) edit.field.checked = edit.checked;
    else edit.field.value = edit.value;
    edit.field.dispatchEvent(new Event('input', { bubbles: true }));
    edit.field.dispatchEvent(new Event('change', { bubbles: true }));
    restored += 1;
  }
  return restored;
}

/**
 * The fields of `form` as one string: their current values, or (`defaults`) the values the
 * server rendered, which only hold before hydration (Svelte then drops the `value` attributes).
 */
export function snapshotForm(form: HTMLFormElement, { defaults = false } = {}): string {
  const entries = listFields(form)
    .filter((field) => field.name && !field.disabled)
    .map((field) => {
      if (isCheck(field))
        return [field.name, String(defaults ? field.defaultChecked : field.checked)];
      return [field.name, defaults ? defaultOf(field) : field.value];
    });
  return JSON.stringify(entries);
}
