import { describe, expect, it } from 'vitest';
import { exampleActivity, exampleCase } from './record.ts';
import { ruleCatalog, ruleIds } from './rules/catalog.ts';
import { ruleChecks } from './rules/index.ts';
import { messageFor } from './rules/violation.ts';
import { getTodayUtc, validateRecord } from './validate.ts';

describe('validateRecord', () => {
  it('accepts both FORM.md examples with zero violations', () => {
    expect(validateRecord({ record: exampleCase, hubCountry: 'CRI', today: '2024-03-05' })).toEqual(
      [],
    );
    expect(validateRecord({ record: exampleActivity, hubCountry: 'MEX' })).toEqual([]);
  });
  it('has a check for every rule R1–R47', () => {
    expect(ruleChecks.map((check) => check.id)).toEqual(ruleIds);
    expect(ruleIds).toHaveLength(47);
  });
  it('reports every violation, never stopping at the first', () => {
    const violations = validateRecord({
      record: {
        ...exampleCase,
        date: '2030-01-01',
        officer_id: '??',
        a6_gender: 'x',
        consent: 'no',
        a0_name: 'Ana',
      },
      hubCountry: 'CRI',
      today: '2025-01-01',
    });
    expect(violations.map((v) => v.rule)).toEqual(['R2', 'R7', 'R9', 'R10']);
  });
  it('returns the §6.0 shape and uses the catalog severity', () => {
    const [v] = validateRecord({ record: { ...exampleActivity, b7_pct_under_18: 100 } });
    expect(v).toEqual({
      rule: 'R44',
      severity: 'warning',
      fields: ['b6_avg_age', 'b7_pct_under_18'],
      message_en: ruleCatalog.R44.message.en,
      message_es: ruleCatalog.R44.message.es,
    });
    expect(messageFor(v!, 'es')).toBe(ruleCatalog.R44.message.es);
    expect(messageFor(v!, 'en')).toBe(ruleCatalog.R44.message.en);
  });
  it('runs only registration rules when the record type is missing', () => {
    const violations = validateRecord({ record: { ...exampleCase, record_type: null } });
    expect(violations.map((v) => v.rule)).toEqual(['R1']);
    expect(violations[0]?.fields).toEqual(['record_type']);
  });
  it('defaults today to the UTC date', () => {
    expect(getTodayUtc({ now: new Date('2024-03-05T23:30:00-06:00') })).toBe('2024-03-06');
    expect(validateRecord({ record: { ...exampleCase, date: getTodayUtc() } })).toEqual([]);
  });
});
