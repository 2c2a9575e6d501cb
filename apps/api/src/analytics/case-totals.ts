import { sql, type SQL } from 'drizzle-orm';
import { scopeConditions, type AnalyticsFilter } from './compile.ts';

/**
 * A one-row subquery `(n, ks)` from the monthly summaries' totals (the empty set's rows): the
 * filter's approved cases and the sum of their record keys. The monitoring figures subtract
 * from it what they count through case_context, so their cost follows the cases that carry a
 * context, not every case of the period.
 */
export function caseTotals(filter: AnalyticsFilter): SQL {
  const where = sql.join([sql`r.dims = ''`, ...scopeConditions(filter)], sql` and `);
  return sql`select coalesce(sum(r.n), 0)::float8 as n, coalesce(sum(r.ks), 0)::float8 as ks
    from case_summaries r where ${where}`;
}
