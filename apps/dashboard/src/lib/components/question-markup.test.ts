import { describe, expect, it } from 'vitest';
import { getField } from '@ventanilla/domain/form/fields';
import type { FieldMessage } from '#lib/record/issues.ts';
import { questionMarkup } from './question-markup.ts';

const words = { lang: 'es' as const, requiredLabel: 'obligatoria', chooseLabel: 'Elija' };
const error: FieldMessage = {
  rule: 'R1',
  severity: 'error',
  text: 'A.0: escriba <el nombre>',
  short: 'Escriba <el nombre>',
  fields: ['a0_name'],
};

describe('questionMarkup', () => {
  it('writes a text question with its answer and its error escaped, linked to the control', () => {
    const html = questionMarkup({
      ...words,
      field: getField({ name: 'a0_name' }),
      value: 'Ana "la" <b>',
      messages: [error],
      visible: true,
    });
    expect(html).toMatch(/^<div class="field" data-question="a0_name"><label for="f-a0_name">/);
    expect(html).toContain(
      '<ul class="field-messages" id="f-a0_name-msg"><li class="field-error">Escriba &lt;el nombre&gt;</li></ul>',
    );
    expect(html).toContain('aria-describedby="f-a0_name-hint f-a0_name-msg" aria-invalid="true"');
    expect(html).toContain('value="Ana &quot;la&quot; &lt;b&gt;"');
  });

  it('writes a hidden question disabled, so it is not sent', () => {
    const html = questionMarkup({
      ...words,
      field: getField({ name: 'a0_name' }),
      value: undefined,
      messages: [],
      visible: false,
    });
    expect(html).toMatch(/^<div class="field" data-question="a0_name" hidden>/);
    expect(html).toMatch(/<input id="f-a0_name" name="a0_name" disabled[ >]/);
  });

  it('writes a short list as radios in a fieldset, the answer checked', () => {
    const html = questionMarkup({
      ...words,
      field: getField({ name: 'consent' }),
      value: 'yes',
      messages: [],
      visible: true,
    });
    expect(html).toMatch(
      /^<fieldset class="field choice" id="f-consent" tabindex="-1" data-question="consent" aria-describedby="f-consent-hint"><legend>.+<span class="required">\(obligatoria\)<\/span><\/legend>/,
    );
    expect(html).toContain('<input type="radio" name="consent" value="yes" checked>');
    expect(html).toContain('<input type="radio" name="consent" value="no">');
  });

  it('writes a long list as a select with the answer selected after the "choose" option', () => {
    const html = questionMarkup({
      ...words,
      field: getField({ name: 'a1_nationality' }),
      value: 'HND',
      messages: [],
      visible: true,
    });
    expect(html).toContain('<option value="">Elija</option>');
    expect(html).toMatch(/<option value="HND" selected>Honduras<\/option>/);
    expect(html.match(/ selected/g)).toHaveLength(1);
  });
});
