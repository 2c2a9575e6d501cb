import { onMount, untrack } from 'svelte';
import { afterNavigate, beforeNavigate } from '$app/navigation';
import { snapshotForm } from '@ventanilla/ui/forms/typed-edits.ts';

/**
 * Guards a server-rendered form's unsaved edits; call it while the page component initialises.
 * On a first load the page arrives as server-rendered HTML: it reads the values the server
 * rendered before hydration drops them (the app shell puts back what was typed on a slow link
 * before the page's script ran). Leaving with unsaved edits asks first. Bind the form to
 * `form`, call `markSaving` on submit and `onbeforeunload` on the window.
 */
export function guardUnsavedEdits({
  selector,
  isDraft,
  question,
}: {
  /** Finds the server-rendered form, before hydration. */
  selector: () => string;
  /** A draft shown again after a refused save is unsaved from the start. */
  isDraft: () => boolean;
  /** Asked before an in-app navigation drops the edits. */
  question: () => string;
}) {
  let form: HTMLFormElement | undefined = $state();
  const rendered =
    typeof document === 'undefined'
      ? null
      : untrack(() => document.querySelector<HTMLFormElement>(selector()));
  let baseline = rendered ? snapshotForm(rendered, { defaults: true }) : '';
  let saving = false;
  const isDirty = () => !!form && !saving && (isDraft() || snapshotForm(form) !== baseline);

  onMount(() => {
    if (!baseline && form) baseline = snapshotForm(form);
  });
  afterNavigate(({ type }) => {
    // Another version or campaign in the same page: what it shows now is the saved state.
    if (type !== 'enter' && form) baseline = snapshotForm(form);
  });
  beforeNavigate((navigation) => {
    // Leaving the document (reload, close, another site) is asked by onbeforeunload below.
    if (navigation.type === 'leave' || !isDirty()) return;
    if (!confirm(question())) navigation.cancel();
  });

  return {
    get form() {
      return form;
    },
    set form(value) {
      form = value;
    },
    /** A save is under way: leaving now loses nothing. */
    markSaving() {
      saving = true;
    },
    onbeforeunload(event: BeforeUnloadEvent) {
      if (!isDirty()) return;
      event.preventDefault();
      event.returnValue = '';
    },
  };
}
