import { describe, expect, it } from 'vitest';
import { wrapLabel } from './wrap-label.ts';

/** One unit per character: widths read as character counts. */
const measure = (text: string) => text.length;

describe('axis label wrapping', () => {
  it('breaks a long label between words, never inside one', () => {
    const label = 'Trabajo doméstico o de cuidados no remunerado';
    const lines = wrapLabel({ label, maxWidth: 20, measure });
    expect(lines).toEqual(['Trabajo doméstico o', 'de cuidados no', 'remunerado']);
    expect(lines.join(' ')).toBe(label);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(20);
  });

  it('keeps a short label on one line and a too-long word whole', () => {
    expect(wrapLabel({ label: 'Casos', maxWidth: 20, measure })).toEqual(['Casos']);
    expect(wrapLabel({ label: 'Desplazamiento interno', maxWidth: 8, measure })).toEqual([
      'Desplazamiento',
      'interno',
    ]);
  });
});
