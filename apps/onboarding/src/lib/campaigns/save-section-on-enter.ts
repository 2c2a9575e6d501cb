import type { Attachment } from 'svelte/attachments';

/**
 * Enter in a one-line field of the plan form saves from that field's section, as its own
 * "Guardar" would. Attached to the form, delegated (the form itself is not interactive).
 */
export const saveSectionOnEnter: Attachment<HTMLFormElement> = (form) => {
  function onKeydown(event: KeyboardEvent) {
    const field = event.target;
    if (event.key !== 'Enter' || event.isComposing || !(field instanceof HTMLInputElement)) return;
    if (['button', 'submit', 'checkbox', 'radio', 'file'].includes(field.type)) return;
    const save = field
      .closest('[data-plan-section]')
      ?.querySelector<HTMLButtonElement>('button[data-save]');
    if (!save) return;
    event.preventDefault();
    form.requestSubmit(save);
  }
  form.addEventListener('keydown', onKeydown);
  return () => form.removeEventListener('keydown', onKeydown);
};
