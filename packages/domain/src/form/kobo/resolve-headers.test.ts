import { describe, expect, it } from 'vitest';
import { formFields } from '../fields.ts';
import { normalizeLabel } from './normalize-label.ts';
import { resolveHeaders } from './resolve-headers.ts';

/** §7.8: XML values, with groups (the elided parts filled in). */
const xmlHeaders = [
  'start',
  'end',
  'today',
  'deviceid',
  'registration/record_type',
  'registration/date',
  'registration/hub',
  'registration/hub_other',
  'registration/hub_type',
  'registration/officer_id',
  'case/consent',
  'case/observation',
  'case/observation/unaccompanied_child',
  'case/observation/possible_trafficking',
  'case/observation/none',
  'case/a0_name',
  'case/a1_nationality',
  'case/a3_country',
  'case/a10_service_1',
  'case/a11_action_1',
  'case/a12_another_service',
  'case/note_r15',
  'case/a14_vulnerability',
  'case/a14_vulnerability_types',
  'case/a14_vulnerability_types/trafficking_offer',
  'case/a14_vulnerability_types/persecution',
  'activity/b1_country',
  'activity/b2_topics',
  'activity/b5_pct_female',
  'activity/b9_follow_up',
  '_id',
  '_uuid',
  '_submission_time',
  '_validation_status',
  '_notes',
  '_status',
  '_submitted_by',
  '__version__',
  '_tags',
  '_index',
];

function kinds(headers: string[]) {
  return resolveHeaders({ headers }).columns.map((column) => {
    switch (column.kind) {
      case 'metadata':
        return `metadata:${column.column}`;
      case 'field':
        return `field:${column.field}`;
      case 'choice':
        return `choice:${column.field}/${column.code}`;
      case 'over_limit_slot':
        return `over:${column.name}`;
      default:
        return column.kind;
    }
  });
}

describe('resolveHeaders: names (§7.2 step 2)', () => {
  it('resolves the §7.8 XML headers with groups', () => {
    const plan = resolveHeaders({ headers: xmlHeaders });
    expect(plan.errors).toEqual([]);
    expect(plan.warnings).toEqual([]);
    const resolved = kinds(xmlHeaders);
    expect(resolved.slice(0, 6)).toEqual([
      'metadata:start',
      'metadata:end',
      'metadata:today',
      'metadata:deviceid',
      'field:record_type',
      'field:date',
    ]);
    expect(resolved[xmlHeaders.indexOf('case/observation/none')]).toBe('choice:observation/none');
    expect(resolved[xmlHeaders.indexOf('case/a14_vulnerability_types/trafficking_offer')]).toBe(
      'choice:a14_vulnerability_types/trafficking_offer',
    );
    expect(resolved[xmlHeaders.indexOf('case/a12_another_service')]).toBe('ignored');
    expect(resolved[xmlHeaders.indexOf('case/note_r15')]).toBe('ignored');
    expect(resolved[xmlHeaders.indexOf('_notes')]).toBe('ignored');
    expect(resolved[xmlHeaders.indexOf('__version__')]).toBe('metadata:__version__');
  });
  it('ignores any group segments and accepts . and : as separators', () => {
    expect(
      kinds([
        'case/a1_nationality',
        'a1_nationality',
        'case/persona/a1_nationality',
        'case.a6_gender',
        'case:observation:none',
      ]),
    ).toEqual([
      'field:a1_nationality',
      'field:a1_nationality',
      'field:a1_nationality',
      'field:a6_gender',
      'choice:observation/none',
    ]);
  });
  it('matches metadata columns case-insensitively (§7.3)', () => {
    expect(kinds(['_UUID', 'meta/rootuuid', 'meta/deprecatedID', ' _id ', '_uuid'])).toEqual([
      'metadata:_uuid',
      'metadata:meta/rootUuid',
      'metadata:meta/deprecatedID',
      'metadata:_id',
      'unknown',
    ]);
    expect(kinds(['meta.rootUuid', 'meta:deprecatedID'])).toEqual([
      'metadata:meta/rootUuid',
      'metadata:meta/deprecatedID',
    ]);
  });
  it('marks over-limit slots (R21) and ignores form-only names', () => {
    expect(
      kinds([
        'case/a10_service_4',
        'a11_referral_org_12',
        'a11_action_other_4',
        'a10_service_0',
        'a13_another_service',
        'note_route_4_step',
      ]),
    ).toEqual([
      'over:a10_service_4',
      'over:a11_referral_org_12',
      'over:a11_action_other_4',
      'unknown',
      'ignored',
      'ignored',
    ]);
  });
  it('ignores _…, meta/… and formhub/… silently; warns once about other unknown headers', () => {
    const plan = resolveHeaders({
      headers: [
        '_uuid',
        'a1_nationality',
        '_geolocation',
        'meta/instanceID',
        'formhub/uuid',
        'Comentarios',
        'case/x',
      ],
    });
    expect(plan.columns.map((c) => c.kind)).toEqual([
      'metadata',
      'field',
      'ignored',
      'ignored',
      'ignored',
      'unknown',
      'unknown',
    ]);
    expect(plan.errors).toEqual([]);
    expect(plan.warnings).toHaveLength(1);
    expect(plan.warnings[0]).toMatchObject({
      code: 'unknown_headers',
      severity: 'warning',
      columns: ['Comentarios', 'case/x'],
      message_en:
        'These columns are not part of the Hubs Form and were not imported: “Comentarios”, “case/x”.',
    });
    expect(plan.warnings[0]?.message_es).toContain('no se importaron: “Comentarios”, “case/x”.');
  });
});

