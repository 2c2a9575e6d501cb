import { error } from '@sveltejs/kit';
import { ApiUnavailableError, requireUser } from '@ventanilla/ui/server';
import { moveReferralAction } from '#lib/referrals/actions.server.ts';
import { loadDueReferrals, todayIn, type DueReferral } from '#lib/referrals/api.server.ts';
import { OFFLINE_SHELL_HEADER } from '#lib/offline/shell.ts';
import { readTimeZone } from '#lib/server/time-zone.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  const today = todayIn(readTimeZone());
  const hubNames = Object.fromEntries(user.hubs.map((h) => [h.code, h.name]));
  // The service worker's offline copy: no referral in it; offline the page reads its sealed list.
  if (event.request.headers.get(OFFLINE_SHELL_HEADER) === '1')
    return { today, due: [] as DueReferral[], hubNames, shell: true };
  try {
    const due = await loadDueReferrals(event.locals.api, today);
    return { today, due, hubNames, shell: false };
  } catch (cause) {
    if (cause instanceof ApiUnavailableError) error(503, 'error.unavailable');
    throw cause;
  }
};

export const actions: Actions = {
  /** Closes one referral with its outcome: the worklist's two clicks (choose, close). */
  close: moveReferralAction,
  /** One referral moves on today (received, attended), as on the case page; online only. */
  move: moveReferralAction,
};
