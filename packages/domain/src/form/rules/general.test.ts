import { describe, expect, it } from 'vitest';
import { makeActivity, makeCase, validateForTest } from '../testing/fixtures.ts';

const only = (rule: string, record: Record<string, unknown>) =>
  validateForTest({ record }).filter((v) => v.rule === rule);

describe('R1 · Required answer', () => {
  it('fails on an empty required field, with the label in both languages', () => {
    const [v, ...rest] = only('R1', makeCase({ a7_civil_status: '  ' }));
    expect(rest).toEqual([]);
    expect(v).toMatchObject({ severity: 'error', fields: ['a7_civil_status'] });
    expect(v?.message_en).toBe('Please answer: A.7 Civil status.');
    expect(v?.message_es).toBe('Responda esta pregunta: A.7 Estado civil.');
  });
  it('treats absent, null and [] as empty', () => {
    const record: Record<string, unknown> = makeActivity({ b2_topics: [] });
    delete record.b3_summary;
    expect(only('R1', record).map((v) => v.fields[0])).toEqual(['b2_topics', 'b3_summary']);
  });
  it('passes when every required field is set, and leaves A.10 slot 1 to R19', () => {
    expect(only('R1', makeCase())).toEqual([]);
    expect(only('R1', makeCase({ a10_service_1: null, a11_action_1: null }))).toEqual([]);
  });
  it('only looks at the fields of the record type', () => {
    expect(only('R1', makeActivity())).toEqual([]);
  });
});

describe('R2 · Valid value', () => {
  it('fails on a code not in the list', () => {
    const [v] = only('R2', makeCase({ a6_gender: 'female' }));
    expect(v?.fields).toEqual(['a6_gender']);
    expect(v?.message_en).toBe(
      "'female' is not an option for A.6 Gender. Choose one from the list.",
    );
    expect(v?.message_es).toBe(
      "'female' no es una opción válida para A.6 Género. Elija una de la lista.",
    );
  });
  it('fails on a user-assigned or lowercase country, and allows stateless only for nationality', () => {
    expect(only('R2', makeCase({ a3_country: 'XKX' }))).toHaveLength(1);
    expect(only('R2', makeCase({ a3_country: 'cri' }))).toHaveLength(1);
    expect(only('R2', makeCase({ a3_country: 'stateless' }))).toHaveLength(1);
    expect(only('R2', makeCase({ a1_nationality: 'stateless' }))).toEqual([]);
    expect(only('R2', makeCase({ a1_nationality: 'other', a1_nationality_other: 'X' }))).toEqual(
      [],
    );
  });
  it('fails on an unknown or repeated select_multiple code', () => {
    expect(only('R2', makeCase({ observation: ['none', 'none'] }))).toHaveLength(1);
    expect(only('R2', makeCase({ observation: ['tired'] }))).toHaveLength(1);
  });
  it('fails on an unparseable date or number, with the date/number message', () => {
    const [v] = only('R2', makeCase({ date: '05/03/2024' }));
    expect(v?.message_en).toBe(
      "'05/03/2024' is not a valid date for Date of the attention or activity. Write year-month-day, like 2024-03-05.",
    );
    expect(v?.message_es).toBe(
      "'05/03/2024' no es una fecha válida para Fecha de la atención o actividad. Escriba año-mes-día, como 2024-03-05.",
    );
    expect(only('R2', makeCase({ date: '2024-02-30' }))).toHaveLength(1);
    expect(only('R2', makeActivity({ b5_pct_female: 'forty' }))).toHaveLength(1);
  });
  it('accepts registry-shaped hub codes and other, rejects malformed ones', () => {
    expect(only('R2', makeCase({ hub: 'gtm_tecun_uman' }))).toEqual([]);
    expect(only('R2', makeCase({ hub: 'Upala' }))).toHaveLength(1);
  });
});

