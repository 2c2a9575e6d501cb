import {
  normalizeCampaignDocument,
  type CampaignDocument,
} from '@ventanilla/domain/strategy/index';
import { builder } from '../builder.ts';
import {
  checkLinks,
  createCampaign,
  deleteCampaign,
  hubExists,
  listCampaigns,
  loadCampaign,
  mayEdit,
  mayRead,
  updateCampaign,
  type CampaignRow,
} from '../campaigns/store.ts';
import { campaignMessages } from '../campaigns/messages.ts';
import { CampaignPlan } from './campaign-plan.ts';
import { CampaignPlanInput } from './campaign-plan-input.ts';
import { CampaignProgress, computeCampaignProgress } from './campaign-progress.ts';
import {
  Forbidden,
  NotFound,
  ValidationFailed,
  forbidden,
  inputFailed,
  notFound,
  resolveKind,
} from './results.ts';

const Campaign = builder.objectRef<CampaignRow>('Campaign').implement({
  description: 'A hub’s communication campaign plan (hubs handbook Annex 4), versioned.',
  fields: (t) => ({
    id: t.exposeID('id'),
    hub: t.exposeString('hub'),
    title: t.exposeString('title'),
    version: t.exposeInt('version', {
      description: 'Grows by one on every save; send it back as baseVersion when editing',
    }),
    plan: t.field({ type: CampaignPlan, resolve: (row) => row.document }),
    document: t.string({
      description:
        'The plan as JSON (CampaignDocument of packages/domain/src/strategy/document.ts), normalised',
      deprecationReason: 'Use `plan`, the same plan as typed fields.',
      resolve: (row) => JSON.stringify(row.document),
    }),
    canEdit: t.boolean({ resolve: (row, _a, ctx) => mayEdit(ctx.user!, row.hub) }),
    updatedByName: t.exposeString('updatedByName', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    progress: t.field({
      type: CampaignProgress,
      resolve: (row, _a, ctx) => computeCampaignProgress(ctx, row),
    }),
  }),
});

type ConflictShape = {
  kind: 'EditConflict';
  message: string;
  theirs: CampaignRow;
  yoursTitle: string;
  /** Null when the conflicting operation was a delete. */
  yours: CampaignDocument | null;
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
    yoursPlan: t.field({
      type: CampaignPlan,
      nullable: true,
      description: 'The plan this edit would have saved, normalised; null for a delete',
      resolve: (c) => c.yours,
    }),
    yoursDocument: t.string({
      description: 'JSON, normalised',
      deprecationReason: 'Use `yoursPlan`, the same plan as typed fields.',
      resolve: (c) => (c.yours ? JSON.stringify(c.yours) : ''),
    }),
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

const maxPlanChars = 500_000;

/**
 * The plan of a campaignUpdate, from `plan` or the deprecated JSON `document` (exactly one), with
 * the argument's name for issue paths. Both are refused past the same size.
 */
function readPlanArgs(args: {
  plan?: unknown;
  document?: string | null;
}):
  | { value: unknown; field: 'plan' | 'document' }
  | { issue: { field: string; es: string; en: string } } {
  const hasPlan = args.plan != null;
  const hasDocument = args.document != null;
  if (hasPlan === hasDocument)
    return { issue: { field: 'plan', ...campaignMessages.planOrDocument } };
  if (hasPlan) {
    if (JSON.stringify(args.plan).length > maxPlanChars)
      return { issue: { field: 'plan', ...campaignMessages.tooLarge } };
    return { value: args.plan, field: 'plan' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(args.document!);
  } catch {
    return { issue: { field: 'document', ...campaignMessages.badDocument } };
  }
  if (args.document!.length > maxPlanChars)
    return { issue: { field: 'document', ...campaignMessages.tooLarge } };
  return { value: parsed, field: 'document' };
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
      'Saves a new version of the whole plan, sent as `plan`. `baseVersion` is the version the edit started from: if the campaign has changed since, nothing is written and EditConflict returns both versions.',
    authScopes: (_root, _args, ctx) => !!ctx.user && mayEdit(ctx.user),
    args: {
      id: t.arg.id({ required: true }),
      baseVersion: t.arg.int({ required: true }),
      title: t.arg.string({ required: true }),
      plan: t.arg({
        type: CampaignPlanInput,
        description: 'The whole plan; send this or `document`, not both',
      }),
      document: t.arg.string({
        description: 'CampaignDocument as JSON',
        deprecationReason: 'Send `plan`, the same plan as typed fields.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const current = await loadCampaign(ctx.db, String(args.id));
      if (!current || !mayRead(ctx.user!, current.hub)) return notFound(ctx.lang);
      if (!mayEdit(ctx.user!, current.hub)) return forbidden(ctx.lang);
      const { trimmed, issue } = checkTitle(args.title);
      if (issue) return inputFailed(ctx.lang, [issue]);
      const received = readPlanArgs(args);
      if ('issue' in received) return inputFailed(ctx.lang, [received.issue]);
      // The domain normalises the typed plan exactly as it does the JSON one.
      const normalized = normalizeCampaignDocument({ value: received.value });
      const conflict = (theirs: CampaignRow): ConflictShape => ({
        kind: 'EditConflict',
        message: campaignMessages.conflict[ctx.lang](theirs.updatedByName, theirs.version),
        theirs,
        yoursTitle: trimmed,
        yours: normalized,
        baseVersion: args.baseVersion,
      });
      if (current.version !== args.baseVersion) return conflict(current);
      const { document, foreign } = await checkLinks(ctx.db, current.hub, normalized);
      if (foreign.length > 0)
        return inputFailed(ctx.lang, [
          {
            field: `${received.field}.activities.linkedActivityIds`,
            ...campaignMessages.foreignActivity,
          },
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
          yours: null,
          baseVersion,
        };
      await deleteCampaign(ctx, current);
      return { kind: 'CampaignDeleted' as const, id: current.id };
    },
  }),
}));
