import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { canSignOff, findItem } from '@ventanilla/domain/training/index';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { trainingAttempts, trainingProgress } from '../db/schema/index.ts';
import { loadTrackViews, loadTrainees, type ItemView, type Trainee } from '../training/progress.ts';
import { upsertProgress } from '../training/write.ts';
import { readId } from './input/ids.ts';
import { forbidden, notFound } from './results.ts';
import { itemViewOf, trackOf } from './training-people.ts';
import { TrainingItemResult, TrainingProgress, TrainingSignoffRequest } from './training-types.ts';

/** Coaching: coordinators and admins follow their team, sign items off and reset attempts. */

const isStaff = (ctx: Context) => ctx.user?.role === 'coordinator' || ctx.user?.role === 'admin';

/** Team members the caller may follow: a coordinator's hubs' staff, or all staff for admins. */
async function loadTeam(ctx: Context, hubCodes?: readonly string[] | null): Promise<Trainee[]> {
  const user = ctx.user!;
  let hubs: string[] | 'all' = user.role === 'admin' ? 'all' : user.hubCodes;
  if (hubCodes && hubCodes.length > 0)
    hubs = hubs === 'all' ? [...hubCodes] : hubs.filter((h) => hubCodes.includes(h));
  return loadTrainees({ db: ctx.db, where: { hubCodes: hubs, excludeId: user.id } });
}

builder.queryFields((t) => ({
  teamTraining: t.field({
    type: [TrainingProgress],
    description:
      'Progress of the staff of the caller’s hubs (coordinators) or of all staff (admins).',
    authScopes: (_root, _args, ctx) => isStaff(ctx),
    args: { hubCodes: t.arg.stringList() },
    resolve: async (_root, args, ctx) => {
      const team = await loadTeam(ctx, args.hubCodes);
      await ctx.audit({
        action: 'list',
        entity: 'training_progress',
        detail: { count: team.length },
      });
      return loadTrackViews({ db: ctx.db, trainees: team, trackFor: trackOf });
    },
  }),
  trainingSignoffQueue: t.field({
    type: [TrainingSignoffRequest],
    description: 'Sign-off requests waiting for the caller (their team’s, oldest first).',
    authScopes: (_root, _args, ctx) => isStaff(ctx),
    resolve: async (_root, _args, ctx) => {
      const team = await loadTeam(ctx);
      if (team.length === 0) return [];
      const requests = await ctx.db
        .select()
        .from(trainingProgress)
        .where(
          and(
            eq(trainingProgress.status, 'signoff_requested'),
            isNotNull(trainingProgress.signoffRequestedAt),
            inArray(
              trainingProgress.userId,
              team.map((p) => p.id),
            ),
          ),
        )
        .orderBy(asc(trainingProgress.signoffRequestedAt));
      return requests.flatMap((row) => {
        const person = team.find((p) => p.id === row.userId)!;
        if (!canSignOff({ signer: ctx.user!, trainee: person }) || !findItem({ id: row.itemId }))
          return [];
        const item = {
          itemId: row.itemId,
          signoffRequestedAt: row.signoffRequestedAt,
        } as ItemView;
        return [{ person, item }];
      });
    },
  }),
}));

builder.mutationFields((t) => ({
  trainingSignOff: t.field({
    type: TrainingItemResult,
    description:
      'Signs off a supervised item of a team member (coordinators of their hubs, admins).',
    authScopes: (_root, _args, ctx) => isStaff(ctx),
    args: {
      userId: t.arg.id({ required: true }),
      itemId: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const found = findItem({ id: args.itemId });
      if (!found || found.item.type !== 'signoff') return notFound(ctx.lang);
      const uuid = readId(args.userId);
      const [trainee] = uuid ? await loadTrainees({ db: ctx.db, where: { ids: [uuid] } }) : [];
      if (!trainee) return notFound(ctx.lang);
      if (!canSignOff({ signer: ctx.user!, trainee })) return forbidden(ctx.lang);
      await ctx.db.transaction(async (tx) => {
        const now = new Date();
        await upsertProgress({
          db: tx,
          userId: trainee.id,
          itemId: args.itemId,
          values: {
            status: 'completed',
            completedAt: now,
            signedOffBy: ctx.user!.id,
            signedOffAt: now,
          },
        });
        await ctx.audit(
          {
            action: 'sign_off',
            entity: 'training_item',
            entityId: args.itemId,
            detail: { userId: trainee.id },
          },
          tx,
        );
      });
      return itemViewOf(ctx, trainee, args.itemId);
    },
  }),
  trainingResetAttempts: t.field({
    type: TrainingItemResult,
    description: 'Gives a team member fresh attempts at a knowledge check.',
    authScopes: (_root, _args, ctx) => isStaff(ctx),
    args: {
      userId: t.arg.id({ required: true }),
      itemId: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const found = findItem({ id: args.itemId });
      if (!found || found.item.type !== 'quiz') return notFound(ctx.lang);
      const uuid = readId(args.userId);
      const [trainee] = uuid ? await loadTrainees({ db: ctx.db, where: { ids: [uuid] } }) : [];
      if (!trainee) return notFound(ctx.lang);
      if (!canSignOff({ signer: ctx.user!, trainee })) return forbidden(ctx.lang);
      await ctx.db.transaction(async (tx) => {
        await tx
          .update(trainingAttempts)
          .set({ voided: true })
          .where(
            and(eq(trainingAttempts.userId, trainee.id), eq(trainingAttempts.itemId, args.itemId)),
          );
        await ctx.audit(
          {
            action: 'reset_attempts',
            entity: 'training_item',
            entityId: args.itemId,
            detail: { userId: trainee.id },
          },
          tx,
        );
      });
      return itemViewOf(ctx, trainee, args.itemId);
    },
  }),
}));
