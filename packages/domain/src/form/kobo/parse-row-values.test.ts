import { describe, expect, it } from 'vitest';
import { exampleActivity, exampleCase } from '../record.ts';
import { normalizeRecord } from '../normalize.ts';
import { validateRecord } from '../validate.ts';
import type { KoboCell } from './kobo-cell.ts';
import { mergeRowViolations } from './merge-row-violations.ts';
import { parseRowValues } from './parse-row-values.ts';
import { resolveHeaders } from './resolve-headers.ts';

/** Resolves the headers of `row` and parses it: one call per test row. */
function parse(row: Record<string, KoboCell>, options: { dateSystem?: 1900 | 1904 } = {}) {
  const headers = Object.keys(row);
  const plan = resolveHeaders({ headers });
  return parseRowValues({ plan, cells: Object.values(row), ...options });
}

const uuid = { _uuid: 'uuid:ABC-123' };

describe('parseRowValues: the §3.6 case from an XML export with groups (§7.8)', () => {
  const row = {
    start: '2024-03-05T09:12:00.000-06:00',
    end: '2024-03-05T09:30:10.000-06:00',
    today: '2024-03-05',
    deviceid: 'collect:Xy12',
    'registration/record_type': 'case',
    'registration/date': '2024-03-05',
    'registration/hub': 'cri_upala',
    'registration/hub_other': '',
    'registration/hub_type': 'permanent',
    'registration/officer_id': ' cr-upa-02 ',
    'case/consent': 'yes',
    'case/observation': 'none',
    'case/observation/unaccompanied_child': '0',
    'case/observation/none': '1',
    'case/a0_name': '',
    'case/a1_nationality': 'NIC',
    'case/a1_nationality_other': '',
    'case/a1_second_nationality': '',
    'case/a2_residence': 'resident',
    'case/a3_country': 'CRI',
    'case/a3_admin1': 'Alajuela',
    'case/a3_admin2': ' Upala ',
    'case/a3_community': '',
    'case/a4_is_migrant': 'yes',
    'case/a5_age_range': 'age_25_34',
    'case/a6_gender': 'woman',
    'case/a7_civil_status': 'common_law',
    'case/a8_school_level': 'primary_complete',
    'case/a9_occupation': 'work',
    'case/a9_occupation_area': 'agriculture',
    'case/a9_labour_formality': 'informal',
    'case/a10_service_1': 'regularization',
    'case/a11_action_1': 'appointment_scheduled',
    'case/a12_another_service': 'yes',
    'case/a10_service_2': 'health',
    'case/a11_action_2': 'referred_health',
    'case/a11_referral_org_2': 'Área  de Salud de Upala',
    'case/a10_service_3': 'n/a',
    'case/a11_action_3': 'No aplica',
    'case/a14_vulnerability': 'no',
    'case/a14_vulnerability_types': '',
    'case/a14_vulnerability_types/trafficking_offer': '',
    'activity/b1_country': '',
    'activity/b5_pct_female': '',
    _id: 4211,
    _uuid: 'uuid:5D3A6F2E-8B1C-4E3A-9F00-1234567890AB',
    'meta/rootUuid': ' uuid:11111111-2222-3333-4444-555555555555',
    _submission_time: '2024-03-05T15:31:02',
    _validation_status: 'validation_status_approved',
    _notes: '',
    _status: 'submitted_via_web',
    _submitted_by: 'ana',
    __version__: 'vAbC123',
    _xform_id_string: 'hubs_form',
    _tags: '',
    _index: 1,
  } satisfies Record<string, KoboCell>;

  it('gives a record that validates like the canonical example', () => {
    const parsed = parse(row);
    expect(parsed.violations).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.rejection).toBeNull();
    expect(parsed.record.officer_id).toBe('CR-UPA-02');
    expect(parsed.record.a11_referral_org_2).toBe('Área de Salud de Upala');
    expect(parsed.record.a10_service_3).toBeNull();
    expect(parsed.record.b5_pct_female).toBeNull();
    const record = normalizeRecord(parsed.record);
    expect(record).toEqual(exampleCase);
    expect(validateRecord({ record, hubCountry: 'CRI', today: '2024-06-01' })).toEqual([]);
  });
  it('warns on an imported child with an adult civil status, work and school (R45–R47)', () => {
    const parsed = parse({
      ...row,
      'case/a5_age_range': '0 a 5 años',
      'case/a7_civil_status': 'Casado(a)',
      'case/a8_school_level': 'Secundaria completa (bachillerato)',
    });
    expect(parsed.violations).toEqual([]);
    const record = normalizeRecord(parsed.record);
    const rules = validateRecord({ record, hubCountry: 'CRI', today: '2024-06-01' }).map(
      (v) => `${v.rule} ${v.severity}`,
    );
    expect(rules).toEqual(['R45 warning', 'R46 warning', 'R47 warning']);
  });
  it('reads the metadata (§7.3)', () => {
    expect(parse(row).meta).toEqual({
      uuid: '5d3a6f2e-8b1c-4e3a-9f00-1234567890ab',
      rootUuid: '11111111-2222-3333-4444-555555555555',
      deprecatedId: null,
      sourceId: '4211',
      submittedAt: '2024-03-05T15:31:02.000Z',
      validationStatus: 'approved',
      formStartedAt: '2024-03-05T09:12:00.000-06:00',
      formEndedAt: '2024-03-05T09:30:10.000-06:00',
      deviceDate: '2024-03-05',
      deviceId: 'collect:Xy12',
      sourceFormId: 'hubs_form',
      sourceFormVersion: 'vAbC123',
      index: 1,
    });
  });
});

