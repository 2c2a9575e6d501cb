import {
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  ilike,
  inArray,
  lte,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { scopeHubCodes } from '../auth/access.ts';
import type { CurrentUser } from '../auth/current-user.ts';
import type { Executor } from '../db/client.ts';
import { activities, cases, recordSources } from '../db/schema/index.ts';

export type ListFilter = {
  hubCodes?: readonly string[] | null;
  month?: string | null;
  from?: string | null;
  to?: string | null;
  validationStatus?: string | null;
  search?: string | null;
  sort?: string | null;
  /** An import's batch (its time, as in the import report): the records it stored. */
  importBatch?: string | null;
};

/**
 * An import batch is the time its rows were stored (`record_sources.imported_at`, indexed): one
 * import writes every row with the same time, and a later import of a row gives it a new one.
 */
export const importBatchPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/u;

/** Orders a list can take; the first is the default. */
export const listSorts = ['date_desc', 'date_asc', 'updated_desc', 'updated_asc'] as const;

/** The text columns a list search looks in (case names only reach cleared roles' lists). */
function searchColumns(kind: 'case' | 'activity') {
  return kind === 'case'
    ? [
        cases.officer_id,
        cases.a0_name,
        cases.a3_admin1,
        cases.a3_admin2,
        cases.a11_referral_org_1,
        cases.a11_referral_org_2,
        cases.a11_referral_org_3,
      ]
    : [
        activities.officer_id,
        activities.b1_admin1,
        activities.b1_admin2,
        activities.b3_summary,
        activities.b8_unmet_needs_text,
        activities.b9_follow_up,
      ];
}

/** A page of records the caller reaches, newest first, with the total count. */
export async function listRecords<K extends 'case' | 'activity'>({
  db,
  user,
  kind,
  filter,
  limit,
  offset,
}: {
  db: Executor;
  user: CurrentUser;
  kind: K;
  filter: ListFilter;
  limit: number;
  offset: number;
}) {
  const table = kind === 'case' ? cases : activities;
  const scoped = scopeHubCodes(user, 'record.read', filter.hubCodes);
  type Row = K extends 'case' ? typeof cases.$inferSelect : typeof activities.$inferSelect;
  if (scoped !== 'all' && scoped.length === 0)
    return { rows: [] as Row[], totalCount: 0, hubs: [] as string[] };
  const where: SQL[] = [];
  if (scoped !== 'all') where.push(inArray(table.hub, scoped));
  if (filter.month) where.push(eq(table.month, filter.month));
  if (filter.from) where.push(gte(table.month, filter.from));
  if (filter.to) where.push(lte(table.month, filter.to));
  if (filter.validationStatus === 'none') where.push(sql`${table.validationStatus} is null`);
  else if (filter.validationStatus) where.push(eq(table.validationStatus, filter.validationStatus));
  if (filter.importBatch) {
    const key = kind === 'case' ? recordSources.caseId : recordSources.activityId;
    where.push(
      sql`exists (select 1 from ${recordSources} where ${key} = ${table.id} and ${recordSources.importedAt} = ${filter.importBatch}::timestamptz)`,
    );
  }
  const words = (filter.search ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 8);
  for (const word of words) {
    const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(or(...searchColumns(kind).map((column) => ilike(column, pattern)))!);
  }
  const condition = and(...where);
  const order =
    filter.sort === 'date_asc'
      ? [asc(table.date), asc(table.createdAt), asc(table.id)]
      : filter.sort === 'updated_desc'
        ? [desc(table.updatedAt), desc(table.id)]
        : filter.sort === 'updated_asc'
          ? [asc(table.updatedAt), asc(table.id)]
          : [desc(table.date), desc(table.createdAt), desc(table.id)];
  const [[total], found] = await Promise.all([
    db.select({ n: count() }).from(table).where(condition),
    db
      .select()
      .from(table)
      .where(condition)
      .orderBy(...order)
      .limit(limit)
      .offset(offset),
  ]);
  const rows = found as Row[];
  return { rows, totalCount: Number(total?.n ?? 0), hubs: scoped === 'all' ? [] : scoped };
}
