import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressResponse } from './compress.ts';

const page = `<!doctype html><html><body>${'<option value="MEX">México</option>'.repeat(200)}</body></html>`;
const request = (acceptEncoding?: string) =>
  new Request('http://localhost/record', {
    headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
  });
const html = (body: string | null = page, type = 'text/html; charset=utf-8') =>
  new Response(body, { headers: { 'content-type': type, 'set-cookie': 'a=1' } });

describe('compressResponse', () => {
  it('gzips a page for a browser that accepts it, keeping status and headers', async () => {
    const response = compressResponse({ request: request('gzip, deflate, br'), response: html() });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('vary')).toContain('accept-encoding');
    expect(response.headers.get('set-cookie')).toBe('a=1');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.length).toBeLessThan(page.length / 10);
    expect(gunzipSync(bytes).toString('utf8')).toBe(page);
  });

  it('gzips JSON (page data) too', () => {
    const json = new Response('{"a":1}', { headers: { 'content-type': 'application/json' } });
    expect(
      compressResponse({ request: request('gzip'), response: json }).headers.get(
        'content-encoding',
      ),
    ).toBe('gzip');
  });

  it('leaves alone what must stream, what is already encoded, and clients without gzip', () => {
    const cases = [
      { req: request('br'), res: html() },
      { req: request(), res: html() },
      { req: request('gzip'), res: html(page, 'application/x-ndjson; charset=utf-8') },
      { req: request('gzip'), res: html(null) },
      {
        req: request('gzip'),
        res: new Response(page, {
          headers: { 'content-type': 'text/html', 'content-encoding': 'br' },
        }),
      },
    ];
    for (const { req, res } of cases)
      expect(compressResponse({ request: req, response: res })).toBe(res);
  });
});
