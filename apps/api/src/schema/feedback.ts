import { randomBytes } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { feedbackIssues, type FeedbackAnswers } from '@ventanilla/domain/feedback/questionnaire';
import { builder } from '../builder.ts';
import { canOnHub, scopeHubCodes } from '../auth/access.ts';
import { feedbackLinks, feedbackResponses, hubs } from '../db/schema/index.ts';
import { createRateWindow } from '../feedback/rate-window.ts';
import {
  Forbidden,
  NotFound,
  ValidationFailed,
  forbidden,
  inputFailed,
  notFound,
  resolveKind,
} from './results.ts';

/**
 * Client feedback (issue 16, item 7): anyone holding a hub's link answers the questionnaire
 * without an account; hub staff hand out the link and renew it. Answers are read only as
 * protected monthly figures, never one by one.
 */
const FeedbackForm = builder.objectRef<{ hub: string; hubName: string }>('FeedbackForm').implement({
  description: 'The hub a feedback link answers for.',
  fields: (t) => ({ hub: t.exposeString('hub'), hubName: t.exposeString('hubName') }),
});

const FeedbackLink = builder.objectRef<{ hub: string; token: string }>('FeedbackLink').implement({
  description: 'A hub’s questionnaire link: `/feedback/<token>` in the dashboard.',
  fields: (t) => ({ hub: t.exposeString('hub'), token: t.exposeString('token') }),
});

const FeedbackThanks = builder
  .objectRef<{ kind: 'FeedbackThanks'; hubName: string }>('FeedbackThanks')
  .implement({
    description: 'The answer was counted.',
    fields: (t) => ({ hubName: t.exposeString('hubName') }),
  });

const FeedbackSubmitResult = builder.unionType('FeedbackSubmitResult', {
  types: [FeedbackThanks, ValidationFailed, NotFound],
  resolveType: resolveKind('FeedbackThanks'),
});

const FeedbackLinkResult = builder.unionType('FeedbackLinkResult', {
  types: [FeedbackLink, Forbidden],
  resolveType: resolveKind('FeedbackLink'),
});

const FeedbackAnswersInput = builder.inputType('FeedbackAnswersInput', {
  description: 'Codes of packages/domain feedback/questionnaire; every question may be skipped.',
  fields: (t) => ({
    satisfaction: t.string(),
    clear_information: t.string(),
    respectful: t.string(),
    waiting: t.string(),
    recommend: t.string(),
  }),
});

/** The hub of a link, with its name; null for a token no hub holds. */
async function hubOfToken(db: import('../db/client.ts').Db, token: string) {
  if (token.length > 100) return null;
  const [row] = await db
    .select({ hub: feedbackLinks.hub, hubName: hubs.name })
    .from(feedbackLinks)
    .innerJoin(hubs, eq(hubs.code, feedbackLinks.hub))
    .where(eq(feedbackLinks.token, token));
  return row ?? null;
}

// A link passed around cannot flood a hub's figures: a tablet answers a few times an hour.
const submissions = createRateWindow({ limit: 30, windowMs: 10 * 60_000 });

builder.queryFields((t) => ({
  feedbackForm: t.field({
    type: FeedbackForm,
    nullable: true,
    description: 'The hub a questionnaire link answers for; null for an unknown or old link.',
    args: { token: t.arg.string({ required: true }) },
    resolve: (_root, { token }, ctx) => hubOfToken(ctx.db, token),
  }),
  feedbackLinks: t.field({
    type: [FeedbackLink],
    description: 'The questionnaire links of the caller’s hubs (hub staff).',
    authScopes: { permission: 'referral.read' },
    args: { hubCodes: t.arg.stringList() },
    resolve: async (_root, args, ctx) => {
      const scope = scopeHubCodes(ctx.user!, 'referral.read', args.hubCodes);
      if (scope !== 'all' && scope.length === 0) return [];
      const query = ctx.db.select().from(feedbackLinks);
      return scope === 'all' ? query : query.where(inArray(feedbackLinks.hub, scope));
    },
  }),
}));

builder.mutationFields((t) => ({
  feedbackSubmit: t.field({
    type: FeedbackSubmitResult,
    description:
      'Counts one anonymous answer for the link’s hub in the current month. Open without a session.',
    args: {
      token: t.arg.string({ required: true }),
      answers: t.arg({ type: FeedbackAnswersInput, required: true }),
    },
    resolve: async (_root, { token, answers }, ctx) => {
      const hub = await hubOfToken(ctx.db, token);
      if (!hub || !submissions.allow(token)) return notFound(ctx.lang);
      const given = answers as FeedbackAnswers;
      const issues = feedbackIssues(given);
      if (issues.length > 0)
        return inputFailed(
          ctx.lang,
          issues.map((i) => ({ field: i.field, ...i.text })),
        );
      await ctx.db.insert(feedbackResponses).values({
        hub: hub.hub,
        month: new Date().toISOString().slice(0, 7),
        satisfaction: given.satisfaction ? Number(given.satisfaction) : null,
        clearInformation: given.clear_information || null,
        respectful: given.respectful || null,
        waiting: given.waiting || null,
        recommend: given.recommend || null,
      });
      return { kind: 'FeedbackThanks' as const, hubName: hub.hubName };
    },
  }),
  feedbackLinkRenew: t.field({
    type: FeedbackLinkResult,
    description:
      'Gives the hub a questionnaire link, or a new one: the old link stops working at once.',
    authScopes: { permission: 'referral.write' },
    args: { hub: t.arg.string({ required: true }) },
    resolve: async (_root, { hub }, ctx) => {
      if (!canOnHub(ctx.user!, 'referral.write', hub)) return forbidden(ctx.lang);
      const token = randomBytes(18).toString('base64url');
      const [row] = await ctx.db
        .insert(feedbackLinks)
        .values({ hub, token })
        .onConflictDoUpdate({ target: feedbackLinks.hub, set: { token, createdAt: new Date() } })
        .returning();
      await ctx.audit({ action: 'renew', entity: 'feedback_link', hub, detail: {} });
      return row!;
    },
  }),
}));
