import { describe, expect, it } from 'vitest';
import { detectCsvDelimiter } from './detect-csv-delimiter.ts';
import { normalizeLabel } from './normalize-label.ts';
import { isNotApplicable } from './not-applicable.ts';

describe('normalizeLabel (§7.4)', () => {
  it('reads "A.1 Nacionalidad", "a1 nacionalidad" and "Nacionalidad" alike', () => {
    for (const text of ['A.1 Nacionalidad', 'a1 nacionalidad', 'Nacionalidad', '  NACIONALIDAD '])
      expect(normalizeLabel({ text })).toBe('nacionalidad');
  });
  it('strips accents, casefolds and collapses punctuation runs', () => {
    expect(normalizeLabel({ text: '¿La persona reside en este país o está en tránsito?' })).toBe(
      'la persona reside en este pais o esta en transito',
    );
    expect(normalizeLabel({ text: 'B.12 Ñandú — (x)' })).toBe('nandu x');
    expect(normalizeLabel({ text: 'ﬁ Straße' })).toBe('fi strasse');
  });
  it('drops only a leading handbook number a/b + 1–2 digits', () => {
    expect(normalizeLabel({ text: 'A.14 Vulnerabilidades' })).toBe('vulnerabilidades');
    expect(normalizeLabel({ text: 'b 2 Tipo' })).toBe('tipo');
    expect(normalizeLabel({ text: 'A.100 x' })).toBe('a 100 x');
    expect(normalizeLabel({ text: 'Area 1 x' })).toBe('area 1 x');
    expect(normalizeLabel({ text: '25 a 34 años' })).toBe('25 a 34 anos');
  });
});

describe('isNotApplicable (§7.4)', () => {
  it('accepts the five tokens in any form', () => {
    for (const text of ['Not applicable', 'N/A', 'NA', 'n.a.', 'No aplica', 'NO APLICABLE'])
      expect(isNotApplicable({ text }), text).toBe(true);
    expect(isNotApplicable({ text: 'No' })).toBe(false);
  });
});

describe('detectCsvDelimiter (§7.1)', () => {
  it('detects ; (KoBo default) and ,', () => {
    expect(detectCsvDelimiter({ headerLine: 'start;end;registration/date;_uuid' })).toBe(';');
    expect(detectCsvDelimiter({ headerLine: 'start,end,registration/date,_uuid' })).toBe(',');
  });
  it('ignores delimiters inside quotes and defaults to ;', () => {
    expect(detectCsvDelimiter({ headerLine: '"A.3 Dirección: país, x, y";"_uuid"' })).toBe(';');
    expect(detectCsvDelimiter({ headerLine: '"a;b;c",_uuid,_id' })).toBe(',');
    expect(detectCsvDelimiter({ headerLine: '_uuid' })).toBe(';');
  });
});
