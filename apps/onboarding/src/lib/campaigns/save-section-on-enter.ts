import type { Attachment } from 'svelte/attachments';

/**
 * Enter in a one-line field of the plan form saves from that field's section, as its own
 * "Guardar" would. A textarea marked `data-one-line` (one item, wrapped only to be read whole)
 * counts as one. Attached to the form, delegated (the form itself is not interactive).
 */
export const saveSectionOnEnter: Attachment<HTMLFormElement> = (form) => {
  function onKeydown(event: KeyboardEvent) {
    const field = event.target;
    if (event.key !== 'Enter' || event.isComposing || !isOneLine(field)) return;
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

function isOneLine(field: EventTarget | null): field is HTMLInputElement | HTMLTextAreaElement {
  if (field instanceof HTMLTextAreaElement) return 'oneLine' in field.dataset;
  return (
    field instanceof HTMLInputElement &&
    !['button', 'submit', 'checkbox', 'radio', 'file'].includes(field.type)
  );
}
