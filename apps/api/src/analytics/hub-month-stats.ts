import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { queryRows } from '../db/rows.ts';
import { summariesEnabled } from './summary-use.ts';

/** A count and the sum of its records' keys (what the cell key method perturbs). */
export type Keyed = { value: number; keySum: number };

export type HubMonthStats = {
  cases: Keyed;
  referrals: Keyed;
  vulnerableCases: Keyed;
  activities: Keyed;
};

type Column = 'cases' | 'referrals' | 'vulnerable' | 'activities';
type Row = Record<Column | `${Column}_ks`, number>;

/**
 * The hub-month's totals from the summaries' total rows (dims ''): a few rows per hub-month
 * however many records it has. Kept exact with the records (summary-sql.ts).
 */
function fromSummaries(hub: string, month: string): SQL {
  return sql`select c.*, a.* from
    (select coalesce(sum(n), 0)::int as cases, coalesce(sum(ks), 0)::float8 as cases_ks,
       coalesce(sum(n_referred), 0)::int as referrals,
       coalesce(sum(ks_referred), 0)::float8 as referrals_ks,
       coalesce(sum(n_vuln_yes), 0)::int as vulnerable,
       coalesce(sum(ks_vuln_yes), 0)::float8 as vulnerable_ks
     from case_summaries where dims = '' and hub = ${hub} and month = ${month}) c,
    (select coalesce(sum(n), 0)::int as activities, coalesce(sum(ks), 0)::float8 as activities_ks
     from activity_summaries where dims = '' and hub = ${hub} and month = ${month}) a`;
}

/** The same totals counted from the records (`ANALYTICS_SUMMARIES=off`). */
function fromRecords(hub: string, month: string): SQL {
  const approved = sql`validation_status is distinct from 'not_approved'`;
  return sql`select c.*, a.* from
    (select count(*)::int as cases, coalesce(sum(record_key), 0)::float8 as cases_ks,
       (count(*) filter (where referred))::int as referrals,
       coalesce(sum(record_key) filter (where referred), 0)::float8 as referrals_ks,
       (count(*) filter (where a14_vulnerability = 'yes'))::int as vulnerable,
       coalesce(sum(record_key) filter (where a14_vulnerability = 'yes'), 0)::float8 as vulnerable_ks
     from cases where hub = ${hub} and month = ${month} and ${approved}) c,
    (select count(*)::int as activities, coalesce(sum(record_key), 0)::float8 as activities_ks
     from activities where hub = ${hub} and month = ${month} and ${approved}) a`;
}

/**
 * One hub's cases, referred cases, vulnerable cases (A.14 yes) and activities in one month,
 * records marked not_approved left out (FORM.md §8), in one statement.
 */
export async function loadHubMonthStats(
  db: Executor,
  hub: string,
  month: string,
): Promise<HubMonthStats> {
  const query = summariesEnabled() ? fromSummaries(hub, month) : fromRecords(hub, month);
  const [row] = await queryRows<Row>(db, query);
  const keyed = (value: number | undefined, keySum: number | undefined): Keyed => ({
    value: Number(value ?? 0),
    keySum: Number(keySum ?? 0),
  });
  return {
    cases: keyed(row?.cases, row?.cases_ks),
    referrals: keyed(row?.referrals, row?.referrals_ks),
    vulnerableCases: keyed(row?.vulnerable, row?.vulnerable_ks),
    activities: keyed(row?.activities, row?.activities_ks),
  };
}
