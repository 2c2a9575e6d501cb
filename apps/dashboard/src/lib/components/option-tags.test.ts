import { describe, expect, it } from 'vitest';
import { renderChoiceTags, renderOptionTags } from './option-tags.ts';

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

describe('renderChoiceTags', () => {
  it('writes one escaped labelled box per option, the chosen ones checked', () => {
    const html = renderChoiceTags({
      options: [
        { code: 'a', en: 'A', es: 'A <y> B' },
        { code: 'b', en: 'B', es: 'B' },
      ],
      lang: 'es',
      name: 'a10',
      type: 'checkbox',
      checked: ['b'],
    });
    expect(html).toBe(
      '<label class="choice-item"><input type="checkbox" name="a10" value="a"><span>A &lt;y&gt; B</span></label>' +
        '<label class="choice-item"><input type="checkbox" name="a10" value="b" checked><span>B</span></label>',
    );
  });
});
