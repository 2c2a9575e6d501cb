import { describe, expect, it } from 'vitest';
import { groupRejections, groupSkipped, groupWarnings } from './group-rejections.ts';

const issue = (fields: string[], es: string, severity = 'error') => ({
  rule: 'R2',
  severity,
  fields,
  message_es: es,
  message_en: `${es} (en)`,
});

describe('groupRejections', () => {
  it('groups the errors of rejected rows by question, then by message, with their rows', () => {
    const groups = groupRejections({
      lang: 'es',
      details: [
        { row: 3, outcome: 'rejected', issues: [issue(['date'], '«05/01» no es AAAA-MM-DD.')] },
        { row: 4, outcome: 'conflict', issues: [issue(['date'], 'Otra cosa.')] },
        {
          row: 7,
          outcome: 'rejected',
          issues: [
            issue(['date'], '«06/01» no es AAAA-MM-DD.'),
            issue(['_uuid'], 'Falta _uuid.'),
            issue(['a5_age_range'], 'Aviso', 'warning'),
          ],
        },
      ],
    });
    expect(groups).toEqual([
      {
        questions: ['Fecha de la atención o actividad'],
        rows: [3, 7],
        problems: [
          { message: '«05/01» no es AAAA-MM-DD.', rows: [3] },
          { message: '«06/01» no es AAAA-MM-DD.', rows: [7] },
        ],
      },
      { questions: ['_uuid'], rows: [7], problems: [{ message: 'Falta _uuid.', rows: [7] }] },
    ]);
  });

  it('names questions in English for an English reader', () => {
    const details = [{ row: 2, outcome: 'rejected', issues: [issue(['date'], 'x')] }];
    expect(groupRejections({ lang: 'en', details })).toEqual([
      {
        questions: ['Date of the attention or activity'],
        rows: [2],
        problems: [{ message: 'x (en)', rows: [2] }],
      },
    ]);
  });
});

describe('import issues read once and warnings shown (issue 15)', () => {
  it('names a missing answer once: the question column names the field', () => {
    const [group] = groupRejections({
      lang: 'es',
      details: [
        {
          row: 2,
          outcome: 'rejected',
          issues: [
            {
              rule: 'R1',
              severity: 'error',
              fields: ['a1_nationality'],
              message_es: 'Responda esta pregunta: A.1 Nacionalidad.',
              message_en: 'Please answer: A.1 Nationality.',
            },
          ],
        },
      ],
    });
    expect(group!.problems).toEqual([{ message: 'Responda esta pregunta.', rows: [2] }]);
  });

  it('groups the warnings (R45–R47) of every row, stored or rejected, in the user language', () => {
    const warning = {
      rule: 'R46',
      severity: 'warning',
      fields: ['a5_age_range', 'a13_occupation'],
      message_es: 'Posible trabajo infantil.',
      message_en: 'Possible child labour.',
    };
    const groups = groupWarnings({
      lang: 'en',
      details: [
        { row: 2, outcome: 'inserted', issues: [warning] },
        { row: 3, outcome: 'rejected', issues: [warning, issue(['date'], 'Mal.')] },
      ],
    });
    expect(groups).toHaveLength(1);
    expect(groups[0]!.problems).toEqual([{ message: 'Possible child labour.', rows: [2, 3] }]);
    expect(groups[0]!.questions.length).toBe(2);
  });
});

describe('groupSkipped', () => {
  it('lists conflicting rows, then superseded ones, grouped by the reason given', () => {
    const skipped = groupSkipped({
      lang: 'en',
      details: [
        { row: 2, outcome: 'superseded', issues: [] },
        { row: 3, outcome: 'conflict', issues: [] },
        { row: 4, outcome: 'rejected', issues: [issue(['date'], 'Fecha.')] },
        { row: 5, outcome: 'conflict', issues: [issue(['record_type'], 'Otro tipo.')] },
        { row: 6, outcome: 'conflict', issues: [issue(['a5_age_range'], 'Aviso', 'warning')] },
        { row: 7, outcome: 'superseded', issues: [] },
      ],
    });
    expect(skipped).toEqual([
      { outcome: 'conflict', reason: null, rows: [3, 6] },
      { outcome: 'conflict', reason: 'Otro tipo. (en)', rows: [5] },
      { outcome: 'superseded', reason: null, rows: [2, 7] },
    ]);
  });
});
