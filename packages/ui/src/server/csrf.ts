/**
 * Cross-site request forgery check for form submissions (replaces SvelteKit's, see
 * kit-options.js). A POST/PUT/PATCH/DELETE with a form content type (the only kind a foreign
 * page can send without a CORS preflight) must come from this app's own origin:
 * - when `ORIGIN` is set (e.g. http://localhost:3002, https://panel.example.org), the
 *   browser's `Origin` header must equal it;
 * - otherwise its host must equal the request's `Host` header.
 * A missing `Origin` header is refused, as SvelteKit does.
 */
const formTypes = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
const mutating = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isCrossSiteFormSubmission({
  request,
  allowedOrigin = process.env.ORIGIN,
}: {
  request: Request;
  allowedOrigin?: string | undefined;
}): boolean {
  if (!mutating.has(request.method)) return false;
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type && !formTypes.includes(type)) return false;
  const origin = request.headers.get('origin');
  if (!origin) return true;
  if (allowedOrigin) return origin !== allowedOrigin.replace(/\/+$/, '');
  const host = request.headers.get('host');
  try {
    return !host || new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** Whether cookies should be `Secure`: from ORIGIN when set, else the request URL. */
export function isSecureOrigin({ url }: { url: URL }): boolean {
  const origin = process.env.ORIGIN;
  return origin ? origin.startsWith('https:') : url.protocol === 'https:';
}
