import { and, count, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { scopeHubCodes } from '../auth/access.ts';
import type { CurrentUser } from '../auth/current-user.ts';
import type { Executor } from '../db/client.ts';
import { activities, cases } from '../db/schema/index.ts';

export type ListFilter = {
  hubCodes?: readonly string[] | null;
  month?: string | null;
  from?: string | null;
  to?: string | null;
  validationStatus?: string | null;
};

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
  const condition = and(...where);
  const [total] = await db.select({ n: count() }).from(table).where(condition);
  const rows = (await db
    .select()
    .from(table)
    .where(condition)
    .orderBy(desc(table.date), desc(table.createdAt), desc(table.id))
    .limit(limit)
    .offset(offset)) as Row[];
  return { rows, totalCount: Number(total?.n ?? 0), hubs: scoped === 'all' ? [] : scoped };
}
