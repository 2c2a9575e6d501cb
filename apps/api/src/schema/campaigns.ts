import {
  computeObjectiveProgress,
  countPlannedDone,
  normalizeCampaignDocument,
  type ReachTotals,
} from '@ventanilla/domain/strategy/index';
import { builder } from '../builder.ts';
import {
  checkLinks,
  createCampaign,
  deleteCampaign,
  hubExists,
  listCampaigns,
  loadCampaign,
  loadReach,
  mayEdit,
  mayRead,
  updateCampaign,
  type CampaignRow,
} from '../campaigns/store.ts';
import { campaignMessages } from '../campaigns/messages.ts';
import {
  Forbidden,
  NotFound,
  ValidationFailed,
  forbidden,
  inputFailed,
  notFound,
  resolveKind,
} from './results.ts';

const Reach = builder.objectRef<ReachTotals>('CampaignReach').implement({
  description:
    'Sums over distinct linked recorded activities of the campaign’s hub (FORM.md §8.2 estimates, unrounded).',
  fields: (t) => ({
    activities: t.exposeInt('activities'),
    estPeople: t.exposeFloat('estPeople'),
    estWomen: t.exposeFloat('estWomen'),
    estMinors: t.exposeFloat('estMinors'),
  }),
});

type ObjectiveReachShape = ReturnType<typeof computeObjectiveProgress>[number];
const ObjectiveReach = builder.objectRef<ObjectiveReachShape>('CampaignObjectiveReach').implement({
  fields: (t) => ({
    objectiveId: t.exposeString('objectiveId'),
    indicator: t.exposeString('indicator'),
    target: t.exposeInt('target', { nullable: true }),
    reached: t.exposeFloat('reached', {
      nullable: true,
      description: 'Null when the objective’s measure is not one activities record',
    }),
    share: t.exposeFloat('share', { nullable: true, description: 'reached / target' }),
    reach: t.field({ type: Reach, resolve: (o) => o.reach }),
  }),
});

const PlannedReach = builder
  .objectRef<{ plannedId: string; reach: ReachTotals }>('CampaignPlannedReach')
  .implement({
    fields: (t) => ({
      plannedId: t.exposeString('plannedId'),
      reach: t.field({ type: Reach, resolve: (p) => p.reach }),
    }),
  });

type ProgressShape = {
  planned: number;
  done: number;
  total: ReachTotals;
  objectives: ObjectiveReachShape[];
  plannedActivities: { plannedId: string; reach: ReachTotals }[];
};
const Progress = builder.objectRef<ProgressShape>('CampaignProgress').implement({
  description: 'Planned vs done: planned activities with at least one linked recorded activity.',
  fields: (t) => ({
    planned: t.exposeInt('planned'),
    done: t.exposeInt('done'),
    total: t.field({ type: Reach, resolve: (p) => p.total }),
    objectives: t.field({ type: [ObjectiveReach], resolve: (p) => p.objectives }),
    plannedActivities: t.field({ type: [PlannedReach], resolve: (p) => p.plannedActivities }),
  }),
});

const empty: ReachTotals = { activities: 0, estPeople: 0, estWomen: 0, estMinors: 0 };

