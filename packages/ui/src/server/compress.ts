/**
 * Gzip for the pages and data the server renders (adapter-node only serves *static* files
 * precompressed). On a slow link this is most of a page's first-load time: the case form's HTML
 * is mostly repeated option markup and shrinks to a fraction.
 *
 * Only HTML and JSON: streamed answers (the import's NDJSON progress, downloads) must reach the
 * browser chunk by chunk, which a compressor would hold back. The pages carry no secret that a
 * request can reflect next to attacker-chosen text (the session is a cookie, CSRF is checked by
 * origin), so compressing them does not open a BREACH-style oracle.
 */
const COMPRESSIBLE = /^(text\/html|application\/json)\b/;

export function compressResponse({
  request,
  response,
}: {
  request: Request;
  response: Response;
}): Response {
  const type = response.headers.get('content-type') ?? '';
  if (
    !response.body ||
    !COMPRESSIBLE.test(type) ||
    response.headers.has('content-encoding') ||
    !/\bgzip\b/.test(request.headers.get('accept-encoding') ?? '')
  ) {
    return response;
  }
  const headers = new Headers(response.headers);
  headers.set('content-encoding', 'gzip');
  headers.delete('content-length');
  headers.append('vary', 'accept-encoding');
  return new Response(response.body.pipeThrough(new CompressionStream('gzip')), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}
