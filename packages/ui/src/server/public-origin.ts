/**
 * The address people reach the app at, for links printed on a page (the feedback questionnaire's
 * link). Not `event.url.origin`: adapter-node 6 no longer reads `ORIGIN` and, without a
 * `PROTOCOL_HEADER` from a proxy, guesses https, so a site served over plain http printed https
 * links. `ORIGIN` is set by the apps' `start` scripts and the test stack (https behind a TLS proxy).
 */
export function publicOrigin({
  url,
  origin = process.env.ORIGIN,
}: {
  url: URL;
  origin?: string | undefined;
}): string {
  return origin ? origin.replace(/\/+$/, '') : url.origin;
}
