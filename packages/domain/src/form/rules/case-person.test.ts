import { describe, expect, it } from 'vitest';
import { exampleCase } from '../record.ts';
import { makeActivity, makeCase, validateForTest } from '../testing/fixtures.ts';
import { validateRecord } from '../validate.ts';

const only = (rule: string, record: Record<string, unknown>, hubCountry?: string | null) =>
  validateForTest({ record, hubCountry }).filter((v) => v.rule === rule);

describe('R10 · No name or community without consent', () => {
  it('fails with consent no and a name or community', () => {
    const [v] = only('R10', makeCase({ consent: 'no', a0_name: 'Ana', a3_community: 'Centro' }));
    expect(v?.fields).toEqual(['a0_name', 'a3_community']);
    expect(v?.message_en).toBe(
      'The person did not agree to be recorded: delete the name (A.0) and the community (A.3).',
    );
    expect(v?.message_es).toBe(
      'La persona no aceptó el registro: borre el nombre (A.0) y la comunidad (A.3).',
    );
  });
  it('passes with consent yes and a name, or consent no without them', () => {
    expect(only('R10', makeCase({ a0_name: 'Ana' }))).toEqual([]);
    expect(only('R10', makeCase({ consent: 'no' }))).toEqual([]);
  });
});

describe('R11 · "None" observation is exclusive', () => {
  it('fails when none is combined', () => {
    expect(only('R11', makeCase({ observation: ['lgbti', 'none'] }))[0]?.message_es).toBe(
      '“No se observó ninguna” no se puede combinar con otras condiciones. Desmarque una.',
    );
  });
  it('passes alone or empty', () => {
    expect(only('R11', makeCase({ observation: ['none'] }))).toEqual([]);
    expect(only('R11', makeCase({ observation: [] }))).toEqual([]);
  });
});

describe('R12 · Second nationality differs from the first', () => {
  it('fails when equal, passes when different', () => {
    expect(only('R12', makeCase({ a1_second_nationality: 'NIC' }))[0]?.message_en).toBe(
      'The second nationality must be different from the first. Change it or leave it empty.',
    );
    expect(only('R12', makeCase({ a1_second_nationality: 'CRI' }))).toEqual([]);
  });
});

describe('R13 · No second nationality for a stateless person', () => {
  it('fails for a stateless person with a second nationality', () => {
    const violations = only(
      'R13',
      makeCase({ a1_nationality: 'stateless', a1_second_nationality: 'CRI' }),
    );
    expect(violations[0]?.message_es).toBe(
      'Una persona apátrida no tiene nacionalidad: deje vacía la segunda nacionalidad.',
    );
  });
  it('passes without one', () => {
    expect(only('R13', makeCase({ a1_nationality: 'stateless' }))).toEqual([]);
  });
});

describe('R14 · Non-migrants with a residence are valid', () => {
  it('the §3.6 example with a4_is_migrant = no returns an empty violation list', () => {
    expect(
      validateRecord({
        record: { ...exampleCase, a4_is_migrant: 'no' },
        hubCountry: 'CRI',
        today: '2025-06-30',
      }),
    ).toEqual([]);
  });
  it('a4_is_migrant = no never makes a2_residence optional', () => {
    expect(only('R1', makeCase({ a4_is_migrant: 'no', a2_residence: null }))[0]?.fields).toEqual([
      'a2_residence',
    ]);
  });
  it('produces no error with any residence', () => {
    for (const a2_residence of ['resident', 'in_transit', 'returned']) {
      const violations = validateForTest({
        record: makeCase({ a4_is_migrant: 'no', a2_residence }),
      });
      expect(violations.filter((v) => v.severity === 'error')).toEqual([]);
    }
  });
});

describe('R15 · Non-migrant in transit or returned', () => {
  it('warns for in_transit and returned', () => {
    const [v] = only('R15', makeCase({ a4_is_migrant: 'no', a2_residence: 'in_transit' }));
    expect(v?.severity).toBe('warning');
    expect(v?.message_en).toBe(
      'A person in transit or returned is usually a migrant. Check A.2 and A.4.',
    );
    expect(only('R15', makeCase({ a4_is_migrant: 'no', a2_residence: 'returned' }))).toHaveLength(
      1,
    );
  });
  it('does not warn for migrants', () => {
    expect(only('R15', makeCase({ a2_residence: 'in_transit' }))).toEqual([]);
  });
});

describe('R16 · Resident with an address abroad', () => {
  it('warns when the address is not in the hub country', () => {
    expect(only('R16', makeCase({ a3_country: 'NIC' }), 'CRI')[0]?.message_es).toBe(
      'La persona reside en el país, pero la dirección está en otro país. Revise A.2 o A.3.',
    );
  });
  it('does not warn without a hub country (hub other) or in the hub country', () => {
    expect(only('R16', makeCase({ a3_country: 'NIC' }), null)).toEqual([]);
    expect(only('R16', makeCase(), 'CRI')).toEqual([]);
    expect(only('R16', makeCase({ a3_country: 'NIC', a2_residence: 'in_transit' }), 'CRI')).toEqual(
      [],
    );
  });
});

describe('R17 · Work details required', () => {
  it('fails when a worker has no area or formality', () => {
    const [v] = only(
      'R17',
      makeCase({ a9_occupation: 'study_and_work', a9_labour_formality: null }),
    );
    expect(v?.fields).toEqual(['a9_labour_formality']);
    expect(v?.message_en).toBe(
      'The person works: choose the area of work and whether the job is formal or informal.',
    );
  });
  it('passes with both', () => {
    expect(only('R17', makeCase())).toEqual([]);
  });
});

describe('R18 · Work details only for people who work', () => {
  it('fails when someone who does not work has work details', () => {
    const [v] = only('R18', makeCase({ a9_occupation: 'study' }));
    expect(v?.fields).toEqual(['a9_occupation_area', 'a9_labour_formality']);
    expect(v?.message_es).toBe(
      'El área de trabajo y la formalidad solo aplican a personas que trabajan. Bórrelas o cambie A.9.',
    );
  });
  it('passes without them', () => {
    expect(
      only(
        'R18',
        makeCase({ a9_occupation: 'study', a9_occupation_area: null, a9_labour_formality: null }),
      ),
    ).toEqual([]);
  });
  it('does not run on activities', () => {
    expect(only('R18', makeActivity())).toEqual([]);
  });
});
