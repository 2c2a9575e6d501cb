import { error } from '@sveltejs/kit';
import { ApiUnavailableError, requireUser } from '@ventanilla/ui/server';
import { loadCaseReferrals } from '#lib/referrals/case.server.ts';
import type { PageServerLoad } from './$types';

/** The person's visit card: the hub's name and the code, nothing about the person. */
export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  try {
    const { record, context } = await loadCaseReferrals(event.locals.api, event.params.id);
    if (!record || !context?.personCode) error(404, 'error.notFound');
    return {
      caseId: record.id,
      code: context.personCode,
      hubName: user.hubs.find((h) => h.code === record.hub)?.name ?? record.hub ?? '',
    };
  } catch (cause) {
    if (cause instanceof ApiUnavailableError) error(503, 'error.unavailable');
    throw cause;
  }
};
