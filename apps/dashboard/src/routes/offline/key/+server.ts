import { json } from '@sveltejs/kit';
import { deriveOfflineKey } from '#lib/server/offline-key.ts';
import type { RequestHandler } from './$types';

/** The signed-in page's offline key material (never cached; same-origin fetch only). */
export const GET: RequestHandler = ({ locals, request }) => {
  const headers = { 'cache-control': 'no-store', vary: 'cookie' };
  if (!locals.user || !locals.token) return json({ error: 'signedOut' }, { status: 401, headers });
  // A cross-site page cannot read the answer (no CORS), but refuse it outright anyway.
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin') return json({ error: 'forbidden' }, { status: 403, headers });
  return json(deriveOfflineKey(locals.token), { headers });
};
