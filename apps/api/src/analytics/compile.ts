import { sql, type SQL } from 'drizzle-orm';
import {
  dimensions,
  measures,
  type DimensionCode,
  type MeasureCode,
  type RecordKind,
} from '@ventanilla/domain/monitoring/index';

/** Filters after validation and hub scoping (`hubCodes: null` = every hub). */
export type AnalyticsFilter = {
  from: string | null;
  to: string | null;
  hubCodes: string[] | null;
  countries: string[] | null;
  hubType: 'permanent' | 'mobile' | null;
};

/** Single-valued dimensions: a column of the record row. */
const columns: Partial<Record<DimensionCode, string>> = {
  MONTH: 'month',
  COUNTRY: 'hub_country',
  HUB: 'hub',
  HUB_TYPE: 'hub_type',
  NATIONALITY: 'a1_nationality',
  RESIDENCE: 'a2_residence',
  IS_MIGRANT: 'a4_is_migrant',
  AGE_RANGE: 'a5_age_range',
  GENDER: 'a6_gender',
  CIVIL_STATUS: 'a7_civil_status',
  SCHOOL_LEVEL: 'a8_school_level',
  OCCUPATION: 'a9_occupation',
  ATTENTION_ROUTE: 'attention_route',
  ACTIVITY_TYPE: 'b2_activity_type',
};

/** Service slot n as case_services holds it: only when a10_service_n is non-empty. */
const service = (n: number) => `nullif(r.a10_service_${n}, '')`;
const action = (n: number) => `case when ${service(n)} is not null then r.a11_action_${n} end`;
/** Three slot values, each kept only where it differs from the earlier slots (distinct). */
const distinctSlots = (slot: (n: number) => string) =>
  `(values (${slot(1)}), (case when ${slot(2)} is distinct from ${slot(1)} then ${slot(2)} end), ` +
  `(case when ${slot(3)} is distinct from ${slot(1)} and ${slot(3)} is distinct from ${slot(2)} then ${slot(3)} end))`;
/** The distinct elements of an array column (first occurrence of each). */
const distinctElements = (column: string, d: string) => ({
  from: `unnest(r.${column}) with ordinality ${d}(v, n)`,
  where: `${d}.v <> all(r.${column}[1:${d}.n - 1])`,
});

/**
 * Multi-valued dimensions: the record's distinct values, expanded from its own row (lateral
 * VALUES / unnest over columns of the covering index), so no child table is joined. Each is
 * the same set as the child rows the record path writes (case_services, case_vulnerability_types,
 * case_profiles, activity_topics): see compile.test.ts.
 */
const children: Partial<Record<DimensionCode, (d: string) => { from: string; where: string }>> = {
  SERVICE: (d) => ({ from: `${distinctSlots(service)} ${d}(v)`, where: `${d}.v is not null` }),
  ACTION: (d) => ({ from: `${distinctSlots(action)} ${d}(v)`, where: `${d}.v is not null` }),
  VULNERABILITY_TYPE: (d) => distinctElements('a14_vulnerability_types', d),
  VULNERABILITY_PROFILE: (d) => ({
    from:
      `(values ('trafficking', r.has_trafficking), ('refugee', r.has_refugee), ` +
      `('migrant_at_risk', r.has_migrant_at_risk), ('child_at_risk', r.has_child_at_risk), ` +
      `('none', r.has_other_vulnerability)) ${d}(v, f)`,
    where: `${d}.f`,
  }),
  TOPIC: (d) => distinctElements('b2_topics', d),
};

/** The record column of a single-valued dimension (null for a multi-valued one). */
export function singleValuedColumn(dim: DimensionCode): string | null {
  return columns[dim] ?? null;
}

/** The lateral source and condition expanding a multi-valued dimension of record `r`. */
export function multiValuedSource(dim: DimensionCode, alias: string) {
  const child = children[dim];
  if (!child) throw new Error(`${dim} is not multi-valued`);
  return child(alias);
}

/** Months from `from` to `to`, inclusive (YYYY-MM). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

const tables: Record<RecordKind, string> = { case: 'cases', activity: 'activities' };

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/**
 * The conditions of a record filter on the record table aliased `r` (approved records of the
 * period, hubs, countries and hub type): the analytics tables and the referral figures share them.
 */
