import { error } from '@sveltejs/kit';
import { getApiUrl, requireUser } from '@ventanilla/ui/server';
import type { RequestHandler } from './$types';

/** GET /import/xlsform: the API's XLSForm of the Hubs Form (for KoBoToolbox), passed on. */
export const GET: RequestHandler = async (event) => {
  requireUser(event);
  let api: Response;
  try {
    api = await fetch(new URL('/xlsform', getApiUrl()), {
      headers: { authorization: `Bearer ${event.locals.token}` },
    });
  } catch {
    error(503, 'error.unavailable');
  }
  if (!api.ok || !api.body) error(api.status === 401 ? 401 : 503, 'error.unavailable');
  return new Response(api.body, {
    headers: {
      'content-type': api.headers.get('content-type') ?? 'application/octet-stream',
      'content-disposition': api.headers.get('content-disposition') ?? 'attachment',
      'cache-control': 'no-store',
    },
  });
};
