import type { ActionResult, SubmitFunction } from '$app/forms';

/** What SvelteKit hands a form's answer handler (the answer, and `update` to apply it). */
type Answer = Parameters<Exclude<Awaited<ReturnType<SubmitFunction>>, void>>[0];

/**
 * Whether a form's post got no answer: the device is offline, or the connection dropped while
 * it still says online. SvelteKit reports both as an error without a status, and applying that
 * would replace the whole page with an error page, losing what was typed. Nothing was saved.
 */
export function unanswered(result: ActionResult): boolean {
  return result.type === 'error' && (result.status === undefined || !navigator.onLine);
}

/**
 * A form's `use:enhance` that keeps the page, and what was typed, when its post gets no answer:
 * `lost` is then true until the next try, for the form to say that nothing was saved
 * (`form.lostPost`). Every answer that came goes to `then`; by default SvelteKit applies it
 * and keeps the typed values.
 */
export function guardPost(
  then: (answer: Answer) => Promise<void> = ({ update }) => update({ reset: false }),
) {
  let lost = $state(false);
  const submit: SubmitFunction = () => {
    lost = false;
    return async (answer) => {
      if (unanswered(answer.result)) lost = true;
      else await then(answer);
    };
  };
  return {
    submit,
    get lost() {
      return lost;
    },
  };
}
