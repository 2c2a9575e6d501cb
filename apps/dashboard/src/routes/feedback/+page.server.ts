import { error, fail } from '@sveltejs/kit';
import { ApiUnavailableError, publicOrigin, requireUser } from '@ventanilla/ui/server';
import { loadFeedbackLinks, renewFeedbackLink } from '#lib/feedback/api.server.ts';
import { feedbackT } from '#lib/feedback/translate.ts';
import type { Actions, PageServerLoad } from './$types';

/** Hub staff: each of their hubs with its questionnaire link. */
export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  try {
    const links = await loadFeedbackLinks(event.locals.api);
    return {
      hubs: user.hubs.map((h) => ({
        code: h.code,
        name: h.name,
        token: links.find((l) => l.hub === h.code)?.token ?? null,
      })),
      // As the site is reached (ORIGIN), not adapter-node's https guess.
      origin: publicOrigin(event),
    };
  } catch (cause) {
    if (cause instanceof ApiUnavailableError) error(503, 'error.unavailable');
    throw cause;
  }
};

export const actions: Actions = {
  renew: async (event) => {
    const user = requireUser(event);
    const hub = String((await event.request.formData()).get('hub') ?? '');
    const result = await renewFeedbackLink(event.locals.api, hub);
    if (result.__typename !== 'FeedbackLink') return fail(403, { message: result.message });
    const name = user.hubs.find((h) => h.code === hub)?.name ?? hub;
    return { renewed: feedbackT(event.locals.lang)('fb.renewed', { hub: name }) };
  },
};