const Campaign = builder.objectRef<CampaignRow>('Campaign').implement({
  description: 'A hub’s communication campaign plan (hubs handbook Annex 4), versioned.',
  fields: (t) => ({
    id: t.exposeID('id'),
    hub: t.exposeString('hub'),
    title: t.exposeString('title'),
    version: t.exposeInt('version', {
      description: 'Grows by one on every save; send it back as baseVersion when editing',
    }),
    document: t.string({
      description:
        'The plan as JSON (CampaignDocument of packages/domain/src/strategy/document.ts), normalised',
      resolve: (row) => JSON.stringify(row.document),
    }),
    canEdit: t.boolean({ resolve: (row, _a, ctx) => mayEdit(ctx.user!, row.hub) }),
    updatedByName: t.exposeString('updatedByName', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    progress: t.field({
      type: Progress,
      resolve: async (row, _a, ctx) => {
        const reach = await loadReach(ctx.db, row);
        const plannedIds = row.document.activities.map((a) => a.id);
        const counts = Object.fromEntries(
          Object.entries(reach.byPlanned).map(([k, v]) => [k, v.activities]),
        );
        const { planned, done } = countPlannedDone({ plannedIds, linkedCounts: counts });
        return {
          planned,
          done,
          total: reach.total,
          objectives: computeObjectiveProgress({
            objectives: row.document.objectives,
            reachByObjective: reach.byObjective,
          }),
          plannedActivities: plannedIds.map((plannedId) => ({
            plannedId,
            reach: reach.byPlanned[plannedId] ?? empty,
          })),
        };
      },
    }),
  }),
});

type ConflictShape = {
  kind: 'EditConflict';
  message: string;
  theirs: CampaignRow;
  yoursTitle: string;
  yoursDocument: string;
  baseVersion: number;
};
const EditConflict = builder.objectRef<ConflictShape>('EditConflict').implement({
  description:
    'Someone saved the campaign after the version this edit was based on; nothing was written. Both versions are returned so the caller can keep theirs or take the other.',
  fields: (t) => ({
    message: t.exposeString('message'),
    baseVersion: t.exposeInt('baseVersion'),
    theirs: t.field({ type: Campaign, resolve: (c) => c.theirs }),
    yoursTitle: t.exposeString('yoursTitle'),
    yoursDocument: t.exposeString('yoursDocument', { description: 'JSON, normalised' }),
  }),
});

const CampaignSaved = builder
  .objectRef<{ kind: 'CampaignSaved'; campaign: CampaignRow }>('CampaignSaved')
  .implement({
    fields: (t) => ({ campaign: t.field({ type: Campaign, resolve: (v) => v.campaign }) }),
  });

const CampaignDeleted = builder
  .objectRef<{ kind: 'CampaignDeleted'; id: string }>('CampaignDeleted')
  .implement({ fields: (t) => ({ id: t.exposeID('id') }) });

const CampaignResult = builder.unionType('CampaignResult', {
  types: [Campaign, NotFound, Forbidden],
  resolveType: resolveKind('Campaign'),
});
const CampaignWriteResult = builder.unionType('CampaignWriteResult', {
  types: [CampaignSaved, EditConflict, ValidationFailed, NotFound, Forbidden],
  resolveType: resolveKind('CampaignSaved'),
});
const CampaignDeleteResult = builder.unionType('CampaignDeleteResult', {
  types: [CampaignDeleted, EditConflict, NotFound, Forbidden],
  resolveType: resolveKind('CampaignDeleted'),
});

function checkTitle(title: string) {
  const trimmed = title.normalize('NFC').trim();
  if (!trimmed) return { trimmed, issue: { field: 'title', ...campaignMessages.titleMissing } };
  if (trimmed.length > 200)
    return { trimmed, issue: { field: 'title', ...campaignMessages.titleTooLong } };
  return { trimmed, issue: null };
}

builder.queryFields((t) => ({
  campaigns: t.field({
    type: [Campaign],
    description:
      'Campaign plans of the hubs the caller reaches (coordinators and officers: their hubs; admins: all; reviewers: none).',
    authScopes: (_root, _args, ctx) => !!ctx.user && mayRead(ctx.user),
    args: { hubCodes: t.arg.stringList() },
    resolve: async (_root, { hubCodes }, ctx) => {
      const user = ctx.user!;
      const reach = user.role === 'admin' ? 'all' : user.hubCodes;
      const wanted =
        hubCodes && hubCodes.length > 0
          ? reach === 'all'
            ? [...hubCodes]
            : hubCodes.filter((h) => reach.includes(h))
          : reach;
      return listCampaigns(ctx.db, wanted);
    },
  }),
  campaign: t.field({
    type: CampaignResult,
    authScopes: (_root, _args, ctx) => !!ctx.user && mayRead(ctx.user),
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const row = await loadCampaign(ctx.db, String(id));
      if (!row) return notFound(ctx.lang);
      if (!mayRead(ctx.user!, row.hub)) return forbidden(ctx.lang);
      return row;
    },
  }),
}));

