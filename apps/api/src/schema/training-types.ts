import { builder } from '../builder.ts';
import type { AttemptView, ItemView, Trainee, TrackView } from '../training/progress.ts';
import { Forbidden, NotFound, ValidationFailed, resolveKind } from './results.ts';

/** The training GraphQL types: a person's progress, sign-off requests and graded checks. */

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

export const TrainingProgress = builder.objectRef<TrackView>('TrainingProgress').implement({
  description: 'One person’s progress through a track.',
  fields: (t) => ({
    person: t.field({ type: TrainingPerson, resolve: (v) => v.trainee }),
    track: t.string({ resolve: (v) => v.track.id }),
    startedAt: t.expose('startedAt', {
      type: 'DateTime',
      description:
        'When this track’s deadlines started: the account’s start on the role’s own track, the first step on a track opened by choice',
    }),
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
export const TrainingSignoffRequest = builder
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

export const TrainingItemResult = builder.unionType('TrainingItemResult', {
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

export const TrainingCheckResult = builder.unionType('TrainingCheckResult', {
  types: [TrainingCheckGraded, ValidationFailed, NotFound],
  resolveType: resolveKind('TrainingCheckGraded'),
});

export const TrainingAnswerInput = builder.inputType('TrainingAnswerInput', {
  fields: (t) => ({
    questionId: t.string({ required: true }),
    optionIds: t.stringList({ required: true }),
  }),
});
