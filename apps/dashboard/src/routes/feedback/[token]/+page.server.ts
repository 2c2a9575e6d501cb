import { error, fail } from '@sveltejs/kit';
import type { FeedbackQuestionName } from '@ventanilla/domain/feedback/questionnaire';
import { feedbackQuestions } from '@ventanilla/domain/feedback/questionnaire';
import { ApiUnavailableError } from '@ventanilla/ui/server';
import { loadFeedbackForm, submitFeedback } from '#lib/feedback/api.server.ts';
import type { Actions, PageServerLoad } from './$types';

/** The questionnaire behind a hub's link: open to anyone who holds it, no account. */
export const load: PageServerLoad = async (event) => {
  try {
    const form = await loadFeedbackForm(event.locals.api, event.params.token);
    // Unknown or replaced by a newer link (the API cannot tell them apart): a real 404, with
    // this route's own kind page (+error.svelte), not a 200 that looks like a questionnaire.
    if (!form) error(404, 'fb.unknown');
    return { hubName: form.hubName };
  } catch (cause) {
    if (cause instanceof ApiUnavailableError) error(503, 'error.unavailable');
    throw cause;
  }
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const answers = Object.fromEntries(
      feedbackQuestions.map((q) => [q.name, String(form.get(q.name) ?? '') || null]),
    ) as Record<FeedbackQuestionName, string | null>;
    const result = await submitFeedback(event.locals.api, {
      token: event.params.token,
      answers,
    });
    if (result.__typename === 'FeedbackThanks') return { thanks: result.hubName };
    if (result.__typename === 'ValidationFailed')
      return fail(400, { message: result.issues.map((i) => i.message).join(' ') });
    return fail(404, { gone: true });
  },
};
