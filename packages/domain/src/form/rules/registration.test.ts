import { describe, expect, it } from 'vitest';
import { makeActivity, makeCase, validateForTest } from '../testing/fixtures.ts';

const only = (rule: string, record: Record<string, unknown>, today = '2025-06-30') =>
  validateForTest({ record, today }).filter((v) => v.rule === rule);

describe('R7 · Date not in the future', () => {
  it('fails after today_utc', () => {
    const [v] = only('R7', makeCase({ date: '2025-07-01' }));
    expect(v?.message_en).toBe(
      'The date cannot be in the future. Enter the day the attention or activity took place.',
    );
    expect(v?.message_es).toBe(
      'La fecha no puede ser futura. Indique el día en que se realizó la atención o la actividad.',
    );
  });
  it('passes today', () => {
    expect(only('R7', makeActivity({ date: '2025-06-30' }))).toEqual([]);
  });
});

describe('R8 · Date not before 2015', () => {
  it('fails before 2015-01-01 and passes on it', () => {
    expect(only('R8', makeCase({ date: '2014-12-31' }))[0]?.message_es).toBe(
      'La fecha es anterior al 1 de enero de 2015. Revise el año.',
    );
    expect(only('R8', makeCase({ date: '2015-01-01' }))).toEqual([]);
  });
});

describe('R9 · Officer ID format', () => {
  it('fails on forbidden characters or more than 32', () => {
    const [v] = only('R9', makeCase({ officer_id: 'CR UPA/02' }));
    expect(v?.message_en).toBe(
      'The ID can only have letters, numbers, dots, hyphens or underscores (up to 32). Check the ID IOM gave you.',
    );
    expect(only('R9', makeCase({ officer_id: '-CR' }))).toHaveLength(1);
    expect(only('R9', makeCase({ officer_id: 'A'.repeat(33) }))).toHaveLength(1);
  });
  it('passes after trimming and uppercasing', () => {
    expect(only('R9', makeCase({ officer_id: ' cr-upa_02.b ' }))).toEqual([]);
  });
});
