import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import {
  canSignOff,
  findItem,
  findScenario,
  findTrack,
  gradeKnowledgeCheck,
  trackForRole,
  walkScenario,
  type Track,
} from '@ventanilla/domain/training/index';
import { builder } from '../builder.ts';
import { translate } from '../auth/messages.ts';
import type { Context } from '../context.ts';
import { trainingAttempts, trainingProgress } from '../db/schema/index.ts';
import {
  loadTrackViews,
  loadTrainees,
  type AttemptView,
  type ItemView,
  type Trainee,
  type TrackView,
} from '../training/progress.ts';
import { lockProgress, readProgressRow, upsertProgress } from '../training/write.ts';
import {
  Forbidden,
  NotFound,
  ValidationFailed,
  forbidden,
  inputFailed,
  notFound,
  resolveKind,
} from './results.ts';
import { readId } from './input/ids.ts';

const TrainingItemStatus = builder.enumType('TrainingItemStatus', {
  values: {
    NOT_STARTED: { value: 'not_started' },
    IN_PROGRESS: { value: 'in_progress' },
    SIGNOFF_REQUESTED: { value: 'signoff_requested' },
    COMPLETED: { value: 'completed' },
  } as const,
});

const TrainingAttempt = builder.objectRef<AttemptView>('TrainingAttempt').implement({
  description: 'One graded attempt at a knowledge check.',
  fields: (t) => ({
    score: t.exposeFloat('score', { description: 'Share of questions right, 0–1' }),
    passed: t.exposeBoolean('passed'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const TrainingItemProgress = builder.objectRef<ItemView>('TrainingItemProgress').implement({
  description:
    'One person’s state of one checklist item (ids and texts in packages/domain/src/training).',
  fields: (t) => ({
    itemId: t.exposeString('itemId'),
    moduleId: t.exposeString('moduleId'),
    type: t.exposeString('type', { description: 'read | quiz | scenario | signoff | external' }),
    status: t.field({ type: TrainingItemStatus, resolve: (v) => v.status }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
    dueAt: t.expose('dueAt', { type: 'DateTime' }),
    overdue: t.exposeBoolean('overdue'),
    evidence: t.exposeString('evidence', {
      nullable: true,
      description: 'Case or activity id, hub code of the directory, or certificate reference',
    }),
    evidenceKind: t.exposeString('evidenceKind', {
      nullable: true,
      description: 'case | activity | directory | certificate',
    }),
    autoComplete: t.exposeString('autoComplete', { nullable: true }),
    signoffRequestedAt: t.expose('signoffRequestedAt', { type: 'DateTime', nullable: true }),
    signedOffAt: t.expose('signedOffAt', { type: 'DateTime', nullable: true }),
    signedOffByName: t.exposeString('signedOffByName', { nullable: true }),
    attempts: t.field({ type: [TrainingAttempt], resolve: (v) => v.attempts }),
    attemptsLeft: t.exposeInt('attemptsLeft', { nullable: true }),
  }),
});

const TrainingPerson = builder.objectRef<Trainee>('TrainingPerson').implement({
  description: 'A staff member in training.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    email: t.exposeString('email'),
    role: t.string({ resolve: (v) => v.role }),
    hubCodes: t.exposeStringList('hubCodes'),
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
  }),
});

const TrainingModuleProgress = builder
  .objectRef<TrackView['modules'][number]>('TrainingModuleProgress')
  .implement({
    fields: (t) => ({
      moduleId: t.exposeString('moduleId'),
      total: t.exposeInt('total'),
      completed: t.exposeInt('completed'),
    }),
  });

const TrainingProgress = builder.objectRef<TrackView>('TrainingProgress').implement({
  description: 'One person’s progress through a track.',
  fields: (t) => ({
    person: t.field({ type: TrainingPerson, resolve: (v) => v.trainee }),
    track: t.string({ resolve: (v) => v.track.id }),
    total: t.exposeInt('total'),
    completed: t.exposeInt('completed'),
    completedAt: t.expose('completedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the last item was completed, once all are',
    }),
    nextItemId: t.exposeString('nextItemId', { nullable: true }),
    overdue: t.exposeStringList('overdue'),
    modules: t.field({ type: [TrainingModuleProgress], resolve: (v) => v.modules }),
    items: t.field({ type: [TrainingItemProgress], resolve: (v) => v.items }),
  }),
});

type SignoffRequest = { person: Trainee; item: ItemView };
const TrainingSignoffRequest = builder
  .objectRef<SignoffRequest>('TrainingSignoffRequest')
  .implement({
    fields: (t) => ({
      person: t.field({ type: TrainingPerson, resolve: (v) => v.person }),
      itemId: t.string({ resolve: (v) => v.item.itemId }),
      requestedAt: t.field({
        type: 'DateTime',
        resolve: (v) => v.item.signoffRequestedAt ?? new Date(),
      }),
    }),
  });

const TrainingItemResult = builder.unionType('TrainingItemResult', {
  types: [TrainingItemProgress, ValidationFailed, NotFound, Forbidden],
  resolveType: resolveKind('TrainingItemProgress'),
});

type QuestionResultShape = {
  questionId: string;
  correct: boolean;
  correctOptions: string[];
  chosen: string[];
};
const TrainingQuestionResult = builder
  .objectRef<QuestionResultShape>('TrainingQuestionResult')
  .implement({
    fields: (t) => ({
      questionId: t.exposeString('questionId'),
      correct: t.exposeBoolean('correct'),
      correctOptions: t.exposeStringList('correctOptions'),
      chosen: t.exposeStringList('chosen'),
    }),
  });

type CheckGraded = {
  kind: 'TrainingCheckGraded';
  score: number;
  passed: boolean;
  correctCount: number;
  total: number;
  results: QuestionResultShape[];
  progress: ItemView;
};
const TrainingCheckGraded = builder.objectRef<CheckGraded>('TrainingCheckGraded').implement({
  description: 'A graded knowledge-check attempt, with the right answers to show explanations.',
  fields: (t) => ({
    score: t.exposeFloat('score'),
    passed: t.exposeBoolean('passed'),
    correctCount: t.exposeInt('correctCount'),
    total: t.exposeInt('total'),
    results: t.field({ type: [TrainingQuestionResult], resolve: (v) => v.results }),
    progress: t.field({ type: TrainingItemProgress, resolve: (v) => v.progress }),
  }),
});

const TrainingCheckResult = builder.unionType('TrainingCheckResult', {
  types: [TrainingCheckGraded, ValidationFailed, NotFound],
  resolveType: resolveKind('TrainingCheckGraded'),
});

const TrainingAnswerInput = builder.inputType('TrainingAnswerInput', {
  fields: (t) => ({
    questionId: t.string({ required: true }),
    optionIds: t.stringList({ required: true }),
  }),
});

const isStaff = (ctx: Context) => ctx.user?.role === 'coordinator' || ctx.user?.role === 'admin';

function trackOf(trainee: Trainee): Track {
  return trackForRole({ role: trainee.role });
}

/** The caller as a trainee (any role may follow a track). */
async function selfTrainee(ctx: Context): Promise<Trainee> {
  const [found] = await loadTrainees({ db: ctx.db, where: { ids: [ctx.user!.id] } });
  if (!found) throw new GraphQLError(translate(ctx.lang, 'unauthenticated'));
  return found;
}

/** The caller's view of one item after a write (in their default track or the item's). */
async function itemViewOf(ctx: Context, trainee: Trainee, itemId: string): Promise<ItemView> {
  const own = trackOf(trainee);
  const track = own.moduleIds.includes(findItem({ id: itemId })!.module.id)
    ? own
    : findTrack({ id: 'mrc_staff' })!.moduleIds.includes(findItem({ id: itemId })!.module.id)
      ? findTrack({ id: 'mrc_staff' })!
      : findTrack({ id: 'coordinator' })!;
  const [view] = await loadTrackViews({ db: ctx.db, trainees: [trainee], trackFor: () => track });
  return view!.items.find((item) => item.itemId === itemId)!;
}

const problem = (ctx: Context, field: string, en: string, es: string) =>
  inputFailed(ctx.lang, [{ field, en, es }]);

/** Team members the caller may follow: a coordinator's hubs' staff, or all staff for admins. */
async function loadTeam(ctx: Context, hubCodes?: readonly string[] | null): Promise<Trainee[]> {
  const user = ctx.user!;
  let hubs: string[] | 'all' = user.role === 'admin' ? 'all' : user.hubCodes;
  if (hubCodes && hubCodes.length > 0)
    hubs = hubs === 'all' ? [...hubCodes] : hubs.filter((h) => hubCodes.includes(h));
  return loadTrainees({ db: ctx.db, where: { hubCodes: hubs, excludeId: user.id } });
}

builder.queryFields((t) => ({
  myTraining: t.field({
    type: TrainingProgress,
    description: 'The caller’s progress through their track (or another track by id).',
    authScopes: { authenticated: true },
    args: { track: t.arg.string({ description: 'hub_officer | coordinator | mrc_staff' }) },
    resolve: async (_root, args, ctx) => {
      const trainee = await selfTrainee(ctx);
      const track = (args.track && findTrack({ id: args.track })) || trackOf(trainee);
      const [view] = await loadTrackViews({
        db: ctx.db,
        trainees: [trainee],
        trackFor: () => track,
      });
      return view!;
    },
  }),
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
        const grade = gradeKnowledgeCheck({ check, answers });
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
