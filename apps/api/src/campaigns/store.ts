import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import {
  canEditCampaigns,
  canReadCampaigns,
  createEmptyCampaignDocument,
  listLinkedActivityIds,
  normalizeCampaignDocument,
  type CampaignDocument,
  type ReachTotals,
} from '@ventanilla/domain/strategy/index';
import type { Context } from '../context.ts';
import type { Executor } from '../db/client.ts';
import { activities, campaignActivityLinks, campaigns, hubs, users } from '../db/schema/index.ts';
import type { CurrentUser } from '../auth/current-user.ts';

export type CampaignRow = typeof campaigns.$inferSelect & { updatedByName: string | null };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const mayRead = (user: CurrentUser, hub?: string) =>
  canReadCampaigns({ role: user.role, hub, userHubs: user.hubCodes });
export const mayEdit = (user: CurrentUser, hub?: string) =>
  canEditCampaigns({ role: user.role, hub, userHubs: user.hubCodes });

const selection = {
  id: campaigns.id,
  hub: campaigns.hub,
  title: campaigns.title,
  version: campaigns.version,
  document: campaigns.document,
  createdBy: campaigns.createdBy,
  updatedBy: campaigns.updatedBy,
  createdAt: campaigns.createdAt,
  updatedAt: campaigns.updatedAt,
  updatedByName: users.name,
};

/** One campaign with the name of its last editor, or null. */
export async function loadCampaign(db: Executor, id: string): Promise<CampaignRow | null> {
  if (!uuidPattern.test(id)) return null;
  const [row] = await db
    .select(selection)
    .from(campaigns)
    .leftJoin(users, eq(users.id, campaigns.updatedBy))
    .where(eq(campaigns.id, id));
  return row ? { ...row, document: normalizeCampaignDocument({ value: row.document }) } : null;
}

/** Campaigns of the given hubs ('all' for admins), most recently edited first. */
export async function listCampaigns(db: Executor, hubCodes: string[] | 'all') {
  if (hubCodes !== 'all' && hubCodes.length === 0) return [];
  const rows = await db
    .select(selection)
    .from(campaigns)
    .leftJoin(users, eq(users.id, campaigns.updatedBy))
    .where(hubCodes === 'all' ? undefined : inArray(campaigns.hub, hubCodes))
    .orderBy(desc(campaigns.updatedAt))
    .limit(500);
  return rows.map((row) => ({
    ...row,
    document: normalizeCampaignDocument({ value: row.document }),
  }));
}

export async function hubExists(db: Executor, code: string): Promise<boolean> {
  const [row] = await db.select({ code: hubs.code }).from(hubs).where(eq(hubs.code, code));
  return !!row;
}

/**
 * Checks the plan's links: ids of activities that no longer exist are dropped; ids of
 * activities of another hub are reported (a plan only closes the loop with its own hub).
 */
export async function checkLinks(
  db: Executor,
  hub: string,
  document: CampaignDocument,
): Promise<{ document: CampaignDocument; foreign: string[] }> {
  const ids = listLinkedActivityIds({ document });
  if (ids.length === 0) return { document, foreign: [] };
  const found = await db
    .select({ id: activities.id, hub: activities.hub })
    .from(activities)
    .where(inArray(activities.id, ids));
  const hubOf = new Map(found.map((r) => [r.id, r.hub]));
  const foreign = ids.filter((id) => hubOf.has(id) && hubOf.get(id) !== hub);
  return {
    foreign,
    document: {
      ...document,
      activities: document.activities.map((a) => ({
        ...a,
        linkedActivityIds: a.linkedActivityIds.filter((id) => hubOf.get(id) === hub),
      })),
    },
  };
}

/** Rewrites the link rows of a campaign from its document. */
export async function syncLinks(tx: Executor, campaignId: string, document: CampaignDocument) {
  await tx.delete(campaignActivityLinks).where(eq(campaignActivityLinks.campaignId, campaignId));
  const rows = document.activities.flatMap((a) =>
    a.linkedActivityIds.map((activityId) => ({
      campaignId,
      plannedId: a.id,
      objectiveId: a.objectiveId || null,
      activityId,
    })),
  );
  if (rows.length > 0) await tx.insert(campaignActivityLinks).values(rows);
}

