import { and, eq } from 'drizzle-orm';
import {
  findItem,
  findScenario,
  gradeKnowledgeCheck,
  walkScenario,
} from '@ventanilla/domain/training/index';
import { answersOf } from '@ventanilla/domain/training/answers';
import { builder } from '../builder.ts';
import { trainingAttempts } from '../db/schema/index.ts';
import { lockProgress, readProgressRow, upsertProgress } from '../training/write.ts';
import { notFound } from './results.ts';
import { itemViewOf, problem, selfTrainee } from './training-people.ts';
import { TrainingAnswerInput, TrainingCheckResult, TrainingItemResult } from './training-types.ts';

/** A learner's own steps: read a page, take a check, finish a scenario, ask for sign-off, file a certificate. */

builder.mutationFields((t) => ({
  trainingCompleteItem: t.field({
    type: TrainingItemResult,
    description: 'Marks a guide page (read item) as read.',
    authScopes: { authenticated: true },
    args: { itemId: t.arg.string({ required: true }) },
    resolve: async (_root, { itemId }, ctx) => {
      const found = findItem({ id: itemId });
      if (!found) return notFound(ctx.lang);
      if (found.item.type !== 'read' || found.item.autoComplete)
        return problem(
          ctx,
          'itemId',
          'This item is completed in another way.',
          'Este paso se completa de otra manera.',
        );
      const trainee = await selfTrainee(ctx);
      await ctx.db.transaction(async (tx) => {
        const row = await readProgressRow({ db: tx, userId: trainee.id, itemId });
        if (row?.status === 'completed') return;
        await upsertProgress({
          db: tx,
          userId: trainee.id,
          itemId,
          values: { status: 'completed', completedAt: new Date() },
        });
        await ctx.audit({ action: 'complete', entity: 'training_item', entityId: itemId }, tx);
      });
      return itemViewOf(ctx, trainee, itemId);
    },
  }),
  trainingSubmitCheck: t.field({
    type: TrainingCheckResult,
    description: 'Submits answers to a knowledge check; graded here, every attempt recorded.',
    authScopes: { authenticated: true },
    args: {
      itemId: t.arg.string({ required: true }),
      answers: t.arg({ type: [TrainingAnswerInput], required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const found = findItem({ id: args.itemId });
      if (!found || found.item.type !== 'quiz') return notFound(ctx.lang);
      const { check } = found.item;
      const trainee = await selfTrainee(ctx);
      const answers = Object.fromEntries(
        args.answers.map((a) => [a.questionId, a.optionIds.slice(0, 20)]),
      );
      // A blank or half-filled form is a slip, not an attempt: the limit is for real tries.
      const unanswered = check.questions.filter(
        (q) => !answers[q.id]?.some((id) => q.options.some((o) => o.id === id)),
      );
      if (unanswered.length)
        return problem(
          ctx,
          'answers',
          'Answer every question before sending; no attempt was used.',
          'Responda todas las preguntas antes de enviar; no se usó ningún intento.',
        );
      const outcome = await ctx.db.transaction(async (tx) => {
        await lockProgress({ db: tx, userId: trainee.id, itemId: args.itemId });
        const row = await readProgressRow({ db: tx, userId: trainee.id, itemId: args.itemId });
        if (row?.status === 'completed') return 'passed' as const;
        const previous = await tx
          .select({ id: trainingAttempts.id })
          .from(trainingAttempts)
          .where(
            and(
              eq(trainingAttempts.userId, trainee.id),
              eq(trainingAttempts.itemId, args.itemId),
              eq(trainingAttempts.voided, false),
            ),
          );
        if (previous.length >= check.maxAttempts) return 'exhausted' as const;
        const grade = gradeKnowledgeCheck({
          check,
          key: answersOf({ itemId: args.itemId }),
          answers,
        });
        await tx.insert(trainingAttempts).values({
          userId: trainee.id,
          itemId: args.itemId,
          score: grade.score,
          passed: grade.passed,
          answers,
        });
        await upsertProgress({
          db: tx,
          userId: trainee.id,
          itemId: args.itemId,
          values: grade.passed
            ? { status: 'completed', completedAt: new Date() }
            : { status: 'in_progress' },
        });
        await ctx.audit(
          {
            action: 'attempt',
            entity: 'training_item',
            entityId: args.itemId,
            detail: { score: grade.score, passed: grade.passed },
          },
          tx,
        );
        return grade;
      });
      if (outcome === 'passed')
        return problem(ctx, 'itemId', 'You already passed this check.', 'Ya aprobó este repaso.');
      if (outcome === 'exhausted')
        return problem(
          ctx,
          'itemId',
          'No attempts left: ask your coordinator to reset them.',
          'No le quedan intentos: pida a su coordinación que los reinicie.',
        );
      const progress = await itemViewOf(ctx, trainee, args.itemId);
      return { kind: 'TrainingCheckGraded' as const, ...outcome, progress };
    },
  }),
  trainingFinishScenario: t.field({
    type: TrainingItemResult,
    description: 'Completes a scenario item with the path of choices that reached an ending.',
    authScopes: { authenticated: true },
    args: {
      itemId: t.arg.string({ required: true }),
      path: t.arg.stringList({ required: true }),
    },
    resolve: async (_root, { itemId, path }, ctx) => {
      const found = findItem({ id: itemId });
      if (!found || found.item.type !== 'scenario') return notFound(ctx.lang);
      const scenario = findScenario({ id: found.item.scenarioId })!;
      const walk = walkScenario({ scenario, path: path.slice(0, 100) });
      if (!walk.valid || !walk.finished)
        return problem(
          ctx,
          'path',
          'Reach the end of the scenario first.',
          'Llegue primero al final del caso.',
        );
      const trainee = await selfTrainee(ctx);
      await ctx.db.transaction(async (tx) => {
        const row = await readProgressRow({ db: tx, userId: trainee.id, itemId });
        if (row?.status === 'completed') return;
        await upsertProgress({
          db: tx,
          userId: trainee.id,
          itemId,
          values: { status: 'completed', completedAt: new Date() },
        });
        await ctx.audit(
          {
            action: 'complete',
            entity: 'training_item',
            entityId: itemId,
            detail: { steps: walk.steps.length },
          },
          tx,
        );
      });
      return itemViewOf(ctx, trainee, itemId);
    },
  }),
  trainingRequestSignoff: t.field({
    type: TrainingItemResult,
    description: 'Asks the coordinator to sign off a supervised item.',
    authScopes: { authenticated: true },
    args: { itemId: t.arg.string({ required: true }) },
    resolve: async (_root, { itemId }, ctx) => {
      const found = findItem({ id: itemId });
      if (!found || found.item.type !== 'signoff') return notFound(ctx.lang);
      const trainee = await selfTrainee(ctx);
      await ctx.db.transaction(async (tx) => {
        const row = await readProgressRow({ db: tx, userId: trainee.id, itemId });
        if (row?.status === 'completed') return;
        await upsertProgress({
          db: tx,
          userId: trainee.id,
          itemId,
          values: { status: 'signoff_requested', signoffRequestedAt: new Date() },
        });
        await ctx.audit(
          { action: 'request_signoff', entity: 'training_item', entityId: itemId },
          tx,
        );
      });
      return itemViewOf(ctx, trainee, itemId);
    },
  }),
  trainingRecordCertificate: t.field({
    type: TrainingItemResult,
    description: 'Records the certificate reference of an external course (e.g. IOM E-Campus).',
    authScopes: { authenticated: true },
    args: {
      itemId: t.arg.string({ required: true }),
      reference: t.arg.string({ required: true }),
    },
    resolve: async (_root, { itemId, reference }, ctx) => {
      const found = findItem({ id: itemId });
      if (!found || found.item.type !== 'external') return notFound(ctx.lang);
      const text = reference.trim();
      if (!text || text.length > 200)
        return problem(
          ctx,
          'reference',
          'Write the certificate reference (at most 200 characters).',
          'Escriba la referencia del certificado (200 caracteres como máximo).',
        );
      const trainee = await selfTrainee(ctx);
      await ctx.db.transaction(async (tx) => {
        await upsertProgress({
          db: tx,
          userId: trainee.id,
          itemId,
          values: { status: 'completed', completedAt: new Date(), evidence: text },
        });
        await ctx.audit({ action: 'complete', entity: 'training_item', entityId: itemId }, tx);
      });
      return itemViewOf(ctx, trainee, itemId);
    },
  }),
}));
