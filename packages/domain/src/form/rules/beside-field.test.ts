import { describe, expect, it } from 'vitest';
import { makeCase, validateForTest } from '../testing/fixtures.ts';
import { describeBesideField } from './beside-field.ts';
import { fillTemplate } from './fill-template.ts';

describe('fillTemplate and question labels', () => {
  it('does not put a full stop after a label that ends in a question mark', () => {
    const [v] = validateForTest({ record: makeCase({ a4_is_migrant: null }) }).filter(
      (x) => x.rule === 'R1',
    );
    expect(v?.message_es).toBe('Responda esta pregunta: A.4 ¿Es una persona migrante?');
    expect(v?.message_en).toBe('Please answer: A.4 Is the person a migrant?');
    expect(
      fillTemplate({ template: 'Please answer: {label}.', values: { label: 'A.5 Age' } }),
    ).toBe('Please answer: A.5 Age.');
  });
});

describe('describeBesideField', () => {
  const beside = (rule: string, field: string, lang: 'es' | 'en' = 'es') => {
    const [v] = validateForTest({ record: makeCase({ [field]: null }) }).filter(
      (x) => x.rule === rule,
    );
    return describeBesideField({ rule, field, message: v!.message_es, lang });
  };
  it('gives short texts without the label for the rules that name their field', () => {
    expect(beside('R1', 'a3_admin1')).toBe('Responda esta pregunta.');
    expect(beside('R1', 'a3_admin1', 'en')).toBe('Answer this question.');
    expect(describeBesideField({ rule: 'R4', field: 'a3_admin1', message: '…', lang: 'en' })).toBe(
      'Too long: use at most 100 characters.',
    );
  });
  it('keeps other messages as they are', () => {
    const message = 'La persona no aceptó el registro: borre el nombre (A.0) y la comunidad (A.3).';
    expect(describeBesideField({ rule: 'R10', field: 'a0_name', message, lang: 'es' })).toBe(
      message,
    );
  });
});
