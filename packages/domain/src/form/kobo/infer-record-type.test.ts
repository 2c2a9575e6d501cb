import { describe, expect, it } from 'vitest';
import { inferRecordType } from './infer-record-type.ts';

describe('inferRecordType (§7.5)', () => {
  it('uses record_type when it is present', () => {
    expect(inferRecordType({ record: { record_type: 'activity', a1_nationality: 'HND' } })).toEqual(
      {
        recordType: 'activity',
        inferred: false,
        rejection: null,
      },
    );
  });
  it('infers case or activity from the answers when record_type is absent or empty', () => {
    expect(
      inferRecordType({ record: { a1_nationality: 'HND', b1_country: null } }).recordType,
    ).toBe('case');
    expect(
      inferRecordType({ record: { record_type: null, observation: ['none'] } }).recordType,
    ).toBe('case');
    const activity = inferRecordType({
      record: { record_type: '', b2_topics: ['migrant_rights'], observation: [] },
    });
    expect(activity).toEqual({ recordType: 'activity', inferred: true, rejection: null });
  });
  it('rejects the row with the normative message when both or neither are set', () => {
    const rejection = {
      code: 'unknown_record_type',
      severity: 'error',
      columns: ['record_type'],
      message_en: 'Cannot tell whether this row is a case or an activity. Fill record_type.',
      message_es:
        'No se puede saber si esta fila es un caso o una actividad. Complete record_type.',
    };
    expect(
      inferRecordType({ record: { a1_nationality: 'HND', b1_country: 'HND' } }).rejection,
    ).toEqual(rejection);
    expect(inferRecordType({ record: { date: '2024-03-05', hub: 'cri_upala' } })).toEqual({
      recordType: null,
      inferred: false,
      rejection,
    });
  });
});
