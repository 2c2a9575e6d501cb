import { describe, expect, it } from 'vitest';
import {
  dropOwnReference,
  groupApiIssues,
  labelOfField,
  pickFieldMessages,
  type FieldMessage,
} from './issues.ts';

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

describe('the messages beside a field', () => {
  const message = (rule: string, severity: FieldMessage['severity'], fields: string[]) => ({
    rule,
    severity,
    text: rule,
    short: rule,
    fields,
  });
  const server = { a5_age_range: [message('R1', 'error', ['a5_age_range'])] };
  const client = {
    a5_age_range: [message('R2', 'error', ['a5_age_range'])],
    a8_school_level: [message('R45', 'warning', ['a5_age_range', 'a8_school_level'])],
  };

  it('are the server’s, as the same list, without running the browser’s checks while nothing was answered', () => {
    // Mounting an untouched form must not run validateRecord or give a field a new list.
    const notRead = () => {
      throw new Error('the browser’s checks were read');
    };
    for (const mounted of [false, true]) {
      const picked = pickFieldMessages({
        name: 'a5_age_range',
        mounted: () => mounted,
        attempted: false,
        touched: {},
        client: notRead,
        server,
      });
      expect(picked).toBe(server.a5_age_range);
      const none = pickFieldMessages({
        name: 'a7_marital_status',
        mounted: () => mounted,
        attempted: false,
        touched: {},
        client: notRead,
        server,
      });
      expect(none).toEqual([]);
    }
  });

  it('are the browser’s once the field was answered or a save tried; a warning once any of its fields was', () => {
    const pick = (name: string, touched: Record<string, boolean>, attempted = false) =>
      pickFieldMessages({
        name,
        mounted: () => true,
        attempted,
        touched,
        client: () => client,
        server,
      }).map((m) => m.rule);
    expect(pick('a5_age_range', { a5_age_range: true })).toEqual(['R2']);
    expect(pick('a5_age_range', { consent: true })).toEqual(['R1']);
    expect(pick('a8_school_level', { a5_age_range: true })).toEqual(['R45']);
    expect(pick('a8_school_level', { consent: true })).toEqual([]);
    expect(pick('a5_age_range', {}, true)).toEqual(['R2']);
  });
});
