import { describe, expect, it } from 'vitest';
import { normalizeRecord } from './normalize.ts';
import { exampleActivity, exampleCase } from './record.ts';

describe('normalizeRecord', () => {
  it('keeps canonical records unchanged', () => {
    expect(normalizeRecord(exampleCase)).toEqual(exampleCase);
    expect(normalizeRecord(exampleActivity)).toEqual(exampleActivity);
  });
  it('trims, applies NFC, collapses whitespace and turns empty into null', () => {
    const r = normalizeRecord({
      ...exampleCase,
      a3_admin1: '  Ala\u0301juela \n  Norte ',
      a3_community: '   ',
      a0_name: '',
    });
    expect(r).toMatchObject({ a3_admin1: 'Alájuela Norte', a3_community: null, a0_name: null });
  });
  it('uppercases officer_id and country codes, lowercases other codes', () => {
    const r = normalizeRecord({
      ...exampleCase,
      record_type: ' CASE ',
      officer_id: ' cr-upa-02 ',
      hub: 'CRI_Upala',
      a1_nationality: 'Stateless',
      a3_country: 'cri',
      a6_gender: 'Woman',
    });
    expect(r).toMatchObject({
      record_type: 'case',
      officer_id: 'CR-UPA-02',
      hub: 'cri_upala',
      a1_nationality: 'stateless',
      a3_country: 'CRI',
      a6_gender: 'woman',
    });
    expect(normalizeRecord({ ...exampleCase, a1_nationality: 'nic' })).toMatchObject({
      a1_nationality: 'NIC',
    });
  });
  it('dedupes and sorts select_multiple in list order, accepting space-separated strings', () => {
    expect(
      normalizeRecord({
        ...exampleCase,
        observation: ['LGBTI', 'unaccompanied_child', 'lgbti', ''],
      }),
    ).toMatchObject({ observation: ['unaccompanied_child', 'lgbti'] });
    expect(
      normalizeRecord({ ...exampleActivity, b2_topics: 'other  migrant_rights' }),
    ).toMatchObject({ b2_topics: ['migrant_rights', 'other'] });
    expect(normalizeRecord({ ...exampleCase, observation: null })).toMatchObject({
      observation: [],
    });
  });
  it('fills absent fields of the type, parses integer strings, keeps bad values for R2', () => {
    const r = normalizeRecord({
      record_type: 'activity',
      b5_pct_female: ' 40 ',
      b7_pct_under_18: 'ten',
      a12_another_service: 'yes',
      unknown_column: 'x',
    }) as unknown as Record<string, unknown>;
    expect(r.b5_pct_female).toBe(40);
    expect(r.b7_pct_under_18).toBe('ten');
    expect(r.b1_country).toBeNull();
    expect(r.b2_topics).toEqual([]);
    expect('a12_another_service' in r).toBe(false);
    expect('unknown_column' in r).toBe(false);
    expect('consent' in r).toBe(false);
  });
  it('keeps foreign fields that are set (R3) and over-limit slots (R21)', () => {
    const r = normalizeRecord({
      ...exampleCase,
      b3_summary: ' x ',
      a10_service_4: ' shelter ',
    }) as unknown as Record<string, unknown>;
    expect(r.b3_summary).toBe('x');
    expect(r.a10_service_4).toBe('shelter');
  });
});