describe('parseRowValues: the §4.3 activity from a Spanish label export without groups', () => {
  const row = {
    '¿Qué va a registrar?': 'Actividad (jornada informativa, taller, etc.)',
    'Fecha de la atención o actividad': 45363,
    Ventanilla: 'mex_tijuana',
    'Tipo de ventanilla': 'Móvil (personal trabajando en campo)',
    'Su código de identificación (asignado por la OIM)': 'MX-TIJ-05',
    'B.1 Lugar de la actividad: país': 'México',
    'B.1 Lugar: estado, provincia o departamento': 'Baja California',
    'B.1 Lugar: municipio, cantón o distrito': 'Tijuana',
    'B.1 Lugar: comunidad, barrio, colonia o aldea': null,
    'B.2 Tipo de actividad': 'Taller de capacitación',
    'B.2 Temas abordados (marque todos los que apliquen)':
      'Prevención de la trata de personas Migración laboral, derechos laborales y reclutamiento ético',
    'B.2 Número de participantes con más de 70 puntos en la evaluación del taller': '12.0',
    'B.3 Breve resumen de la actividad':
      'Workshop on ethical recruitment and labour rights for migrants in a shelter.',
    'B.4 Número aproximado de personas alcanzadas': '11 a 25 personas',
    'B.5 Porcentaje aproximado de participantes mujeres': 0.4,
    'B.6 Edad promedio de las personas alcanzadas': '25 a 34 años',
    'B.7 Porcentaje aproximado de participantes menores de 18 años': '10%',
    'B.8 ¿Se detectaron necesidades de información no atendidas?': 'Si',
    'B.8 Necesidades de información detectadas (breve)':
      'Work permit requirements for asylum applicants.',
    'B.9 Acciones de seguimiento': 'Second session in April.',
    _uuid: 'f00d',
  } satisfies Record<string, KoboCell>;

  it('reads labels, country names, serial dates, shares and percentages', () => {
    const plan = resolveHeaders({ headers: Object.keys(row) });
    expect(plan.errors).toEqual([]);
    expect(plan.warnings).toEqual([]);
    const parsed = parseRowValues({ plan, cells: Object.values(row) });
    expect(parsed.violations).toEqual([]);
    expect(normalizeRecord(parsed.record)).toEqual(exampleActivity);
  });
});

