import { describe, expect, it } from 'vitest';
import { createLineSplitter, LineTooLongError } from './ndjson.ts';

describe('createLineSplitter', () => {
  it('gives the same lines however the stream is cut into chunks (every pair of cuts)', () => {
    const expected = ['{"type":"upload","upload":"u1"}', '{"type":"progress","rows":2}', 'ñ😀'];
    const text = expected.map((l) => `${l}\n`).join('');
    for (let a = 0; a <= text.length; a++)
      for (let b = a; b <= text.length; b++) {
        const splitter = createLineSplitter();
        const got = [
          ...splitter.push(text.slice(0, a)),
          ...splitter.push(text.slice(a, b)),
          ...splitter.push(text.slice(b)),
          ...splitter.end(),
        ];
        expect(got, `cuts at ${a}, ${b}`).toEqual(expected);
      }
  });

  it('keeps a last line without a line break and skips blank lines', () => {
    const splitter = createLineSplitter();
    expect(splitter.push('{"a":1}\n\n  \n{"b"')).toEqual(['{"a":1}']);
    expect(splitter.push(':2}')).toEqual([]);
    expect(splitter.end()).toEqual(['{"b":2}']);
  });

  it('refuses a line past the limit, whether or not it has ended', () => {
    const open = createLineSplitter({ limit: 10 });
    expect(open.push('0123456789')).toEqual([]);
    expect(() => open.push('x')).toThrow(LineTooLongError);
    const ended = createLineSplitter({ limit: 10 });
    expect(() => ended.push('0123456789x\n')).toThrow(LineTooLongError);
  });
});
