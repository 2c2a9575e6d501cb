import { describe, expect, it } from 'vitest';
import {
  findField,
  formFields,
  formGroups,
  formSettings,
  getField,
  listStoredFields,
} from './fields.ts';
import { formOptionLists } from './options/index.ts';
import { exampleActivity, exampleCase } from './record.ts';

describe('formFields', () => {
  it('has unique snake_case names and existing lists', () => {
    const names = formFields.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const f of formFields) {
      expect(f.name).toMatch(/^[a-z][a-z0-9_]*$/);
      if (f.list) expect(formOptionLists[f.list]).toBeDefined();
      expect(f.label.en.includes('/') || f.label.es.includes('/'), f.name).toBe(false);
    }
  });
  it('stores exactly the fields of the canonical examples, in form order', () => {
    const stored = listStoredFields().map((f) => f.name);
    const keys = [...new Set([...Object.keys(exampleCase), ...Object.keys(exampleActivity)])];
    expect(stored).toEqual(keys);
  });
  it('marks form-only rows as not stored, with warning notes carrying the rule text', () => {
    const formOnly = formFields.filter((f) => !f.stored).map((f) => f.name);
    expect(formOnly).toEqual([
      'note_route_4_step',
      'note_route_2_step',
      'note_r33',
      'note_r15',
      'note_r34',
      'note_r45',
      'note_r47',
      'note_r46',
      'a12_another_service',
      'a13_another_service',
      'note_r30',
      'note_r29',
      'note_r31',
      'note_r32',
      'note_r43',
      'note_r44',
    ]);
    expect(getField({ name: 'note_r15' }).label.en).toBe(
      'A person in transit or returned is usually a migrant. Check A.2 and A.4.',
    );
  });
  it('offers B.5 and B.7 as the R40 values 0, 10 … 100, so 55 is not among them', () => {
    for (const name of ['b5_pct_female', 'b7_pct_under_18']) {
      const values = getField({ name }).allowedPercentages;
      expect(values).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
      expect(values).not.toContain(55);
    }
  });
  it('writes the §3.2 slot relevance and required messages', () => {
    expect(getField({ name: 'a11_referral_org_3' })).toMatchObject({
      relevant: "${a13_another_service} = 'yes' and starts-with(${a11_action_3}, 'referred_')",
      requiredWhenRelevant: true,
      required: false,
      maxLength: 150,
    });
    expect(getField({ name: 'a10_service_1' }).required_message?.es).toBe(
      'Registre el servicio que solicitó la persona (A.10).',
    );
    expect(getField({ name: 'a7_civil_status' }).required_message?.en).toBe(
      'Please answer: A.7 Civil status.',
    );
    expect(getField({ name: 'a10_service_other_2' }).required_message?.en).toBe(
      'You chose “Other”: write what it is in A.10 Other service (2 of 3), specify.',
    );
    expect(getField({ name: 'a3_admin1' }).constraint).toBe('string-length(.) <= 100');
    expect(getField({ name: 'date' }).constraint_message?.en).toBe(
      'The date must be between 1 January 2015 and today.',
    );
    expect(findField({ name: 'nope' })).toBeUndefined();
  });
  it('has the settings and groups of §2.1', () => {
    expect(formSettings.form_id).toBe('hubs_form');
    expect(formSettings.default_language).toBe('Español (es)');
    expect(formGroups.map((g) => g.name)).toEqual(['registration', 'case', 'activity']);
    expect(formGroups[1]?.label.es).toBe('Caso de atención');
  });
});