describe('select_one (§7.4)', () => {
  it('accepts the code in any case and labels in either language', () => {
    expect(parse({ ...uuid, a6_gender: 'WOMAN' }).record.a6_gender).toBe('woman');
    expect(parse({ ...uuid, a6_gender: 'Mujer' }).record.a6_gender).toBe('woman');
    expect(parse({ ...uuid, a2_residence: 'in transit' }).record.a2_residence).toBe('in_transit');
    expect(parse({ ...uuid, a2_residence: 'EN TRÁNSITO' }).record.a2_residence).toBe('in_transit');
  });
  it('accepts countries as alpha-3, alpha-2 and English or Spanish names', () => {
    for (const value of ['hnd', 'HN', 'Honduras', ' honduras ']) {
      expect(parse({ ...uuid, a3_country: value }).record.a3_country, value).toBe('HND');
    }
    expect(parse({ ...uuid, b1_country: 'Estados Unidos' }).record.b1_country).toBe('USA');
    expect(parse({ ...uuid, b1_country: 'United States of America' }).record.b1_country).toBe(
      'USA',
    );
    expect(parse({ ...uuid, a1_nationality: 'Haití' }).record.a1_nationality).toBe('HTI');
    expect(
      parse({ ...uuid, a1_nationality: 'Apátrida (sin nacionalidad)' }).record.a1_nationality,
    ).toBe('stateless');
    expect(parse({ ...uuid, a1_nationality: 'OTHER' }).record.a1_nationality).toBe('other');
    const kosovo = parse({ ...uuid, a3_country: 'XKX' });
    expect(kosovo.violations.map((v) => v.rule)).toEqual(['R2']);
  });
  it('accepts every yes/no variant', () => {
    const yes = ['yes', 'Yes', 'Sí', 'Si', '1', 'true', 1, true];
    const no = ['no', 'No', 'NO', '0', 'false', 0, false];
    for (const value of yes) expect(parse({ ...uuid, consent: value }).record.consent).toBe('yes');
    for (const value of no) expect(parse({ ...uuid, consent: value }).record.consent).toBe('no');
  });
  it('reads "not applicable" tokens as empty', () => {
    for (const value of ['Not applicable', 'N/A', 'na', 'No aplica', 'no aplicable']) {
      const parsed = parse({ ...uuid, a10_service_2: value, a11_referral_org_2: value });
      expect(parsed.record.a10_service_2).toBeNull();
      expect(parsed.record.a11_referral_org_2).toBeNull();
      expect(parsed.violations).toEqual([]);
    }
  });
  it('reports an unknown value as R2 with the normative option message', () => {
    const parsed = parse({ ...uuid, a6_gender: 'Alien' });
    expect(parsed.record).not.toHaveProperty('a6_gender');
    expect(parsed.violations).toEqual([
      {
        rule: 'R2',
        severity: 'error',
        fields: ['a6_gender'],
        message_en: "'Alien' is not an option for A.6 Gender. Choose one from the list.",
        message_es: "'Alien' no es una opción válida para A.6 Género. Elija una de la lista.",
      },
    ]);
  });
  it('reads hub names when the registry rows are given', () => {
    const headers = ['_uuid', 'Hub'];
    const plan = resolveHeaders({ headers });
    const hubOptions = [
      { code: 'cri_upala', en: 'Upala municipal centre', es: 'Centro municipal de Upala' },
      {
        code: 'other',
        en: 'Other (new hub, not in the list)',
        es: 'Otra (ventanilla nueva, no está en la lista)',
      },
    ];
    expect(
      parseRowValues({ plan, cells: ['u', 'Centro Municipal de Upala'], hubOptions }).record.hub,
    ).toBe('cri_upala');
    expect(parseRowValues({ plan, cells: ['u', 'CRI_UPALA'] }).record.hub).toBe('cri_upala');
    expect(
      parseRowValues({ plan, cells: ['u', 'Otra (ventanilla nueva, no está en la lista)'] }).record
        .hub,
    ).toBe('other');
  });
});

