import { describe, expect, it } from 'vitest';
import { writeMatrixStylesheet } from './matrix-css.ts';

describe('matrix stylesheet', () => {
  it('places scores at their band centres and splits the quadrants at the threshold', () => {
    const css = writeMatrixStylesheet();
    expect(css).toContain('.matrix-x-1{left:5%}');
    expect(css).toContain('.matrix-x-6{left:55%}');
    expect(css).toContain('.matrix-y-10{bottom:95%}');
    expect(css).toContain('.matrix-q-priority{left:50%;bottom:50%;width:50%;height:50%}');
    expect(css).toContain('.matrix-divider-x{left:50%}');
    expect(css).toContain('.board .matrix-x-10>.names{left:auto;right:0.6rem;');
    expect(css).not.toContain('.board .matrix-x-6>.names');
    expect(css).toContain('.board .matrix-x-8 .token{max-width:min(8.5rem,calc(25cqi - 0.9rem))}');
  });
});
