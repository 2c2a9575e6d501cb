import { describe, expect, it } from 'vitest';
import { isAdultAgeRange, isMinorAgeRange } from './age-range.ts';
import { countryList, isCountryCode, nationalityList, pinnedCountryCodes } from './country.ts';
import { getHubCodeCountry, hubCodePattern, hubList } from './hub.ts';
import { optionLists } from './index.ts';
import { actionList } from './action.ts';

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe('option lists (§5)', () => {
  it('have unique codes and labels per language, no "/" and no cross-language clashes', () => {
    for (const [name, list] of Object.entries(optionLists)) {
      expect(list.name).toBe(name);
      const codes = list.options.map((o) => o.code);
      expect(new Set(codes).size, name).toBe(codes.length);
      for (const lang of ['en', 'es'] as const) {
        const labels = list.options.map((o) => fold(o[lang]));
        expect(new Set(labels).size, `${name} ${lang}`).toBe(labels.length);
      }
      const esCodes = new Map(list.options.map((o) => [fold(o.es), o.code]));
      for (const a of list.options) {
        expect(a.en.includes('/') || a.es.includes('/'), a.code).toBe(false);
        const clash = esCodes.get(fold(a.en));
        expect(clash === undefined || clash === a.code, `${name} ${a.code}/${clash}`).toBe(true);
        if (name !== 'country' && name !== 'nationality')
          expect(a.code).toMatch(/^[a-z][a-z0-9_]*$/);
      }
    }
  });
  it('keep counts and key rows of FORM.md', () => {
    const counts = Object.fromEntries(
      Object.entries(optionLists).map(([name, list]) => [name, list.options.length]),
    );
    expect(counts).toMatchObject({
      observation: 15,
      service: 23,
      action: 20,
      vulnerability_type: 28,
      activity_type: 11,
      activity_topic: 16,
      people_reached_band: 10,
      avg_age_band: 7,
      age_range: 10,
      school_level: 11,
    });
    expect(optionLists.people_reached_band.options.at(-1)).toMatchObject({
      code: 'reach_5001_plus',
      upper: null,
      midpoint: 7500,
    });
    expect(optionLists.avg_age_band.options[2]).toMatchObject({
      code: 'avg_18_24',
      midpoint: 21.5,
    });
    expect(
      optionLists.vulnerability_type.options.find((o) => o.code === 'gender_based_violence')
        ?.parent_profile,
    ).toBe('refugee');
  });
  it('requires an organization exactly for referred_ actions', () => {
    for (const o of actionList.options)
      expect(o.requires_referral_org === 'yes').toBe(o.code.startsWith('referred_'));
  });
  it('classify age bands', () => {
    expect(isMinorAgeRange({ code: 'age_12_17' })).toBe(true);
    expect(isAdultAgeRange({ code: 'age_18_24' })).toBe(true);
    expect(isMinorAgeRange({ code: 'unknown' }) || isAdultAgeRange({ code: 'unknown' })).toBe(
      false,
    );
  });
});

describe('countries (§5.5)', () => {
  it('start with the pinned codes, then sort by Spanish name', () => {
    const codes = countryList.options.map((o) => o.code);
    expect(codes.slice(0, 15)).toEqual([...pinnedCountryCodes]);
    const rest = countryList.options.slice(15).map((o) => o.es);
    const sorted = [...rest].sort(new Intl.Collator('es', { sensitivity: 'base' }).compare);
    expect(rest).toEqual(sorted);
  });
  it('hold the 249 officially assigned codes and no user-assigned ones', () => {
    expect(countryList.options).toHaveLength(249);
    expect(isCountryCode({ code: 'XKX' }) || isCountryCode({ code: 'XKK' })).toBe(false);
    expect(countryList.options.find((o) => o.code === 'HND')).toEqual({
      code: 'HND',
      en: 'Honduras',
      es: 'Honduras',
    });
  });
  it('nationality = country + stateless + other', () => {
    expect(nationalityList.options.map((o) => o.code)).toEqual([
      ...countryList.options.map((o) => o.code),
      'stateless',
      'other',
    ]);
  });
});

describe('hubs (§5.2)', () => {
  it('exposes the code format and the other row', () => {
    expect(hubCodePattern.test('cri_upala')).toBe(true);
    expect(hubCodePattern.test('CRI_upala')).toBe(false);
    expect(hubList.options).toEqual([
      {
        code: 'other',
        en: 'Other (new hub, not in the list)',
        es: 'Otra (ventanilla nueva, no está en la lista)',
        country: null,
        active: 'yes',
      },
    ]);
    expect(getHubCodeCountry({ code: 'dom_dgm' })).toBe('DOM');
    expect(getHubCodeCountry({ code: 'other' })).toBeUndefined();
  });
});
