import { describe, expect, it } from 'vitest';
import { dropOwnReference, groupApiIssues, labelOfField } from './issues.ts';

describe('messages shown after their question', () => {
  it('drop the question’s own reference, and keep references to other questions', () => {
    expect(
      dropOwnReference({
        text: 'Registre el servicio que solicitó la persona (A.10).',
        field: 'a10_service_1',
        lang: 'es',
      }),
    ).toBe('Registre el servicio que solicitó la persona.');
    expect(
      dropOwnReference({
        text: 'Record the action taken for service 2 (A.11).',
        field: 'a11_action_2',
        lang: 'en',
      }),
    ).toBe('Record the action taken for service 2.');
    const other = 'This school level is not possible at this age. Check A.5 or A.8.';
    expect(dropOwnReference({ text: other, field: 'a8_school_level', lang: 'en' })).toBe(other);
    expect(dropOwnReference({ text: 'Texto (A.10).', field: '_form', lang: 'es' })).toBe(
      'Texto (A.10).',
    );
  });

  it('are grouped from API issues with the reference dropped beside the field only', () => {
    const grouped = groupApiIssues(
      [
        {
          rule: 'R19',
          severity: 'ERROR',
          fields: ['a10_service_1'],
          message: 'Record the service the person requested (A.10).',
        },
      ],
      'en',
    );
    expect(grouped.a10_service_1?.[0]).toMatchObject({
      text: 'Record the service the person requested (A.10).',
      short: 'Record the service the person requested.',
    });
  });

  it('name a field by its question in the reader’s language', () => {
    expect(labelOfField('a7_civil_status', 'es')).toMatch(/^A\.7 /);
    expect(labelOfField('nope', 'en')).toBe('nope');
  });
});
