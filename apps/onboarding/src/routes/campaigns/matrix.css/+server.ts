import { writeMatrixStylesheet } from '#lib/campaigns/matrix-css.ts';
import type { RequestHandler } from './$types';

const css = writeMatrixStylesheet();

/** The audience matrix's positions (see matrix-css.ts); the same for everyone, so cacheable. */
export const GET: RequestHandler = () =>
  new Response(css, {
    headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' },
  });
