import { describe, expect, it } from 'vitest';
import { isCrossSiteFormSubmission } from './csrf.ts';

function post(headers: Record<string, string>, method = 'POST') {
  return new Request('https://localhost:3002/signin', {
    method,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: 'a=1',
  });
}

describe('isCrossSiteFormSubmission', () => {
  it('accepts a form from the configured origin and refuses others', () => {
    const allowedOrigin = 'http://localhost:3002';
    expect(
      isCrossSiteFormSubmission({
        request: post({ origin: 'http://localhost:3002' }),
        allowedOrigin,
      }),
    ).toBe(false);
    expect(
      isCrossSiteFormSubmission({
        request: post({ origin: 'http://localhost:3001' }),
        allowedOrigin,
      }),
    ).toBe(true);
    expect(
      isCrossSiteFormSubmission({
        request: post({ origin: 'https://evil.example' }),
        allowedOrigin,
      }),
    ).toBe(true);
  });

  it('compares with the Host header when no origin is configured', () => {
    const request = post({ origin: 'http://localhost:3002', host: 'localhost:3002' });
    expect(isCrossSiteFormSubmission({ request, allowedOrigin: '' })).toBe(false);
    const foreign = post({ origin: 'http://evil.example', host: 'localhost:3002' });
    expect(isCrossSiteFormSubmission({ request: foreign, allowedOrigin: '' })).toBe(true);
  });

  it('refuses a form without an Origin header, ignores GET and JSON', () => {
    expect(isCrossSiteFormSubmission({ request: post({}), allowedOrigin: '' })).toBe(true);
    expect(
      isCrossSiteFormSubmission({
        request: new Request('https://localhost/', { method: 'GET' }),
        allowedOrigin: '',
      }),
    ).toBe(false);
    expect(
      isCrossSiteFormSubmission({
        request: post({ 'content-type': 'application/json' }),
        allowedOrigin: '',
      }),
    ).toBe(false);
  });
});
