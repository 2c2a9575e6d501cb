import { json } from '@sveltejs/kit';
import { loadDueReferrals, todayIn } from '#lib/referrals/api.server.ts';
import { readTimeZone } from '#lib/server/time-zone.ts';
import type { RequestHandler } from './$types';

/**
 * The follow-up worklist as JSON, for the signed-in page to keep sealed on the device (issue 16
 * item 3): read right after sign-in so that /follow-ups works offline even if it was never
 * opened. Never cached (under /offline/, `no-store`); same-origin only, like the key.
 */
export const GET: RequestHandler = async ({ locals, request }) => {
  const headers = { 'cache-control': 'no-store', vary: 'cookie' };
  if (!locals.user) return json({ error: 'signedOut' }, { status: 401, headers });
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin') return json({ error: 'forbidden' }, { status: 403, headers });
  const due = await loadDueReferrals(locals.api, todayIn(readTimeZone()));
  const hubNames = Object.fromEntries(locals.user.hubs.map((h) => [h.code, h.name]));
  return json({ savedAt: new Date().toISOString(), due, hubNames }, { headers });
};