describe('select_multiple (§7.4)', () => {
  it('reads whitespace-separated codes in option-list order without repeats', () => {
    const parsed = parse({
      ...uuid,
      'case/a14_vulnerability_types': 'persecution  trafficking_offer persecution',
    });
    expect(parsed.record.a14_vulnerability_types).toEqual(['trafficking_offer', 'persecution']);
  });
  it('reads labels split on ; , or |', () => {
    for (const sep of [';', ',', ' | ']) {
      const parsed = parse({
        ...uuid,
        b2_topics: `Prevención de la trata de personas${sep}Localización de familiares`,
      });
      expect(parsed.record.b2_topics).toEqual(['trafficking_prevention', 'family_location']);
    }
  });
  it('falls back to greedy matching when a label itself contains a comma', () => {
    const parsed = parse({
      ...uuid,
      b2_topics: 'Safe, orderly and regular migration, Locating family members',
    });
    expect(parsed.violations).toEqual([]);
    expect(parsed.record.b2_topics).toEqual(['safe_regular_migration', 'family_location']);
  });
  it('matches labels greedily, longest first, without separators', () => {
    const parsed = parse({
      ...uuid,
      'A.6 Género': 'Mujer',
      b2_topics: 'Riesgos de la migración irregular Prevención de la trata de personas',
    });
    expect(parsed.record.b2_topics).toEqual([
      'irregular_migration_risks',
      'trafficking_prevention',
    ]);
  });
  it('reports each unresolved part as R2', () => {
    const parsed = parse({ ...uuid, b2_topics: 'Prevención de la trata de personas; Cocina' });
    expect(parsed.record).not.toHaveProperty('b2_topics');
    expect(parsed.violations.map((v) => [v.rule, v.fields, v.message_en])).toEqual([
      [
        'R2',
        ['b2_topics'],
        "'Cocina' is not an option for B.2 Topics covered (tick all that apply). Choose one from the list.",
      ],
    ]);
  });
  it('reads 0/1 columns with every accepted form', () => {
    const parsed = parse({
      ...uuid,
      'case/observation/unaccompanied_child': '1.0',
      'case/observation/lgbti': 'sí',
      'case/observation/possible_trafficking': true,
      'case/observation/asylum_seeker': 'YES',
      'case/observation/extracontinental': 0,
      'case/observation/violence_signs': 'false',
      'case/observation/none': '',
    });
    expect(parsed.violations).toEqual([]);
    expect(parsed.record.observation).toEqual([
      'unaccompanied_child',
      'possible_trafficking',
      'asylum_seeker',
      'lgbti',
    ]);
  });
  it('reports any other 0/1 value as R2', () => {
    const parsed = parse({ ...uuid, 'case/observation/none': '2' });
    expect(parsed.violations.map((v) => v.rule)).toEqual(['R2']);
    expect(parsed.record).not.toHaveProperty('observation');
  });
  it('accepts both layouts when they agree, and uses whichever one is non-empty', () => {
    const both = {
      ...uuid,
      'case/observation': 'lgbti asylum_seeker',
      'case/observation/asylum_seeker': '1',
      'case/observation/lgbti': '1',
      'case/observation/none': '0',
    };
    expect(parse(both).violations).toEqual([]);
    expect(parse(both).record.observation).toEqual(['asylum_seeker', 'lgbti']);
    const onlyFlags = { ...both, 'case/observation': '' };
    expect(parse(onlyFlags).record.observation).toEqual(['asylum_seeker', 'lgbti']);
    const onlySingle = {
      ...both,
      'case/observation/asylum_seeker': '',
      'case/observation/lgbti': '',
      'case/observation/none': '',
    };
    expect(parse(onlySingle).record.observation).toEqual(['asylum_seeker', 'lgbti']);
  });
  it('reports R2 with the normative message when both layouts disagree', () => {
    const parsed = parse({
      ...uuid,
      'Observation before the interview: conditions seen (tick all that apply)':
        'None of these conditions observed',
      'Observation before the interview: conditions seen (tick all that apply)/LGBTI person (diverse sexual orientation or gender identity)':
        '1',
      'Observation before the interview: conditions seen (tick all that apply)/None of these conditions observed':
        '0',
    });
    expect(parsed.record).not.toHaveProperty('observation');
    expect(parsed.violations).toEqual([
      {
        rule: 'R2',
        severity: 'error',
        fields: ['observation'],
        message_en:
          'The answers for Observation before the interview: conditions seen (tick all that apply) disagree between columns. Fix the export.',
        message_es:
          'Las respuestas de Observación previa a la entrevista: condiciones identificadas (marque todas las que apliquen) no coinciden entre columnas. Corrija la exportación.',
      },
    ]);
  });
  it('uses the 0/1 columns when the single column cannot be read', () => {
    const parsed = parse({
      ...uuid,
      'case/observation': 'garbled',
      'case/observation/lgbti': '1',
    });
    expect(parsed.violations).toEqual([]);
    expect(parsed.record.observation).toEqual(['lgbti']);
  });
});

