import type { FormValues } from './form-values.ts';
import { isRelevant } from './relevance.ts';

/**
 * Shows the questions of `form` that are relevant for `values` and hides (and disables, so they
 * are not sent) the others: one pass over the form's `[data-question]` wrappers (FormField),
 * run by one effect of the form instead of an effect per question, which cost the case form's
 * hydration ≈ 100 effects. Only touches what changes.
 */
export function applyRelevance(form: HTMLFormElement, values: FormValues) {
  for (const wrapper of form.querySelectorAll<HTMLElement>('[data-question]')) {
    const hide = !isRelevant(wrapper.dataset.question!, values);
    if (wrapper.hidden === hide) continue;
    wrapper.hidden = hide;
    if (wrapper instanceof HTMLFieldSetElement) wrapper.disabled = hide;
    else
      for (const control of wrapper.querySelectorAll<HTMLInputElement>('input, select, textarea'))
        control.disabled = hide;
  }
}