export function recordFilterConditions(filter: AnalyticsFilter): SQL[] {
  return [sql`r.validation_status is distinct from 'not_approved'`, ...scopeConditions(filter)];
}

/**
 * The period, hubs, countries and hub type of a filter on a table aliased `r` with the record
 * tables' column names (the records, or the monthly summaries: compile-summaries.ts).
 */
export function scopeConditions(filter: AnalyticsFilter): SQL[] {
  const parts: SQL[] = [];
  if (filter.from && filter.to) {
    // A bounded period as its list of months (month is always YYYY-MM, from the record's date):
    // equality on the leading column lets (month, hub) serve the hub condition too.
    parts.push(sql`r.month in (${list(monthsBetween(filter.from, filter.to))})`);
  } else {
    if (filter.from) parts.push(sql`r.month >= ${filter.from}`);
    if (filter.to) parts.push(sql`r.month <= ${filter.to}`);
  }
  if (filter.hubCodes) parts.push(sql`r.hub in (${list(filter.hubCodes)})`);
  if (filter.countries) parts.push(sql`r.hub_country in (${list(filter.countries)})`);
  if (filter.hubType) parts.push(sql`r.hub_type = ${filter.hubType}`);
  return parts;
}

function whereClause(kind: RecordKind, measure: MeasureCode, filter: AnalyticsFilter): SQL {
  const parts = recordFilterConditions(filter);
  if (measures[measure].field === 'referred' && kind === 'case') parts.push(sql`r.referred`);
  // A.14 = yes exactly when types are set (rules R27, R28); the types are in the covering index.
  if (measures[measure].field === 'vulnerable' && kind === 'case')
    parts.push(sql`cardinality(r.a14_vulnerability_types) > 0`);
  return sql.join(parts, sql` and `);
}

function valueExpr(measure: MeasureCode): SQL {
  const def = measures[measure];
  // Decimal sums, cut to 6 places: a float8 estimate converted to numeric can carry its binary
  // tail (12.950000000000001), and a total that is exactly x.5 must not round down because of it.
  if (def.aggregate === 'sum')
    return sql.raw(`round(coalesce(sum(r.${def.field}::numeric), 0), 6)::float8`);
  return sql.raw('count(*)::float8');
}

/**
 * The GROUP BY query for a table (keys k0..kn, the unrounded value v and the record-key sum ks
 * per cell) and, when a dimension is multi-valued (cells then do not add up to the total), the
 * total query.
 * Callers must have checked that every dimension applies to the measure's record kind.
 */
export function compileDisaggregation({
  measure,
  by,
  filter,
}: {
  measure: MeasureCode;
  by: readonly DimensionCode[];
  filter: AnalyticsFilter;
}): { cells: SQL; total: SQL | null } {
  const kind = measures[measure].kind;
  const from = sql.raw(`${tables[kind]} r`);
  const joins: SQL[] = [];
  const conditions: SQL[] = [];
  const keys: SQL[] = by.map((dim, i) => {
    const column = columns[dim];
    if (column) return sql.raw(`coalesce(r.${column}, '') as k${i}`);
    const child = children[dim]!(`d${i}`);
    joins.push(sql.raw(` cross join lateral ${child.from}`));
    conditions.push(sql.raw(child.where));
    return sql.raw(`d${i}.v as k${i}`);
  });
  const where = whereClause(kind, measure, filter);
  const value = valueExpr(measure);
  // ks: the sum of the record keys of the cell's records (the cell key method, disclosure/).
  const keySum = sql.raw('coalesce(sum(r.record_key), 0)::float8');
  const select = sql.join([...keys, sql`${value} as v`, sql`${keySum} as ks`], sql`, `);
  const groupBy = by.length ? sql` group by ${sql.raw(by.map((_, i) => i + 1).join(', '))}` : sql``;
  const cellsWhere = sql.join([where, ...conditions], sql` and `);
  const cells = sql`select ${select} from ${from}${sql.join(joins, sql``)} where ${cellsWhere}${groupBy}`;
  const multi = by.some((dim) => dimensions[dim].multiValued);
  const total = multi
    ? sql`select ${value} as v, ${keySum} as ks from ${from} where ${where}`
    : null;
  return { cells, total };
}
