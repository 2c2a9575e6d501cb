import { sql } from 'drizzle-orm';
import {
  evaluateQualityFindings,
  findLongestGap,
  type QualityFinding,
  type QualityMetrics,
  type QualityRuleCode,
} from '@ventanilla/domain/reports/index';
import { CHECK_IN_OVERDUE_DAYS } from '@ventanilla/domain/mca/check-ins';
import type { Executor } from '../db/client.ts';
import { queryRows } from '../db/rows.ts';
import { countFigure, publish } from '../disclosure/figure.ts';
import type { Protection } from '../disclosure/protection.ts';
import type { Figures } from './figures.ts';

export type RecordRef = { kind: 'case' | 'activity'; id: string; date: string };
export type FindingWithRefs = QualityFinding & { records: RecordRef[] };

const approved = sql`validation_status is distinct from 'not_approved'`;
const LATE_DAYS = 30;
const REF_LIMIT = 50;

type Agg = {
  days: string[] | null;
  other: number;
  other_ks: number;
  late_ks: number;
  arithmetic_ks: number;
  import_ks: number;
  other_ids: RecordRef[] | null;
  late: number;
  late_max: number | null;
  late_ids: RecordRef[] | null;
  arithmetic: number;
  arithmetic_ids: RecordRef[] | null;
  import_missing: number;
  import_ids: RecordRef[] | null;
};

const keySum = (condition: ReturnType<typeof sql>) =>
  sql`coalesce(sum(record_key) filter (where ${condition}), 0)::float8`;

const refs = (kind: 'case' | 'activity', condition: ReturnType<typeof sql>) =>
  sql`(array_agg(json_build_object('kind', ${kind}::text, 'id', id, 'date', date::text) order by date, id) filter (where ${condition}))[1:${sql.raw(String(REF_LIMIT))}]`;

/**
 * Duplicate groups and their records, published: a group is keyed by its first record, the
 * records by all of theirs; no groups are shown when no records are (a message must not say
 * "0 cases form 5 groups").
 */
function publishDuplicates(
  rows: { n: number; ks: number; first: number }[],
  count: (value: number, keys: number) => number,
): QualityMetrics['duplicates'] {
  const records = count(
    rows.reduce((s, r) => s + Number(r.n), 0),
    rows.reduce((s, r) => s + Number(r.ks), 0),
  );
  const groups = count(
    rows.length,
    rows.reduce((s, r) => s + Number(r.first), 0),
  );
  return records === 0 ? { groups: 0, records: 0 } : { groups: Math.max(1, groups), records };
}

/**
 * The data-quality findings of a hub-month: aggregates in SQL (two scans of the hub-month and
 * one grouped duplicate query), rules and explanations from packages/domain/src/reports.
 */
