import { findTrack } from '@ventanilla/domain/training/index';
import { builder } from '../builder.ts';
import { loadTrackViews } from '../training/progress.ts';
import { selfTrainee, trackOf } from './training-people.ts';
import { TrainingProgress } from './training-types.ts';
import './training-steps.ts';
import './training-coaching.ts';

/**
 * Training (issue 3): the caller's own progress is read here; the types live in
 * training-types, the learner's writes in training-steps, and what coordinators do for their
 * team (follow, sign off, reset attempts) in training-coaching.
 */

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
}));
