import {
  optionLists,
  validateRecord,
  type CaseRecord,
  type ActivityRecord,
} from '@ventanilla/domain';
import { describe, expect, it } from 'vitest';
import { toRecord } from './generate.ts';
import { TEST_OPTIONS, defaultDemo } from './test-fixture.ts';
import type { DemoActivityRecord, DemoCaseRecord } from './types.ts';

// The generator's record types must stay assignable to the domain's canonical types.
const _caseCheck = (r: DemoCaseRecord): CaseRecord => r;
const _activityCheck = (r: DemoActivityRecord): ActivityRecord => r;

const today = TEST_OPTIONS.today!;

function errorsOf(records: readonly { hub: string }[], countries: Map<string, string>) {
  return records.flatMap((r) =>
    validateRecord({
      record: toRecord(r as DemoCaseRecord & { _meta: unknown }),
      hubCountry: countries.get(r.hub),
      today,
    })
      .filter((v) => v.severity === 'error')
      .map((v) => ({ rule: v.rule, fields: v.fields, record: r })),
  );
}

describe('generated records pass validateRecord', () => {
  const data = defaultDemo();
  const countries = new Map(data.hubs.map((h) => [h.code, h.country]));

  it('has no errors in a sample of 2,000 cases', () => {
    const step = Math.floor(data.cases.length / 2_000);
    const sample = data.cases.filter((_, i) => i % step === 0).slice(0, 2_000);
    expect(sample).toHaveLength(2_000);
    expect(errorsOf(sample, countries)).toEqual([]);
  });

  it('has no errors in any activity', () => {
    expect(errorsOf(data.activities, countries)).toEqual([]);
  });

  it('keeps warnings rare (under 3 % of cases)', () => {
    const sample = data.cases.slice(0, 2_000);
    const warned = sample.filter((r) =>
      validateRecord({ record: toRecord(r), hubCountry: countries.get(r.hub), today }).some(
        (v) => v.severity === 'warning',
      ),
    );
    expect(warned.length / sample.length).toBeLessThan(0.03);
  });

  it('uses only codes of the domain option lists', () => {
    const codes = (list: keyof typeof optionLists) =>
      new Set<string>(optionLists[list].options.map((o: { code: string }) => o.code));
    const checks: [keyof typeof optionLists, (r: DemoCaseRecord) => (string | null)[]][] = [
      ['service', (r) => [r.a10_service_1, r.a10_service_2, r.a10_service_3]],
      ['action', (r) => [r.a11_action_1, r.a11_action_2, r.a11_action_3]],
      ['vulnerability_type', (r) => r.a14_vulnerability_types],
      ['observation', (r) => r.observation],
      ['nationality', (r) => [r.a1_nationality]],
    ];
    for (const [list, get] of checks) {
      const allowed = codes(list);
      const used = new Set(data.cases.flatMap(get).filter((c): c is string => c !== null));
      expect(
        [...used].filter((c) => !allowed.has(c)),
        list,
      ).toEqual([]);
    }
  });
});