export async function loadFindings({
  db,
  hub,
  month,
  figures,
  previous,
  today,
  protection,
  referralProtection,
}: {
  db: Executor;
  hub: string;
  month: string;
  figures: Figures;
  previous: Figures[];
  today: string;
  /** Counts in the findings (and their messages) are published under this protection. */
  protection: Protection;
  /**
   * The overdue referral follow-ups' protection: referrals stay perturbed for everyone but their
   * hub's staff, also in a verification meeting, where `protection` is exact.
   */
  referralProtection: Protection;
}): Promise<FindingWithRefs[]> {
  const late = sql`((created_at at time zone 'UTC')::date - date) > ${LATE_DAYS}`;
  const imported = sql`(source_uuid is not null and jsonb_array_length(warnings) > 0)`;
  const caseOther = sql`('other' in (a1_nationality, a6_gender, coalesce(a9_occupation_area, ''), a10_service_1, coalesce(a10_service_2, ''), coalesce(a10_service_3, ''), coalesce(a11_action_1, ''), coalesce(a11_action_2, ''), coalesce(a11_action_3, '')))`;
  const activityOther = sql`(b2_activity_type = 'other')`;
  const arithmetic = sql`((b6_avg_age in ('avg_under_12', 'avg_12_17') and b7_pct_under_18 = 0) or (b6_avg_age not in ('avg_under_12', 'avg_12_17') and b7_pct_under_18 = 100))`;
  const scan = (table: 'cases' | 'activities') => {
    const kind = table === 'cases' ? 'case' : 'activity';
    const other = table === 'cases' ? caseOther : activityOther;
    const arith = table === 'cases' ? sql`false` : arithmetic;
    return queryRows<Agg>(
      db,
      sql`select array_agg(distinct date::text) as days,
            (count(*) filter (where ${other}))::int as other,
            ${refs(kind, other)} as other_ids,
            ${keySum(other)} as other_ks,
            ${keySum(late)} as late_ks,
            ${keySum(arith)} as arithmetic_ks,
            ${keySum(imported)} as import_ks,
            (count(*) filter (where ${late}))::int as late,
            max((created_at at time zone 'UTC')::date - date) filter (where ${late}) as late_max,
            ${refs(kind, late)} as late_ids,
            (count(*) filter (where ${arith}))::int as arithmetic,
            ${refs(kind, arith)} as arithmetic_ids,
            (count(*) filter (where ${imported}))::int as import_missing,
            ${refs(kind, imported)} as import_ids
          from ${sql.identifier(table)} where hub = ${hub} and month = ${month} and ${approved}`,
    );
  };
  // Follow-ups and advisors as they stood at the month's end (today, for the running month),
  // so a past month's report keeps saying what it said then.
  const monthEnd = sql`(date_trunc('month', ${`${month}-01`}::date) + interval '1 month' - interval '1 day')::date`;
  const asOf = sql`least(${today}::date, ${monthEnd})`;
  const [[c], [a], dupRows, [open]] = await Promise.all([
    scan('cases'),
    scan('activities'),
    queryRows<{ n: number; ids: string[]; date: string; ks: number; first: number }>(
      db,
      sql`select count(*)::int as n, array_agg(id::text order by id) as ids, date::text as date,
            sum(record_key)::float8 as ks, min(record_key)::float8 as first
          from cases where hub = ${hub} and month = ${month} and ${approved}
          group by date, officer_id, a1_nationality, a5_age_range, a6_gender, a10_service_1
          having count(*) > 1 limit 100`,
    ),
    queryRows<{ overdue: number; overdue_ks: number; mcas: number }>(
      db,
      sql`select
            (select count(*)::int from referrals
              where hub = ${hub} and follow_up_on < ${asOf}
                and (closed_on is null or closed_on > ${asOf})) as overdue,
            (select coalesce(sum(record_key), 0)::float8 from referrals
              where hub = ${hub} and follow_up_on < ${asOf}
                and (closed_on is null or closed_on > ${asOf})) as overdue_ks,
            (select count(*)::int from mcas m
              where m.hub = ${hub} and m.joined_on <= ${asOf}
                and (m.left_on is null or m.left_on > ${asOf})
                and ${asOf} - greatest(m.joined_on, coalesce(
                  (select max(k.on) from mca_check_ins k where k.mca_id = m.id and k.on <= ${asOf}),
                  m.joined_on)) > ${CHECK_IN_OVERDUE_DAYS}) as mcas`,
    ),
  ]);
  const both = (key: keyof Agg) => Number(c?.[key] ?? 0) + Number(a?.[key] ?? 0);
  const list = (key: keyof Agg) => [
    ...((c?.[key] as RecordRef[] | null) ?? []),
    ...((a?.[key] as RecordRef[] | null) ?? []),
  ];
  // Every count is published before the rules see it, so a finding's count and its message say
  // what the caller may know (the same numbers as the report's figures).
  const count = (value: number, keys: number) => publish(countFigure(value, keys, protection));
  const monthCounts = (f: Figures) => ({
    month: f.month,
    cases: count(f.cases, f.keySums.cases),
    activities: count(f.activities, f.keySums.activities),
  });
  const metrics: QualityMetrics = {
    ...monthCounts(figures),
    previous: previous.map(monthCounts),
    longestGap: findLongestGap({
      month,
      daysWithRecords: [...(c?.days ?? []), ...(a?.days ?? [])],
      today,
    }),
    otherRecords: count(both('other'), both('other_ks')),
    late: {
      count: count(both('late'), both('late_ks')),
      maxDays: Math.max(Number(c?.late_max ?? 0), Number(a?.late_max ?? 0)),
    },
    arithmetic: count(both('arithmetic'), both('arithmetic_ks')),
    importMissing: count(both('import_missing'), both('import_ks')),
    duplicates: publishDuplicates(dupRows, count),
    overdueFollowUps: publish(
      countFigure(Number(open?.overdue ?? 0), Number(open?.overdue_ks ?? 0), referralProtection),
    ),
    // Advisors are the hub's volunteers, not the people it attends: their count is not protected.
    mcasNotContacted: Number(open?.mcas ?? 0),
    ...(protection.exact ? {} : { zeroMayBeSmall: protection.params.k }),
  };
  const byRule: Partial<Record<QualityRuleCode, RecordRef[]>> = {
    heavy_other: list('other_ids'),
    late_entry: list('late_ids'),
    activity_arithmetic: list('arithmetic_ids'),
    import_missing_conditional: list('import_ids'),
    likely_duplicates: dupRows
      .flatMap((r) => r.ids.map((id) => ({ kind: 'case' as const, id, date: r.date })))
      .slice(0, REF_LIMIT),
  };
  return evaluateQualityFindings({ metrics }).map((f) => ({
    ...f,
    records: byRule[f.rule] ?? [],
  }));
}
