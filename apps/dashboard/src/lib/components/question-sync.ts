import type { FieldMessage } from '#lib/record/issues.ts';
import { describedBy, messagesMarkup, type QuestionShape } from './question-markup.ts';

/** What can change in a question after the page is drawn. */
export type QuestionState = {
  visible: boolean;
  messages: readonly FieldMessage[];
  value: string | string[] | undefined;
  /** Whether the form's answer to this question changed since the last sync (see FormField). */
  valueChanged: boolean;
};

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * Brings a drawn question (question-markup.ts) in step with the form: shown or hidden (and then
 * disabled, so it is not sent), its messages and, when the form's answer to it changed (a
 * prefilled officer ID, a pending record opened, a referral taken from the directory), what its
 * control holds. Touches only what differs, so a question whose state did not change costs a
 * few reads.
 */
export function syncQuestion(shape: QuestionShape, state: QuestionState): void {
  const element = document.getElementById(shape.id);
  const root = element?.closest<HTMLElement>('[data-question]');
  if (!element || !root) return;
  if (root.hidden === state.visible) root.hidden = !state.visible;
  // A choice question's fieldset is its control: disabled and described as one.
  const control = element as HTMLFieldSetElement | Control;
  if (control.disabled === state.visible) control.disabled = !state.visible;
  setAttribute(control, 'aria-describedby', describedBy(shape, state.messages));
  syncMessages(root, shape, state.messages);
  if (shape.choice) {
    if (state.valueChanged) syncChoices(control as HTMLFieldSetElement, state.value);
    return;
  }
  const field = control as Control;
  const invalid = state.messages.some((m) => m.severity === 'error');
  setAttribute(field, 'aria-invalid', invalid ? 'true' : undefined);
  const text = typeof state.value === 'string' ? state.value : '';
  if (state.valueChanged && field.value !== text) field.value = text;
}

function setAttribute(element: Element, name: string, value: string | undefined) {
  if (value === undefined) element.removeAttribute(name);
  else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/** The messages' markup each question shows now (the browser's own serialization may differ). */
const shownMessages = new WeakMap<HTMLElement, string>();

/** The messages' list sits after the hint, or after the label when there is none. */
function syncMessages(root: HTMLElement, shape: QuestionShape, messages: readonly FieldMessage[]) {
  const markup = messagesMarkup(shape, messages);
  const current = root.querySelector(`#${CSS.escape(shape.id)}-msg`);
  if ((shownMessages.get(root) ?? current?.outerHTML ?? '') === markup) return;
  shownMessages.set(root, markup);
  current?.remove();
  if (!markup) return;
  const before = root.querySelector(`#${CSS.escape(shape.id)}-hint`) ?? root.firstElementChild;
  before?.insertAdjacentHTML('afterend', markup);
}

function syncChoices(fieldset: HTMLFieldSetElement, value: string | string[] | undefined) {
  const chosen = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  for (const input of fieldset.querySelectorAll<HTMLInputElement>('input')) {
    const checked = chosen.includes(input.value);
    if (input.checked !== checked) input.checked = checked;
  }
}