describe('R3 · Case and activity answers kept apart', () => {
  it('fails for a case with activity answers and for an activity with case answers', () => {
    const [v] = only('R3', makeCase({ b3_summary: 'x', b2_topics: [] }));
    expect(v?.fields).toEqual(['b3_summary']);
    expect(v?.message_es).toBe(
      'Un caso no puede tener respuestas de actividad (B.1–B.9) y una actividad no puede tener respuestas de caso (A.0–A.14). Bórrelas o cambie el tipo de registro.',
    );
    expect(only('R3', makeActivity({ consent: 'yes', observation: ['none'] }))[0]?.fields).toEqual([
      'consent',
      'observation',
    ]);
  });
  it('passes for the examples, and does not run case rules on an activity', () => {
    expect(only('R3', makeCase())).toEqual([]);
    expect(
      validateForTest({ record: makeActivity({ consent: 'no', a0_name: 'Ana' }) }).map(
        (v) => v.rule,
      ),
    ).toEqual(['R3']);
  });
});

describe('R4 · Text length', () => {
  it('fails above the max, counting Unicode characters after trimming', () => {
    const [v] = only('R4', makeCase({ a3_admin1: 'á'.repeat(101) }));
    expect(v?.message_en).toBe(
      'A.3 Address: state, province or department is too long: use at most 100 characters.',
    );
    expect(v?.message_es).toBe(
      'A.3 Dirección: estado, provincia o departamento es demasiado largo: use como máximo 100 caracteres.',
    );
  });
  it('passes at the max and with surrounding spaces', () => {
    expect(only('R4', makeCase({ a3_admin1: ` ${'😀'.repeat(100)} ` }))).toEqual([]);
  });
});

describe('R5 · "Other" needs text', () => {
  it('fails when other has no text', () => {
    const [v] = only('R5', makeCase({ a6_gender: 'other' }));
    expect(v?.fields).toEqual(['a6_gender_other']);
    expect(v?.message_en).toBe(
      'You chose “Other”: write what it is in A.6 Other gender (specify).',
    );
    expect(v?.message_es).toBe('Eligió “Otro”: escriba cuál es en A.6 Otro género (especifique).');
  });
  it('reports the slot, and covers hub, select_multiple and B.2', () => {
    expect(only('R5', makeCase({ a11_action_2: 'other', a11_referral_org_2: null }))[0]?.slot).toBe(
      2,
    );
    expect(only('R5', makeCase({ hub: 'other' }))[0]?.fields).toEqual(['hub_other']);
    expect(
      only('R5', makeCase({ a14_vulnerability: 'yes', a14_vulnerability_types: ['other'] })),
    ).toHaveLength(1);
    expect(only('R5', makeActivity({ b2_topics: ['other'] }))[0]?.fields).toEqual(['b2_other']);
  });
  it('passes with text', () => {
    expect(only('R5', makeCase({ a6_gender: 'other', a6_gender_other: 'Two-spirit' }))).toEqual([]);
    expect(only('R5', makeActivity({ b2_activity_type: 'other', b2_other: 'Fair' }))).toEqual([]);
  });
});

describe('R6 · Text only with "Other"', () => {
  it('fails when the text is set without other', () => {
    const [v] = only('R6', makeCase({ a1_nationality_other: 'Nicaragüense' }));
    expect(v?.message_en).toBe(
      'A.1 Other nationality (specify) is only used when “Other” is chosen. Delete the text or choose “Other”.',
    );
    expect(v?.message_es).toBe(
      'A.1 Otra nacionalidad (especifique) solo se usa cuando se elige “Otro”. Borre el texto o elija “Otro”.',
    );
    expect(only('R6', makeActivity({ b2_other: 'x' }))).toHaveLength(1);
  });
  it('passes when either B.2 selector has other', () => {
    expect(only('R6', makeActivity({ b2_topics: ['other'], b2_other: 'Climate' }))).toEqual([]);
  });
});