describe('resolveHeaders: labels (§7.2 step 3)', () => {
  it('resolves Spanish labels without groups (§7.8)', () => {
    expect(
      kinds([
        '¿Qué va a registrar?',
        'Fecha de la atención o actividad',
        'A.1 Nacionalidad',
        'A.14 Vulnerabilidades detectadas (marque todas las que apliquen)',
        'A.14 Vulnerabilidades detectadas (marque todas las que apliquen)/Oferta de trabajo o estudio de personas o lugares desconocidos',
        'A.10 Servicio solicitado (2 de 3)',
        'A.12 ¿Se brindó un segundo servicio?',
        'B.5 Porcentaje aproximado de participantes mujeres',
      ]),
    ).toEqual([
      'field:record_type',
      'field:date',
      'field:a1_nationality',
      'field:a14_vulnerability_types',
      'choice:a14_vulnerability_types/trafficking_offer',
      'field:a10_service_2',
      'ignored',
      'field:b5_pct_female',
    ]);
  });
  it('resolves English labels, with group labels in earlier segments', () => {
    expect(
      kinds([
        'Registration/What are you recording?',
        'Registration/Hub',
        'Attention case/A.1 Nationality',
        'Attention case/Observation before the interview: conditions seen (tick all that apply)/None of these conditions observed',
        'Activity/B.2 Topics covered (tick all that apply)/Prevention of migrant smuggling',
        'Activity/B.1 Place of the activity: country',
        'a1 nationality',
      ]),
    ).toEqual([
      'field:record_type',
      'field:hub',
      'field:a1_nationality',
      'choice:observation/none',
      'choice:b2_topics/smuggling_prevention',
      'field:b1_country',
      'field:a1_nationality',
    ]);
  });
  it('reads "select_multiple label/choice label" as a 0/1 column before a field label', () => {
    // The `other` choice of A.14 has the label of the field a14_vulnerability_other.
    const headers = [
      '_uuid',
      'A.14 Vulnerabilidades detectadas (marque todas las que apliquen)/Otra vulnerabilidad (especifique)',
      'A.14 Otra vulnerabilidad (especifique)',
      'Attention case/A.14 Vulnerabilities detected (tick all that apply)/Other vulnerability (specify)',
      'Attention case/A.14 Other vulnerability (specify)',
      'Caso/Otra vulnerabilidad (especifique)',
    ];
    expect(kinds(headers)).toEqual([
      'metadata:_uuid',
      'choice:a14_vulnerability_types/other',
      'field:a14_vulnerability_other',
      'choice:a14_vulnerability_types/other',
      'field:a14_vulnerability_other',
      'field:a14_vulnerability_other',
    ]);
    expect(resolveHeaders({ headers: headers.slice(0, 3) }).errors).toEqual([]);
  });
  it('has no two form rows sharing a normalized label', () => {
    const owners = new Map<string, string>();
    for (const field of formFields)
      for (const text of [field.label.en, field.label.es]) {
        const key = normalizeLabel({ text });
        expect(owners.get(key) ?? field.name, key).toBe(field.name);
        owners.set(key, field.name);
      }
  });
});

describe('resolveHeaders: file-level errors (§7.2)', () => {
  it('rejects a file without _uuid', () => {
    const plan = resolveHeaders({ headers: ['_id', 'registration/date'] });
    expect(plan.errors.map((e) => e.code)).toEqual(['missing_uuid_column']);
    expect(plan.errors[0]?.message_en).toBe(
      'The file has no _uuid column: only KoBo exports can be imported.',
    );
  });
  it('rejects two columns resolving to the same single column', () => {
    const plan = resolveHeaders({
      headers: ['_uuid', 'case/a1_nationality', 'A.1 Nacionalidad', 'registration/date'],
    });
    expect(plan.errors).toHaveLength(1);
    expect(plan.errors[0]).toMatchObject({
      code: 'duplicate_field_column',
      severity: 'error',
      columns: ['case/a1_nationality', 'A.1 Nacionalidad'],
      message_en:
        'Several columns hold the same question, A.1 Nationality: “case/a1_nationality”, “A.1 Nacionalidad”. Keep only one and import again.',
      message_es:
        'Varias columnas contienen la misma pregunta, A.1 Nacionalidad: “case/a1_nationality”, “A.1 Nacionalidad”. Deje solo una e importe de nuevo.',
    });
  });
  it('allows a single column together with its 0/1 columns', () => {
    const plan = resolveHeaders({
      headers: ['_uuid', 'case/observation', 'case/observation/none', 'case/observation/lgbti'],
    });
    expect(plan.errors).toEqual([]);
  });
  it('rejects a file with no form field column', () => {
    const plan = resolveHeaders({ headers: ['_uuid', '_id', 'case/a12_another_service', 'Foo'] });
    expect(plan.errors.map((e) => e.code)).toEqual(['no_form_field_column']);
    expect(plan.errors[0]?.message_es).toContain('Formulario de Ventanillas');
  });
});