builder.mutationFields((t) => ({
  campaignCreate: t.field({
    type: CampaignWriteResult,
    description: 'Starts an empty campaign plan for a hub (coordinators of the hub, admins).',
    authScopes: (_root, _args, ctx) => !!ctx.user && mayEdit(ctx.user),
    args: { hub: t.arg.string({ required: true }), title: t.arg.string({ required: true }) },
    resolve: async (_root, { hub, title }, ctx) => {
      if (!mayEdit(ctx.user!, hub)) return forbidden(ctx.lang);
      const { trimmed, issue } = checkTitle(title);
      if (issue) return inputFailed(ctx.lang, [issue]);
      if (!(await hubExists(ctx.db, hub)))
        return inputFailed(ctx.lang, [{ field: 'hub', ...campaignMessages.unknownHub }]);
      const campaign = await createCampaign(ctx, { hub, title: trimmed });
      return { kind: 'CampaignSaved' as const, campaign };
    },
  }),
  campaignUpdate: t.field({
    type: CampaignWriteResult,
    description:
      'Saves a new version of the whole plan. `baseVersion` is the version the edit started from: if the campaign has changed since, nothing is written and EditConflict returns both versions.',
    authScopes: (_root, _args, ctx) => !!ctx.user && mayEdit(ctx.user),
    args: {
      id: t.arg.id({ required: true }),
      baseVersion: t.arg.int({ required: true }),
      title: t.arg.string({ required: true }),
      document: t.arg.string({ required: true, description: 'CampaignDocument as JSON' }),
    },
    resolve: async (_root, args, ctx) => {
      const current = await loadCampaign(ctx.db, String(args.id));
      if (!current || !mayRead(ctx.user!, current.hub)) return notFound(ctx.lang);
      if (!mayEdit(ctx.user!, current.hub)) return forbidden(ctx.lang);
      const { trimmed, issue } = checkTitle(args.title);
      if (issue) return inputFailed(ctx.lang, [issue]);
      let parsed: unknown;
      try {
        parsed = JSON.parse(args.document);
      } catch {
        return inputFailed(ctx.lang, [{ field: 'document', ...campaignMessages.badDocument }]);
      }
      if (args.document.length > 500_000)
        return inputFailed(ctx.lang, [{ field: 'document', ...campaignMessages.tooLarge }]);
      const normalized = normalizeCampaignDocument({ value: parsed });
      const conflict = (theirs: CampaignRow): ConflictShape => ({
        kind: 'EditConflict',
        message: campaignMessages.conflict[ctx.lang](theirs.updatedByName, theirs.version),
        theirs,
        yoursTitle: trimmed,
        yoursDocument: JSON.stringify(normalized),
        baseVersion: args.baseVersion,
      });
      if (current.version !== args.baseVersion) return conflict(current);
      const { document, foreign } = await checkLinks(ctx.db, current.hub, normalized);
      if (foreign.length > 0)
        return inputFailed(ctx.lang, [
          { field: 'document.activities.linkedActivityIds', ...campaignMessages.foreignActivity },
        ]);
      const saved = await updateCampaign(ctx, {
        id: current.id,
        hub: current.hub,
        baseVersion: args.baseVersion,
        title: trimmed,
        document,
      });
      if (saved) return { kind: 'CampaignSaved' as const, campaign: saved };
      const theirs = await loadCampaign(ctx.db, current.id);
      return theirs ? conflict(theirs) : notFound(ctx.lang);
    },
  }),
  campaignDelete: t.field({
    type: CampaignDeleteResult,
    authScopes: (_root, _args, ctx) => !!ctx.user && mayEdit(ctx.user),
    args: { id: t.arg.id({ required: true }), baseVersion: t.arg.int({ required: true }) },
    resolve: async (_root, { id, baseVersion }, ctx) => {
      const current = await loadCampaign(ctx.db, String(id));
      if (!current || !mayRead(ctx.user!, current.hub)) return notFound(ctx.lang);
      if (!mayEdit(ctx.user!, current.hub)) return forbidden(ctx.lang);
      if (current.version !== baseVersion)
        return {
          kind: 'EditConflict' as const,
          message: campaignMessages.conflict[ctx.lang](current.updatedByName, current.version),
          theirs: current,
          yoursTitle: current.title,
          yoursDocument: '',
          baseVersion,
        };
      await deleteCampaign(ctx, current);
      return { kind: 'CampaignDeleted' as const, id: current.id };
    },
  }),
}));