describe('integers and percentages (§7.4)', () => {
  const read = (field: string, value: KoboCell) => parse({ ...uuid, [field]: value });
  it('accepts 12, 12.0 and numeric cells; rejects 12.5 with the date/number message', () => {
    expect(read('b2_scored_above_70', '12').record.b2_scored_above_70).toBe(12);
    expect(read('b2_scored_above_70', '12.0').record.b2_scored_above_70).toBe(12);
    expect(read('b2_scored_above_70', 12).record.b2_scored_above_70).toBe(12);
    const bad = read('b2_scored_above_70', '12.5');
    expect(bad.record).not.toHaveProperty('b2_scored_above_70');
    expect(bad.violations[0]?.message_en).toBe(
      "'12.5' is not a whole number, as B.2 Number of participants who scored above 70 in the training evaluation needs. Write it without decimals, like 12.",
    );
    expect(read('b2_scored_above_70', 'doce').violations.map((v) => v.rule)).toEqual(['R2']);
  });
  it('reads percentages with % and shares between 0 and 1', () => {
    expect(read('b5_pct_female', '40%').record.b5_pct_female).toBe(40);
    expect(read('b5_pct_female', ' 40 % ').record.b5_pct_female).toBe(40);
    expect(read('b5_pct_female', 0.4).record.b5_pct_female).toBe(40);
    expect(read('b5_pct_female', '0.7').record.b5_pct_female).toBe(70);
    expect(read('b7_pct_under_18', 0.1 + 0.2).record.b7_pct_under_18).toBe(30);
    expect(read('b7_pct_under_18', 1).record.b7_pct_under_18).toBe(1);
    expect(read('b7_pct_under_18', 0).record.b7_pct_under_18).toBe(0);
    expect(read('b7_pct_under_18', '100').record.b7_pct_under_18).toBe(100);
    expect(read('b7_pct_under_18', 0.125).violations.map((v) => v.rule)).toEqual(['R2']);
    expect(read('b2_scored_above_70', 0.4).violations.map((v) => v.rule)).toEqual(['R2']);
    expect(read('b2_scored_above_70', '40%').violations.map((v) => v.rule)).toEqual(['R2']);
  });
});

describe('dates (§7.4)', () => {
  const read = (value: KoboCell, dateSystem?: 1900 | 1904) =>
    parse({ ...uuid, date: value }, dateSystem ? { dateSystem } : {});
  it('accepts ISO dates and takes the date part of ISO datetimes as written', () => {
    expect(read('2024-03-05').record.date).toBe('2024-03-05');
    expect(read('2024-03-05T23:30:00-06:00').record.date).toBe('2024-03-05');
    expect(read('2024-03-05 23:30').record.date).toBe('2024-03-05');
    expect(read('2024-03-05T01:00:00.123Z').record.date).toBe('2024-03-05');
    expect(read(new Date(Date.UTC(2024, 2, 5))).record.date).toBe('2024-03-05');
  });
  it('reads Excel serials in the 1900 and 1904 systems, as numbers or text', () => {
    expect(read(45356).record.date).toBe('2024-03-05');
    expect(read('45356').record.date).toBe('2024-03-05');
    expect(read(45356.75).record.date).toBe('2024-03-05');
    expect(read(43894, 1904).record.date).toBe('2024-03-05');
    expect(read(61).record.date).toBe('1900-03-01');
  });
  it('rejects any other form with the R2 date message', () => {
    for (const value of ['05/03/2024', '2024-02-30', 'ayer', '2024-3-5']) {
      const parsed = read(value);
      expect(parsed.record, String(value)).not.toHaveProperty('date');
      expect(parsed.violations).toEqual([
        {
          rule: 'R2',
          severity: 'error',
          fields: ['date'],
          message_en: `'${String(value)}' is not a valid date for Date of the attention or activity. Write year-month-day, like 2024-03-05.`,
          message_es: `'${String(value)}' no es una fecha válida para Fecha de la atención o actividad. Escriba año-mes-día, como 2024-03-05.`,
        },
      ]);
    }
  });
});

describe('text (§7.4)', () => {
  it('trims, NFC-normalizes, collapses whitespace, and reads empty as null', () => {
    const parsed = parse({ ...uuid, a3_admin1: '  Cante\u0301n   de\tUpala ', a3_admin2: '   ' });
    expect(parsed.record.a3_admin1).toBe('Cantén de Upala');
    expect(parsed.record.a3_admin2).toBeNull();
  });
});

describe('over-limit slots (R21)', () => {
  it('reports a set column of a fourth slot', () => {
    const parsed = parse({ ...uuid, 'case/a10_service_4': 'health', 'case/a11_action_4': 'N/A' });
    expect(parsed.violations).toEqual([
      {
        rule: 'R21',
        severity: 'error',
        fields: ['a10_service_4'],
        message_en: 'A case can have at most 3 services. Keep the 3 main ones.',
        message_es: 'Un caso puede tener como máximo 3 servicios. Deje los 3 principales.',
      },
    ]);
    expect(parsed.record).not.toHaveProperty('a10_service_4');
  });
  it('says nothing when the columns are empty', () => {
    expect(parse({ ...uuid, 'case/a10_service_4': '' }).violations).toEqual([]);
  });
});

