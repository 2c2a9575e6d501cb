import { describe, expect, it } from 'vitest';
import { generateDemo, iterateActivities, iterateCases } from './generate.ts';
import { defaultDemo, TEST_OPTIONS } from './test-fixture.ts';

describe('generateDemo: determinism and counts', () => {
  it('gives byte-identical output for the same options', () => {
    const a = generateDemo({ ...TEST_OPTIONS, cases: 3_000 });
    const b = generateDemo({ ...TEST_OPTIONS, cases: 3_000 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('gives different records for a different seed', () => {
    const a = generateDemo({ ...TEST_OPTIONS, cases: 500 });
    const b = generateDemo({ ...TEST_OPTIONS, cases: 500, seed: 2 });
    expect(JSON.stringify(a.cases)).not.toBe(JSON.stringify(b.cases));
    expect(a.cases.length).toBe(b.cases.length);
  });

  it('streams exactly what it collects', () => {
    const options = { ...TEST_OPTIONS, cases: 2_000 };
    const data = generateDemo(options);
    expect(JSON.stringify([...iterateCases(options)])).toBe(JSON.stringify(data.cases));
    expect(JSON.stringify([...iterateActivities(options)])).toBe(JSON.stringify(data.activities));
  });

  it('produces the requested counts, 14 hubs and one activity per 20 cases by default', () => {
    const data = defaultDemo();
    expect(data.cases).toHaveLength(20_000);
    expect(data.activities).toHaveLength(1_000);
    expect(data.hubs).toHaveLength(14);
    const months = new Set(data.cases.map((c) => c.date.slice(0, 7)));
    expect(months.size).toBe(24);
    expect([...months].sort()[23]).toBe('2026-04');
  });

  it('dates records in order, within the period and never after today', () => {
    const today = '2026-05-15';
    const data = generateDemo({ ...TEST_OPTIONS, cases: 2_000, endMonth: '2026-05', months: 3 });
    const dates = data.cases.map((c) => c.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((d) => d >= '2026-03-01' && d <= today)).toBe(true);
    expect(data.activities.every((a) => a.date <= today)).toBe(true);
  });

  it('gives unique uuids and ids across cases and activities', () => {
    const data = defaultDemo();
    const all = [...data.cases, ...data.activities];
    expect(new Set(all.map((r) => r._meta._uuid)).size).toBe(all.length);
    expect(new Set(all.map((r) => r._meta._id)).size).toBe(all.length);
    expect(
      all.every((r) =>
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(r._meta._uuid),
      ),
    ).toBe(true);
  });

  it('scales the hub list to 40 hubs with unique codes and officer prefixes', () => {
    const data = generateDemo({ ...TEST_OPTIONS, cases: 4_000, hubs: 40, months: 36 });
    expect(data.hubs).toHaveLength(40);
    expect(new Set(data.hubs.map((h) => h.code)).size).toBe(40);
    expect(new Set(data.hubs.map((h) => h.officerPrefix)).size).toBe(40);
    expect(data.hubs.some((h) => !h.active)).toBe(true);
    expect(new Set(data.cases.map((c) => c.hub)).size).toBe(40);
  });

  it('rejects periods before 2015 and malformed months', () => {
    expect(() => generateDemo({ ...TEST_OPTIONS, endMonth: '2015-02', months: 3 })).toThrow(
      RangeError,
    );
    expect(() => generateDemo({ ...TEST_OPTIONS, endMonth: '2026-5' })).toThrow(RangeError);
  });
});
