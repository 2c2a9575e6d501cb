import { describe, expect, it } from 'vitest';
import { publicOrigin } from './public-origin.ts';

describe('publicOrigin', () => {
  // What adapter-node 6 hands a plain-http request without a proxy header.
  const guessed = new URL('https://localhost:3002/feedback');

  it('is ORIGIN when set: a site served over http prints http links', () => {
    expect(publicOrigin({ url: guessed, origin: 'http://localhost:3002' })).toBe(
      'http://localhost:3002',
    );
    expect(publicOrigin({ url: guessed, origin: 'https://panel.example.org/' })).toBe(
      'https://panel.example.org',
    );
  });

  it('is the request URL origin without ORIGIN', () => {
    expect(publicOrigin({ url: new URL('http://10.0.0.5:3002/x'), origin: undefined })).toBe(
      'http://10.0.0.5:3002',
    );
  });
});
