import { fail, type RequestEvent } from '@sveltejs/kit';
import {
  referralOutcomes,
  referralStates,
  type ReferralOutcome,
  type ReferralState,
} from '@ventanilla/domain/referrals/index';
import { requireUser } from '@ventanilla/ui/server';
import { readTimeZone } from '#lib/server/time-zone.ts';
import { moveReferral, refusalText, todayIn } from './api.server.ts';

const isOutcome = (value: string): value is ReferralOutcome =>
  (referralOutcomes as readonly string[]).includes(value);
const isState = (value: string): value is ReferralState =>
  (referralStates as readonly string[]).includes(value);

/**
 * Form action: one referral moves on today, to `to` (received, attended) or closed with the
 * chosen outcome. The worklist's cards and the case's referral cards post here; a refusal
 * names the referral and the step it refused, for the card to show it beside that step.
 */
export async function moveReferralAction(event: RequestEvent) {
  requireUser(event);
  const form = await event.request.formData();
  const id = String(form.get('id') ?? '');
  const version = Number(form.get('version'));
  const to = String(form.get('to') ?? 'closed');
  const outcome = String(form.get('outcome') ?? '');
  const note = String(form.get('note') ?? '').trim() || null;
  const lang = event.locals.lang;
  if (!isState(to))
    return fail(400, { id, to, message: lang === 'en' ? 'Unknown step.' : 'Paso desconocido.' });
  if (to === 'closed' && !isOutcome(outcome))
    return fail(400, {
      id,
      to,
      message:
        lang === 'en' ? 'Choose how the referral ended.' : 'Elija cómo terminó la referencia.',
    });
  const result = await moveReferral(event.locals.api, {
    id,
    version,
    to,
    on: todayIn(readTimeZone()),
    outcome: to === 'closed' ? (outcome as ReferralOutcome) : null,
    note,
  });
  if (result.__typename === 'Referral')
    return {
      moved: { id, institution: result.institution, state: result.state, outcome: result.outcome },
    };
  return fail(result.__typename === 'ValidationFailed' ? 400 : 409, {
    id,
    to,
    message: refusalText(result),
  });
}
