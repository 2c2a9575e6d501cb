import { trackForRole, type Track } from '@ventanilla/domain/training/index';
import type { Role } from '@ventanilla/domain';

/**
 * When the clock of a person's deadlines starts on a track. Their own role's track runs from
 * the day their account was made; a track they open by choice (the community advisors' induction
 * that an officer takes to accompany the advisors) runs from their first step in it, and until
 * that step from now: nothing in it is overdue before they begin.
 */
export function trackStartDate({
  role,
  startedAt,
  track,
  activity,
  now,
}: {
  role: Role;
  startedAt: Date;
  track: Track;
  /** Times of the person's steps and attempts on this track's items. */
  activity: readonly Date[];
  now: Date;
}): Date {
  if (trackForRole({ role }).id === track.id) return startedAt;
  const first = Math.min(...activity.map((at) => at.getTime()));
  return Number.isFinite(first) ? new Date(first) : now;
}