export async function createCampaign(
  ctx: Context,
  { hub, title }: { hub: string; title: string },
): Promise<CampaignRow> {
  const document = createEmptyCampaignDocument();
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(campaigns)
      .values({ hub, title, document, createdBy: ctx.user!.id, updatedBy: ctx.user!.id })
      .returning({ id: campaigns.id });
    await ctx.audit({ action: 'campaign.create', entity: 'campaign', entityId: row!.id, hub }, tx);
    return row!.id;
  });
  return (await loadCampaign(ctx.db, id))!;
}

/**
 * Writes a new version only if the stored one is still `baseVersion` (compare-and-set in one
 * UPDATE). Answers null when someone else saved first.
 */
export async function updateCampaign(
  ctx: Context,
  {
    id,
    hub,
    baseVersion,
    title,
    document,
  }: { id: string; hub: string; baseVersion: number; title: string; document: CampaignDocument },
): Promise<CampaignRow | null> {
  const saved = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(campaigns)
      .set({
        title,
        document,
        version: sql`${campaigns.version} + 1`,
        updatedBy: ctx.user!.id,
        updatedAt: new Date(),
      })
      .where(and(eq(campaigns.id, id), eq(campaigns.version, baseVersion)))
      .returning({ id: campaigns.id, version: campaigns.version });
    if (!row) return null;
    await syncLinks(tx, id, document);
    await ctx.audit(
      {
        action: 'campaign.update',
        entity: 'campaign',
        entityId: id,
        hub,
        detail: { version: row.version },
      },
      tx,
    );
    return row;
  });
  return saved ? loadCampaign(ctx.db, id) : null;
}

export async function deleteCampaign(ctx: Context, row: CampaignRow): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await tx.delete(campaigns).where(eq(campaigns.id, row.id));
    await ctx.audit(
      { action: 'campaign.delete', entity: 'campaign', entityId: row.id, hub: row.hub },
      tx,
    );
  });
}

const reachColumns = {
  activities: sql<number>`count(distinct ${activities.id})::int`,
  estPeople: sql<number>`coalesce(sum(${activities.estPeople}), 0)::float8`,
  estWomen: sql<number>`coalesce(sum(${activities.estWomen}), 0)::float8`,
  estMinors: sql<number>`coalesce(sum(${activities.estMinors}), 0)::float8`,
};

/**
 * Reach of a campaign, summed in SQL over its linked activities of the campaign's hub, each
 * activity counted once per group: the whole campaign, per objective and per planned activity.
 */
export async function loadReach(
  db: Executor,
  campaign: { id: string; hub: string },
): Promise<{
  total: ReachTotals;
  byObjective: Record<string, ReachTotals>;
  byPlanned: Record<string, ReachTotals>;
}> {
  // Distinct (group, activity) pairs first, so an activity linked twice counts once per group.
  const pairs = (
    group: typeof campaignActivityLinks.plannedId | typeof campaignActivityLinks.objectiveId | null,
  ) =>
    db
      .selectDistinct({
        key: group ? sql<string>`${group}`.as('key') : sql<string>`''`.as('key'),
        activityId: campaignActivityLinks.activityId,
      })
      .from(campaignActivityLinks)
      .where(eq(campaignActivityLinks.campaignId, campaign.id))
      .as('pairs');
  const sum = async (group: Parameters<typeof pairs>[0]) => {
    const p = pairs(group);
    const rows = await db
      .select({ key: p.key, ...reachColumns })
      .from(p)
      .innerJoin(activities, and(eq(activities.id, p.activityId), eq(activities.hub, campaign.hub)))
      .groupBy(p.key);
    return Object.fromEntries(
      rows
        .filter((r) => r.key !== null)
        .map((r) => [
          r.key,
          {
            activities: Number(r.activities),
            estPeople: Number(r.estPeople),
            estWomen: Number(r.estWomen),
            estMinors: Number(r.estMinors),
          },
        ]),
    ) as Record<string, ReachTotals>;
  };
  const [total, byObjective, byPlanned] = await Promise.all([
    sum(null),
    sum(campaignActivityLinks.objectiveId),
    sum(campaignActivityLinks.plannedId),
  ]);
  return {
    total: total[''] ?? { activities: 0, estPeople: 0, estWomen: 0, estMinors: 0 },
    byObjective,
    byPlanned,
  };
}
