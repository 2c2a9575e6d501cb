import { mcaActions, mcaCheckIns, mcaLetters } from '../db/schema/index.ts';
import { builder } from '../builder.ts';
import { canOnHub } from '../auth/access.ts';
import type { Context } from '../context.ts';
import {
  actionIssues,
  checkInIssues,
  letterIssues,
  textOrNull,
  type InputIssue,
} from '../mca/input.ts';
import {
  McaCheckInChannelEnum,
  McaInterventionTypeEnum,
  McaResult,
  findMca,
  type McaRow,
} from './mca-types.ts';
import { forbidden, inputFailed, notFound } from './results.ts';

/**
 * What the hub records about an MCA over time: check-ins, letters of commitment and the MCA's
 * actions. Each is a new row (nothing here edits history), audited without what was written, and
 * answered with the MCA as it now stands.
 */
async function recordFor(
  ctx: Context,
  mcaId: string,
  issues: InputIssue[],
  write: (
    tx: Parameters<Parameters<Context['db']['transaction']>[0]>[0],
    mca: McaRow,
  ) => Promise<{ action: string; detail: Record<string, unknown> }>,
) {
  const mca = await findMca(ctx, mcaId);
  if (!mca) return notFound(ctx.lang);
  if (!canOnHub(ctx.user!, 'mca.write', mca.hub)) return forbidden(ctx.lang);
  if (issues.length > 0) return inputFailed(ctx.lang, issues);
  await ctx.db.transaction(async (tx) => {
    const audit = await write(tx, mca);
    await ctx.audit({ ...audit, entity: 'mca', entityId: mca.id, hub: mca.hub }, tx);
  });
  return (await findMca(ctx, mcaId)) ?? notFound(ctx.lang);
}

const McaActionInput = builder.inputType('McaActionInput', {
  fields: (t) => ({
    on: t.string({ required: true, description: 'YYYY-MM-DD' }),
    place: t.string({ required: true }),
    situation: t.string(),
    intervention: t.string({ description: 'What the MCA said or did' }),
    minutes: t.int({ description: 'Time used, in minutes' }),
    type: t.field({ type: McaInterventionTypeEnum, required: true }),
    followUp: t.string(),
  }),
});

builder.mutationFields((t) => ({
  mcaCheckInRecord: t.field({
    type: McaResult,
    description: 'Records a check-in of the hub with an MCA (due every 8 to 10 days).',
    authScopes: { permission: 'mca.write' },
    args: {
      mcaId: t.arg.id({ required: true }),
      on: t.arg.string({ required: true, description: 'YYYY-MM-DD' }),
      channel: t.arg({ type: McaCheckInChannelEnum, required: true }),
      note: t.arg.string({ description: 'A short note (at most 500 characters)' }),
    },
    resolve: (_root, args, ctx) =>
      recordFor(ctx, String(args.mcaId), checkInIssues(args), async (tx, mca) => {
        await tx.insert(mcaCheckIns).values({
          mcaId: mca.id,
          on: args.on,
          channel: args.channel,
          note: textOrNull(args.note),
          createdBy: ctx.user!.id,
        });
        return { action: 'check_in', detail: { on: args.on, channel: args.channel } };
      }),
  }),
  mcaLetterRecord: t.field({
    type: McaResult,
    description:
      'Records a letter of commitment signed by an MCA, for a set period (`until`) or open-ended; a renewal is a new letter.',
    authScopes: { permission: 'mca.write' },
    args: {
      mcaId: t.arg.id({ required: true }),
      signedOn: t.arg.string({ required: true, description: 'YYYY-MM-DD' }),
      until: t.arg.string({ description: 'YYYY-MM-DD; empty for an open-ended letter' }),
    },
    resolve: (_root, args, ctx) =>
      recordFor(ctx, String(args.mcaId), letterIssues(args), async (tx, mca) => {
        const until = args.until || null;
        await tx
          .insert(mcaLetters)
          .values({ mcaId: mca.id, signedOn: args.signedOn, until, createdBy: ctx.user!.id });
        return { action: 'letter', detail: { signedOn: args.signedOn, until } };
      }),
  }),
  mcaActionRecord: t.field({
    type: McaResult,
    description:
      'Registers an action of an MCA: date, place, situation, intervention, time used, type and follow-up.',
    authScopes: { permission: 'mca.write' },
    args: {
      mcaId: t.arg.id({ required: true }),
      input: t.arg({ type: McaActionInput, required: true }),
    },
    resolve: (_root, { mcaId, input }, ctx) =>
      recordFor(ctx, String(mcaId), actionIssues(input), async (tx, mca) => {
        await tx.insert(mcaActions).values({
          mcaId: mca.id,
          on: input.on,
          place: input.place.trim(),
          situation: textOrNull(input.situation),
          intervention: textOrNull(input.intervention),
          minutes: input.minutes ?? null,
          type: input.type,
          followUp: textOrNull(input.followUp),
          createdBy: ctx.user!.id,
        });
        // The type and time used are codes and numbers; place and texts stay out of the audit.
        return {
          action: 'mca_action',
          detail: { on: input.on, type: input.type, minutes: input.minutes ?? null },
        };
      }),
  }),
}));