describe('metadata (§7.3)', () => {
  const meta = (row: Record<string, KoboCell>) => parse({ a1_nationality: 'HND', ...row });
  it('normalizes _uuid, meta/rootUuid and meta/deprecatedID', () => {
    const parsed = meta({
      _uuid: '  UUID:AbC-1 ',
      'meta/rootUuid': 'uuid:ROOT',
      'meta/deprecatedID': 'Uuid:OLD-9',
    });
    expect(parsed.meta).toMatchObject({ uuid: 'abc-1', rootUuid: 'root', deprecatedId: 'old-9' });
  });
  it('rejects a row without _uuid with the §7.6 message', () => {
    for (const value of ['', '  ', 'uuid:', null]) {
      expect(meta({ _uuid: value }).rejection).toEqual({
        code: 'missing_uuid',
        severity: 'error',
        columns: ['_uuid'],
        message_en: 'Missing _uuid: only KoBo exports can be imported.',
        message_es: 'Falta _uuid: solo se pueden importar exportaciones de KoBo.',
      });
    }
    expect(meta({ _id: 5 }).rejection?.code).toBe('missing_uuid');
  });
  it('normalizes every accepted form of _validation_status', () => {
    const cases: [KoboCell, string][] = [
      ['validation_status_approved', 'approved'],
      ['validation_status_not_approved', 'not_approved'],
      ['validation_status_on_hold', 'on_hold'],
      ['Approved', 'approved'],
      ['NOT APPROVED', 'not_approved'],
      ['on hold', 'on_hold'],
      [
        '{"timestamp": 1709652662, "uid": "validation_status_on_hold", "by_whom": "ana"}',
        'on_hold',
      ],
      ['{}', 'none'],
      ['', 'none'],
      [null, 'none'],
    ];
    for (const [cell, status] of cases) {
      const parsed = meta({ _uuid: 'x', _validation_status: cell });
      expect(parsed.meta.validationStatus, String(cell)).toBe(status);
      expect(parsed.warnings).toEqual([]);
    }
  });
  it('stores any other status as none with a row warning, never rejecting', () => {
    const parsed = meta({ _uuid: 'x', _validation_status: 'Revisado' });
    expect(parsed.meta.validationStatus).toBe('none');
    expect(parsed.rejection).toBeNull();
    expect(parsed.warnings).toEqual([
      {
        code: 'invalid_validation_status',
        severity: 'warning',
        columns: ['_validation_status'],
        message_en:
          "'Revisado' is not a KoBo validation status. The row was imported without a status.",
        message_es:
          "'Revisado' no es un estado de validación de KoBo. La fila se importó sin estado.",
      },
    ]);
  });
  it('reads _submission_time without an offset as UTC and Excel serial timestamps', () => {
    const parsed = meta({
      _uuid: 'x',
      _submission_time: '2024-03-05 15:31:02',
      start: 45356.5,
      today: 45356,
      _index: '7',
    });
    expect(parsed.meta.submittedAt).toBe('2024-03-05T15:31:02.000Z');
    expect(parsed.meta.formStartedAt).toBe('2024-03-05T12:00:00');
    expect(parsed.meta.deviceDate).toBe('2024-03-05');
    expect(parsed.meta.index).toBe(7);
    const offset = meta({ _uuid: 'x', _submission_time: '2024-03-05T10:31:02-05:00' });
    expect(offset.meta.submittedAt).toBe('2024-03-05T15:31:02.000Z');
    const bad = meta({ _uuid: 'x', end: 'mañana' });
    expect(bad.meta.formEndedAt).toBeNull();
    expect(bad.warnings.map((w) => w.code)).toEqual(['invalid_metadata_value']);
  });
});

describe('mergeRowViolations', () => {
  it('drops rule violations about fields that could not be read', () => {
    const parsed = parse({ ...uuid, record_type: 'case', date: '05/03/2024', a6_gender: 'woman' });
    const ruleViolations = validateRecord({ record: { ...parsed.record }, today: '2024-06-01' });
    expect(ruleViolations.some((v) => v.rule === 'R1' && v.fields[0] === 'date')).toBe(true);
    const merged = mergeRowViolations({ parseViolations: parsed.violations, ruleViolations });
    expect(merged[0]?.fields).toEqual(['date']);
    expect(merged.filter((v) => v.fields.includes('date'))).toHaveLength(1);
    expect(merged.length).toBe(ruleViolations.length);
  });
});
