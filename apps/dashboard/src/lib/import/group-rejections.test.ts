import { describe, expect, it } from 'vitest';
import { groupRejections } from './group-rejections.ts';

const issue = (fields: string[], es: string, severity = 'error') => ({
  rule: 'R2',
  severity,
  fields,
  message_es: es,
  message_en: `${es} (en)`,
});

describe('groupRejections', () => {
  it('groups the errors of rejected rows by question and message, with their rows', () => {
    const groups = groupRejections({
      lang: 'es',
      details: [
        { row: 3, outcome: 'rejected', issues: [issue(['date'], 'Use AAAA-MM-DD.')] },
        { row: 4, outcome: 'conflict', issues: [issue(['date'], 'Use AAAA-MM-DD.')] },
        {
          row: 7,
          outcome: 'rejected',
          issues: [
            issue(['date'], 'Use AAAA-MM-DD.'),
            issue(['_uuid'], 'Falta _uuid.'),
            issue(['a5_age_range'], 'Aviso', 'warning'),
          ],
        },
      ],
    });
    expect(groups).toEqual([
      { questions: ['Fecha de la atención o actividad'], message: 'Use AAAA-MM-DD.', rows: [3, 7] },
      { questions: ['_uuid'], message: 'Falta _uuid.', rows: [7] },
    ]);
    expect(
      groupRejections({ lang: 'en', details: [{ row: 2, outcome: 'rejected', issues: [issue(['date'], 'x')] }] }),
    ).toEqual([{ questions: ['Date of the attention or activity'], message: 'x (en)', rows: [2] }]);
  });
});
