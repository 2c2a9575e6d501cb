import type { DimensionCode, MeasureCode, RecordKind } from '@ventanilla/domain/monitoring/index';

/**
 * Monthly per-hub summaries (issue 17): what they hold and which queries they answer.
 *
 * A summary row is one cell of one "set" of dimensions for one hub-month (and the record's hub
 * country and hub type, which are columns of the record, not of the hub): its record count, the
 * sum of its records' keys (so the cell key method perturbs a rolled-up cell exactly as the
 * same cell computed from the records), and the same pair for every counted subset and every
 * summed estimate. The four base dimensions (MONTH, HUB, COUNTRY, HUB_TYPE) and every filter
 * are columns of every row; the other dimensions of a query must be exactly one kept set.
 * Kept exact by triggers (summary-sql.ts); the queries (compile-summaries.ts) fall back to the
 * records for anything else.
 */

/** Dimensions that are columns of every summary row, with their column. */
export const baseColumns: Partial<Record<DimensionCode, string>> = {
  MONTH: 'month',
  HUB: 'hub',
  COUNTRY: 'hub_country',
  HUB_TYPE: 'hub_type',
};

/**
 * The kept sets of non-base dimensions, per record kind, in canonical order (their values are
 * k1, k2 in that order). The empty set holds the totals. Every single dimension the analytics
 * page and the monthly reports split by, and the one pair the page asks for (age × gender).
 */
export const summarySets: Record<RecordKind, readonly (readonly DimensionCode[])[]> = {
  case: [
    [],
    ['NATIONALITY'],
    ['RESIDENCE'],
    ['IS_MIGRANT'],
    ['AGE_RANGE'],
    ['GENDER'],
    ['CIVIL_STATUS'],
    ['SCHOOL_LEVEL'],
    ['OCCUPATION'],
    ['ATTENTION_ROUTE'],
    ['SERVICE'],
    ['ACTION'],
    ['VULNERABILITY_TYPE'],
    ['VULNERABILITY_PROFILE'],
    ['AGE_RANGE', 'GENDER'],
  ],
  activity: [[], ['ACTIVITY_TYPE'], ['TOPIC']],
};

/** The name of a set as stored in the `dims` column. */
export const setName = (set: readonly DimensionCode[]) => set.join(',');

export const summaryTables: Record<RecordKind, string> = {
  case: 'case_summaries',
  activity: 'activity_summaries',
};

/**
 * A counted subset: `n_<name>` records of the cell for which `condition` (on record `r`) holds,
 * and `ks_<name>` their key sum. `''` is every record (`n`, `ks`).
 */
export type CountedColumn = { name: string; condition: string | null };
/** A summed estimate: the exact (numeric) sum of a record column. */
export type SummedColumn = { name: string; column: string };

export const countedColumns: Record<RecordKind, readonly CountedColumn[]> = {
  case: [
    { name: '', condition: null },
    // Analytics measures (compile.ts): REFERRALS, VULNERABLE_CASES.
    { name: 'referred', condition: 'r.referred' },
    { name: 'vulnerable', condition: 'cardinality(r.a14_vulnerability_types) > 0' },
    // Monthly report figures (reports/figures.ts).
    { name: 'vuln_yes', condition: "r.a14_vulnerability = 'yes'" },
    { name: 'minor', condition: 'r.is_minor' },
    { name: 'women', condition: "r.gender_group = 'women'" },
    { name: 'in_transit', condition: "r.a2_residence = 'in_transit'" },
  ],
  activity: [
    { name: '', condition: null },
    { name: 'unmet', condition: "r.b8_unmet_needs = 'yes'" },
  ],
};

export const summedColumns: Record<RecordKind, readonly SummedColumn[]> = {
  case: [],
  activity: [
    { name: 'people', column: 'est_people' },
    { name: 'women_reached', column: 'est_women' },
    { name: 'minors_reached', column: 'est_minors' },
  ],
};

export const countColumn = (name: string) => (name ? `n_${name}` : 'n');
export const keySumColumn = (name: string) => (name ? `ks_${name}` : 'ks');

/** Where each measure's value, key sum and "the cell has records" count are in a summary row. */
export const summaryMeasures: Record<
  MeasureCode,
  { value: string; keySum: string; count: string; summed: boolean }
> = {
  CASES: { value: 'n', keySum: 'ks', count: 'n', summed: false },
  REFERRALS: { value: 'n_referred', keySum: 'ks_referred', count: 'n_referred', summed: false },
  VULNERABLE_CASES: {
    value: 'n_vulnerable',
    keySum: 'ks_vulnerable',
    count: 'n_vulnerable',
    summed: false,
  },
  ACTIVITIES: { value: 'n', keySum: 'ks', count: 'n', summed: false },
  PEOPLE_REACHED_ESTIMATE: { value: 'people', keySum: 'ks', count: 'n', summed: true },
  WOMEN_REACHED_ESTIMATE: { value: 'women_reached', keySum: 'ks', count: 'n', summed: true },
  MINORS_REACHED_ESTIMATE: { value: 'minors_reached', keySum: 'ks', count: 'n', summed: true },
};

/**
 * The record columns the summaries read (besides the expansions' own): an update that leaves
 * all of them unchanged does not touch the summaries (retention, notes, warnings).
 */
export const summaryInputColumns: Record<RecordKind, readonly string[]> = {
  case: [
    'month',
    'hub',
    'hub_country',
    'hub_type',
    'record_key',
    'a1_nationality',
    'a2_residence',
    'a4_is_migrant',
    'a5_age_range',
    'a6_gender',
    'a7_civil_status',
    'a8_school_level',
    'a9_occupation',
    'attention_route',
    'a10_service_1',
    'a10_service_2',
    'a10_service_3',
    'a11_action_1',
    'a11_action_2',
    'a11_action_3',
    'a14_vulnerability',
    'a14_vulnerability_types',
    'has_trafficking',
    'has_refugee',
    'has_migrant_at_risk',
    'has_child_at_risk',
    'has_other_vulnerability',
    'referred',
    'is_minor',
    'gender_group',
  ],
  activity: [
    'month',
    'hub',
    'hub_country',
    'hub_type',
    'record_key',
    'b2_activity_type',
    'b2_topics',
    'est_people',
    'est_women',
    'est_minors',
    'b8_unmet_needs',
  ],
};

/** The kept set a query's non-base dimensions form, or null when the summaries cannot answer. */
export function coveringSet(
  kind: RecordKind,
  by: readonly DimensionCode[],
): readonly DimensionCode[] | null {
  const rest = by.filter((d) => !baseColumns[d]);
  return (
    summarySets[kind].find(
      (set) => set.length === rest.length && set.every((d) => rest.includes(d)),
    ) ?? null
  );
}
