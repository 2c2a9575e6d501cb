import { json } from '@sveltejs/kit';
import { referralOutcomes, type ReferralOutcome } from '@ventanilla/domain/referrals/index';
import { ApiUnavailableError } from '@ventanilla/ui/server';
import { moveReferral, readReferralNow } from '#lib/referrals/api.server.ts';
import { closeAnswerOf, type CloseAnswer } from '#lib/referrals/offline-worklist.ts';
import type { RequestHandler } from './$types';

const isOutcome = (value: unknown): value is ReferralOutcome =>
  (referralOutcomes as readonly unknown[]).includes(value);
const isDay = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * Sends one referral close queued offline (issue 16 item 3) through the worklist's mutation, with
 * its idempotency key: a retry after a lost answer is answered with the closed referral. When the
 * close is not written, the referral as it is now says why (closed already, or changed).
 */
export const POST: RequestHandler = async ({ locals, request }) => {
  const headers = { 'cache-control': 'no-store' };
  const answer = (body: CloseAnswer, status = 200) => json(body, { status, headers });
  if (!locals.user)
    return answer(
      { status: locals.apiUnavailable ? 'unavailable' : 'signedOut' },
      locals.apiUnavailable ? 503 : 401,
    );
  let body: Record<string, unknown>;
  try {
    body = await request.json();
  } catch {
    return json({ error: 'bad request' }, { status: 400, headers });
  }
  const { clientKey, id, version, outcome, note, on } = body;
  if (
    typeof clientKey !== 'string' ||
    typeof id !== 'string' ||
    !Number.isInteger(version) ||
    !isOutcome(outcome) ||
    !isDay(on) ||
    (note !== null && typeof note !== 'string')
  )
    return json({ error: 'bad request' }, { status: 400, headers });
  try {
    const result = await moveReferral(locals.api, {
      id,
      version: version as number,
      to: 'closed',
      on,
      outcome,
      note: typeof note === 'string' ? note.trim() || null : null,
      clientKey,
    });
    const refused =
      result.__typename === 'ReferralChanged' || result.__typename === 'ValidationFailed';
    const current = refused ? await readReferralNow(locals.api, id) : null;
    return answer(closeAnswerOf({ result, current }));
  } catch (cause) {
    if (cause instanceof ApiUnavailableError) return answer({ status: 'unavailable' }, 503);
    throw cause;
  }
};
