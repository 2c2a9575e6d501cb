import { describe, expect, it } from 'vitest';
import { getSafeNext } from './next.ts';

describe('getSafeNext', () => {
  it('keeps same-site paths with their query', () => {
    expect(getSafeNext({ next: '/record?month=2026-05' })).toBe('/record?month=2026-05');
  });

  it.each([
    null,
    '',
    'https://evil.example/',
    '//evil.example',
    '/\\evil.example',
    'javascript:x',
    '/a\nb',
  ])('turns %j into /', (next) => {
    expect(getSafeNext({ next })).toBe('/');
  });
});
