import { describe, expect, it } from 'vitest';
import { makeCase, validateForTest } from '../testing/fixtures.ts';

const only = (rule: string, record: Record<string, unknown>) =>
  validateForTest({ record }).filter((v) => v.rule === rule);

/** A young child who is single, does not work and has no schooling: none of R45–R47. */
const child = (overrides: Record<string, unknown> = {}) =>
  makeCase({
    a5_age_range: 'age_0_5',
    a7_civil_status: 'single',
    a8_school_level: 'no_schooling',
    a9_occupation: 'neither',
    a9_occupation_area: null,
    a9_labour_formality: null,
    ...overrides,
  });

describe('R45 · Young child with an adult civil status', () => {
  it('warns for a child under 12 who is married, in a union, separated, divorced or widowed', () => {
    const [v] = only('R45', child({ a7_civil_status: 'married' }));
    expect(v).toMatchObject({ severity: 'warning', fields: ['a5_age_range', 'a7_civil_status'] });
    expect(v?.message_en).toBe(
      'A child under 12 with this civil status is unusual. Check A.5 or A.7; if it is right, consider child protection (child marriage or union).',
    );
    expect(v?.message_es).toBe(
      'Una niña o niño menor de 12 años con este estado civil es poco habitual. Revise A.5 o A.7; si es correcto, considere protección de la niñez (matrimonio o unión infantil).',
    );
    for (const status of ['common_law', 'separated', 'divorced', 'widowed'])
      expect(
        only('R45', child({ a5_age_range: 'age_6_11', a7_civil_status: status })),
      ).toHaveLength(1);
  });
  it('does not warn for single or unknown status, nor from 12 years on', () => {
    expect(only('R45', child())).toEqual([]);
    expect(only('R45', child({ a7_civil_status: 'unknown' }))).toEqual([]);
    expect(only('R45', child({ a5_age_range: 'age_12_17', a7_civil_status: 'married' }))).toEqual(
      [],
    );
    expect(only('R45', child({ a5_age_range: 'unknown', a7_civil_status: 'married' }))).toEqual([]);
    expect(only('R45', makeCase())).toEqual([]);
  });
});

describe('R46 · Child under 12 who works', () => {
  const working = { a9_occupation_area: 'agriculture', a9_labour_formality: 'informal' };
  it('warns for a child under 12 who works or studies and works', () => {
    const [v] = only('R46', child({ a9_occupation: 'work', ...working }));
    expect(v).toMatchObject({ severity: 'warning', fields: ['a5_age_range', 'a9_occupation'] });
    expect(v?.message_en).toBe(
      'A child under 12 who works may be in child labour. Check A.5 or A.9; if it is right, consider a referral to child protection.',
    );
    expect(v?.message_es).toBe(
      'Una niña o niño menor de 12 años que trabaja puede estar en trabajo infantil. Revise A.5 o A.9; si es correcto, considere referir a protección de la niñez.',
    );
    expect(
      only('R46', child({ a5_age_range: 'age_6_11', a9_occupation: 'study_and_work', ...working })),
    ).toHaveLength(1);
  });
  it('does not warn for a child who studies, nor for an adolescent or an adult who works', () => {
    expect(only('R46', child({ a9_occupation: 'study' }))).toEqual([]);
    expect(
      only('R46', child({ a5_age_range: 'age_12_17', a9_occupation: 'work', ...working })),
    ).toEqual([]);
    expect(only('R46', makeCase())).toEqual([]);
  });
});

describe('R47 · School level beyond the age range', () => {
  it('warns from primary complete at 0–5 and from secondary complete at 6–11', () => {
    const [v] = only('R47', child({ a8_school_level: 'primary_complete' }));
    expect(v).toMatchObject({ severity: 'warning', fields: ['a5_age_range', 'a8_school_level'] });
    expect(v?.message_en).toBe('This school level is not possible at this age. Check A.5 or A.8.');
    expect(v?.message_es).toBe('Este nivel educativo no es posible a esta edad. Revise A.5 o A.8.');
    expect(only('R47', child({ a8_school_level: 'secondary_complete' }))).toHaveLength(1);
    expect(
      only('R47', child({ a5_age_range: 'age_6_11', a8_school_level: 'secondary_complete' })),
    ).toHaveLength(1);
    expect(
      only('R47', child({ a5_age_range: 'age_6_11', a8_school_level: 'postgraduate' })),
    ).toHaveLength(1);
  });
  it('does not warn below those levels, for unknown, nor from 12 years on', () => {
    expect(only('R47', child({ a8_school_level: 'primary_incomplete' }))).toEqual([]);
    expect(only('R47', child({ a8_school_level: 'unknown' }))).toEqual([]);
    expect(
      only('R47', child({ a5_age_range: 'age_6_11', a8_school_level: 'secondary_incomplete' })),
    ).toEqual([]);
    expect(
      only('R47', child({ a5_age_range: 'age_12_17', a8_school_level: 'postgraduate' })),
    ).toEqual([]);
  });
});

describe('R45–R47 together (the newcomer’s case of 2026-12-04)', () => {
  it('"0 to 5 years", married, works, secondary complete: three warnings, no error', () => {
    const violations = validateForTest({
      record: child({
        a7_civil_status: 'married',
        a9_occupation: 'work',
        a9_occupation_area: 'agriculture',
        a9_labour_formality: 'informal',
        a8_school_level: 'secondary_complete',
      }),
    });
    expect(violations.filter((v) => v.severity === 'error')).toEqual([]);
    expect(violations.map((v) => v.rule).filter((r) => ['R45', 'R46', 'R47'].includes(r))).toEqual([
      'R45',
      'R46',
      'R47',
    ]);
  });
});
