import { error, fail } from '@sveltejs/kit';
import { referralOutcomes, type ReferralOutcome } from '@ventanilla/domain/referrals/index';
import { ApiUnavailableError, requireUser } from '@ventanilla/ui/server';
import { closeReferral, loadDueReferrals, todayIn } from '#lib/referrals/api.server.ts';
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

const isOutcome = (value: string): value is ReferralOutcome =>
  (referralOutcomes as readonly string[]).includes(value);

export const actions: Actions = {
  /** Closes one referral with its outcome: the worklist's two clicks (choose, close). */
  close: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    const id = String(form.get('id') ?? '');
    const outcome = String(form.get('outcome') ?? '');
    const version = Number(form.get('version'));
    const note = String(form.get('note') ?? '').trim() || null;
    const lang = event.locals.lang;
    if (!isOutcome(outcome))
      return fail(400, {
        id,
        message:
          lang === 'en' ? 'Choose how the referral ended.' : 'Elija cómo terminó la referencia.',
      });
    const result = await closeReferral(event.locals.api, {
      id,
      version,
      today: todayIn(readTimeZone()),
      outcome,
      note,
    });
    if (result.__typename === 'Referral')
      return { closed: { institution: result.institution, outcome } };
    const message =
      result.__typename === 'ValidationFailed'
        ? result.issues.map((i) => i.message).join(' ')
        : result.message;
    return fail(result.__typename === 'ValidationFailed' ? 400 : 409, { id, message });
  },
};
