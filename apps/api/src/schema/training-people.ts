import { GraphQLError } from 'graphql';
import {
  findItem,
  trackForRole,
  trainingTracks,
  type Track,
} from '@ventanilla/domain/training/index';
import { translate } from '../auth/messages.ts';
import type { Context } from '../context.ts';
import { loadTrackViews, loadTrainees, type ItemView, type Trainee } from '../training/progress.ts';
import { inputFailed } from './results.ts';

/** Who a training request is about: the caller as a trainee, their track and item views. */

export function trackOf(trainee: Trainee): Track {
  return trackForRole({ role: trainee.role });
}

/** The caller as a trainee (any role may follow a track). */
export async function selfTrainee(ctx: Context): Promise<Trainee> {
  const [found] = await loadTrainees({ db: ctx.db, where: { ids: [ctx.user!.id] } });
  if (!found) throw new GraphQLError(translate(ctx.lang, 'unauthenticated'));
  return found;
}

/** The caller's view of one item after a write: in their own track, else the first track that holds it. */
export async function itemViewOf(
  ctx: Context,
  trainee: Trainee,
  itemId: string,
): Promise<ItemView> {
  const moduleId = findItem({ id: itemId })!.module.id;
  const own = trackOf(trainee);
  const track = own.moduleIds.includes(moduleId)
    ? own
    : trainingTracks.find((candidate) => candidate.moduleIds.includes(moduleId))!;
  const [view] = await loadTrackViews({ db: ctx.db, trainees: [trainee], trackFor: () => track });
  return view!.items.find((item) => item.itemId === itemId)!;
}

export const problem = (ctx: Context, field: string, en: string, es: string) =>
  inputFailed(ctx.lang, [{ field, en, es }]);
