import { error } from '@sveltejs/kit';
import { ApiUnavailableError, requireUser } from '@ventanilla/ui/server';
import { moveReferralAction } from '#lib/referrals/actions.server.ts';
import { loadDueReferrals, todayIn } from '#lib/referrals/api.server.ts';
import { readTimeZone } from '#lib/server/time-zone.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  const today = todayIn(readTimeZone());
  try {
    const due = await loadDueReferrals(event.locals.api, today);
    const hubNames = Object.fromEntries(user.hubs.map((h) => [h.code, h.name]));
    return { today, due, hubNames };
  } catch (cause) {
    if (cause instanceof ApiUnavailableError) error(503, 'error.unavailable');
    throw cause;
  }
};

export const actions: Actions = {
  /** Closes one referral with its outcome: the worklist's two clicks (choose, close). */
  close: moveReferralAction,
};
