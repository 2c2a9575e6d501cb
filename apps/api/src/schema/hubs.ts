import { GraphQLError } from 'graphql';
import { asc, eq, inArray } from 'drizzle-orm';
import { builder } from '../builder.ts';
import { loadHubMonthStats, type HubMonthStats, type Keyed } from '../analytics/hub-month-stats.ts';
import { scopeHubCodes } from '../auth/access.ts';
import type { Executor } from '../db/client.ts';
import { hubs } from '../db/schema/index.ts';
import { DuplicateError, addHub, hubInputIssues } from '../services/hubs.ts';
import { countFigure } from '../disclosure/figure.ts';
import { figureField } from '../disclosure/fields.ts';
import { protectionOf, type Protection } from '../disclosure/protection.ts';
import { HubTypeEnum } from './enums.ts';
import { monthPattern } from './input/dates.ts';
import { NotFound, ValidationFailed, inputFailed, notFound, resolveKind } from './results.ts';

export type HubRow = typeof hubs.$inferSelect;
type HubStats = HubMonthStats & { protection: Protection };

/** Kept here for the modules that import it from hubs.ts; defined with the other date rules. */
export { monthPattern };

export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

const stat = (pick: (s: HubStats) => Keyed, description?: string) =>
  figureField<HubStats>(
    (s) => countFigure(pick(s).value, pick(s).keySum, s.protection),
    description,
  );

const HubStatsRef = builder.objectRef<HubStats>('HubStats').implement({
  description:
    'Counts for one hub and month (records marked not_approved excluded), protected like every figure.',
  fields: (t) => ({
    cases: t.int(stat((s) => s.cases)),
    activities: t.int(stat((s) => s.activities)),
    referrals: t.int(stat((s) => s.referrals, 'Cases with at least one referred_* action')),
    vulnerableCases: t.int(stat((s) => s.vulnerableCases, 'Cases with a14_vulnerability = yes')),
  }),
});

export const Hub = builder.objectRef<HubRow>('Hub').implement({
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    country: t.exposeString('country', { description: 'ISO 3166-1 alpha-3' }),
    admin1: t.exposeString('admin1', { nullable: true }),
    type: t.field({ type: HubTypeEnum, resolve: (hub) => hub.type }),
    active: t.exposeBoolean('active'),
    stats: t.field({
      type: HubStatsRef,
      args: { month: t.arg.string({ required: true, description: 'YYYY-MM' }) },
      resolve: (hub, { month }, ctx) => {
        if (!monthPattern.test(month)) throw badInput('month must be YYYY-MM');
        const protection = protectionOf(ctx);
        return loadHubMonthStats(ctx.db, hub.code, month).then((s) => ({ ...s, protection }));
      },
    }),
  }),
});

/** Hubs by code, in code order. */
export async function loadHubs(db: Executor, codes: string[] | 'all'): Promise<HubRow[]> {
  if (codes !== 'all' && codes.length === 0) return [];
  const query = db.select().from(hubs).orderBy(asc(hubs.code));
  return codes === 'all' ? query : query.where(inArray(hubs.code, codes));
}

builder.queryField('hubs', (t) =>
  t.field({
    type: [Hub],
    description:
      'Hubs the caller reaches: their own for officers and coordinators, all for reviewers and admins.',
    authScopes: { authenticated: true },
    resolve: (_root, _args, ctx) => loadHubs(ctx.db, scopeHubCodes(ctx.user!, 'hub.read')),
  }),
);

const HubAddInput = builder.inputType('HubAddInput', {
  fields: (t) => ({
    code: t.string({ required: true }),
    name: t.string({ required: true }),
    country: t.string({ required: true, description: 'ISO 3166-1 alpha-3' }),
    admin1: t.string(),
    type: t.field({ type: HubTypeEnum }),
  }),
});

const HubUpdateInput = builder.inputType('HubUpdateInput', {
  fields: (t) => ({
    name: t.string(),
    country: t.string(),
    admin1: t.string(),
    type: t.field({ type: HubTypeEnum }),
    active: t.boolean(),
  }),
});

const HubResult = builder.unionType('HubResult', {
  types: [Hub, ValidationFailed, NotFound],
  resolveType: resolveKind('Hub'),
});

builder.mutationFields((t) => ({
  hubAdd: t.field({
    type: HubResult,
    authScopes: { permission: 'hub.manage' },
    args: { input: t.arg({ type: HubAddInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const issues = hubInputIssues(input);
      if (issues.length > 0) return inputFailed(ctx.lang, issues);
      return ctx.db.transaction(async (tx) => {
        try {
          const row = await addHub({ db: tx, input });
          await ctx.audit(
            { action: 'create', entity: 'hub', entityId: row.code, hub: row.code },
            tx,
          );
          return row;
        } catch (error) {
          if (error instanceof DuplicateError)
            return inputFailed(ctx.lang, [
              { field: 'code', en: 'This code is already used.', es: 'Este código ya existe.' },
            ]);
          throw error;
        }
      });
    },
  }),
  hubUpdate: t.field({
    type: HubResult,
    authScopes: { permission: 'hub.manage' },
    args: {
      code: t.arg.string({ required: true }),
      input: t.arg({ type: HubUpdateInput, required: true }),
    },
    resolve: async (_root, { code, input }, ctx) => {
      const patch = {
        ...(input.name != null ? { name: input.name.trim() } : {}),
        ...(input.country != null ? { country: input.country } : {}),
        ...(input.admin1 !== undefined ? { admin1: input.admin1?.trim() || null } : {}),
        ...(input.type != null ? { type: input.type } : {}),
        ...(input.active != null ? { active: input.active } : {}),
      };
      const issues = hubInputIssues(patch, { partial: true });
      if (issues.length > 0) return inputFailed(ctx.lang, issues);
      return ctx.db.transaction(async (tx) => {
        const [row] = Object.keys(patch).length
          ? await tx.update(hubs).set(patch).where(eq(hubs.code, code)).returning()
          : await tx.select().from(hubs).where(eq(hubs.code, code));
        if (!row) return notFound(ctx.lang);
        await ctx.audit(
          {
            action: 'update',
            entity: 'hub',
            entityId: code,
            hub: code,
            detail: { fields: Object.keys(patch) },
          },
          tx,
        );
        return row;
      });
    },
  }),
}));
