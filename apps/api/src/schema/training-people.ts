import { GraphQLError } from 'graphql';
import { findItem, findTrack, trackForRole, type Track } from '@ventanilla/domain/training/index';
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

/** The caller's view of one item after a write (in their default track or the item's). */
export async function itemViewOf(
  ctx: Context,
  trainee: Trainee,
  itemId: string,
): Promise<ItemView> {
  const own = trackOf(trainee);
  const track = own.moduleIds.includes(findItem({ id: itemId })!.module.id)
    ? own
    : findTrack({ id: 'mrc_staff' })!.moduleIds.includes(findItem({ id: itemId })!.module.id)
      ? findTrack({ id: 'mrc_staff' })!
      : findTrack({ id: 'coordinator' })!;
  const [view] = await loadTrackViews({ db: ctx.db, trainees: [trainee], trackFor: () => track });
  return view!.items.find((item) => item.itemId === itemId)!;
}

export const problem = (ctx: Context, field: string, en: string, es: string) =>
  inputFailed(ctx.lang, [{ field, en, es }]);
