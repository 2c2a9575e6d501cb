import type { RequestEvent } from '@sveltejs/kit';
import type { Handle } from '@sveltejs/kit/hooks';
import { canOpenRoute } from '../access/routes.ts';

/**
 * Refuses a signed-in user a route their role cannot use (access/routes.ts) before the route's
 * own code runs: no load, action or export starts, so a reviewer gets a 403 "not for your role"
 * page instead of a 500 or a download cut off halfway. Signed-out visitors pass on to the
 * route, which sends them to sign in.
 */
export const guardRoutes: Handle = async ({ event, resolve }) => {
  const { user } = event.locals;
  const routeId = event.route.id;
  if (!user || routeId === null || canOpenRoute({ role: user.role, routeId })) {
    return resolve(event);
  }
  return answerForbidden(event);
};

/** The 403 in the shape the request expects: page, client-side data, enhanced form or JSON. */
async function answerForbidden(event: RequestEvent): Promise<Response> {
  const headers = { 'cache-control': 'private, no-store' };
  if (event.isDataRequest) {
    return Response.json({ message: 'forbidden' }, { status: 403, headers });
  }
  if (event.request.headers.get('x-sveltekit-action') === 'true') {
    return Response.json(
      { type: 'error', status: 403, error: { message: 'forbidden' } },
      { status: 403, headers },
    );
  }
  if (!acceptsHtml(event.request)) {
    return Response.json({ error: 'forbidden' }, { status: 403, headers });
  }
  // The same 403 page the app shows everywhere (its layout, the role's links), rendered by
  // the /forbidden route in this process.
  const page = await event.fetch('/forbidden', { headers: { accept: 'text/html' } });
  return new Response(page.body, { status: 403, headers: page.headers });
}

/** Whether the client takes an HTML page (browsers, `*\/*`, or no Accept at all). */
function acceptsHtml(request: Request): boolean {
  const accept = request.headers.get('accept');
  return !accept || /text\/html|\*\/\*/.test(accept);
}
