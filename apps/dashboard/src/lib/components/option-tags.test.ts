import { describe, expect, it } from 'vitest';
import { renderOptionTags } from './option-tags.ts';

describe('renderOptionTags', () => {
  it('writes one escaped option per row, the chosen one selected', () => {
    const html = renderOptionTags({
      options: [
        { code: 'a', en: 'A & <B>', es: 'A y "B"' },
        { code: "c'd", en: 'C', es: 'C' },
      ],
      lang: 'es',
      selected: "c'd",
    });
    expect(html).toBe(
      '<option value="a">A y &quot;B&quot;</option><option value="c&#39;d" selected>C</option>',
    );
  });
});
