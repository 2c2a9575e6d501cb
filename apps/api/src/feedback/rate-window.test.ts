import { describe, expect, it } from 'vitest';
import { createRateWindow } from './rate-window.ts';

describe('rate window', () => {
  it('allows `limit` events per key in the window, and again once it has passed', () => {
    const window = createRateWindow({ limit: 2, windowMs: 1000 });
    expect([window.allow('a', 0), window.allow('a', 10), window.allow('a', 20)]).toEqual([
      true,
      true,
      false,
    ]);
    expect(window.allow('b', 20)).toBe(true);
    expect(window.allow('a', 1005)).toBe(true);
  });
});
