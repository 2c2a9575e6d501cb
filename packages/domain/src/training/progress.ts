import type { Role } from '../auth/roles.ts';
import { listTrackItems, listTrackModules } from './catalog.ts';
import type { Track, TrainingItem } from './types.ts';

export type ItemStatus = 'not_started' | 'in_progress' | 'signoff_requested' | 'completed';

/** What is known of one person's item (from stored progress and auto-completion rules). */
export type ItemState = { status: ItemStatus; completedAt: Date | null };

const DAY_MS = 24 * 60 * 60 * 1000;

/** The date an item is due: start date plus the item's `dueDays`. */
export function computeDueDate({ item, startDate }: { item: TrainingItem; startDate: Date }): Date {
  return new Date(startDate.getTime() + item.dueDays * DAY_MS);
}

/** Whether an unfinished item is past its due date. */
export function isOverdue({
  item,
  state,
  startDate,
  now,
}: {
  item: TrainingItem;
  state: ItemState | undefined;
  startDate: Date;
  now: Date;
}): boolean {
  if (state?.status === 'completed') return false;
  return computeDueDate({ item, startDate }).getTime() < now.getTime();
}

export type ModuleSummary = { moduleId: string; total: number; completed: number };

export type TrackSummary = {
  total: number;
  completed: number;
  overdue: string[];
  /** The next unfinished item, in track order. */
  nextItemId: string | null;
  /** The date the last item was completed, when every item is. */
  completedAt: Date | null;
  modules: ModuleSummary[];
};

/** Sums up one person's progress through a track. */
export function summarizeTrack({
  track,
  states,
  startDate,
  now,
}: {
  track: Track;
  states: ReadonlyMap<string, ItemState>;
  startDate: Date;
  now: Date;
}): TrackSummary {
  const items = listTrackItems({ track });
  const done = (item: TrainingItem) => states.get(item.id)?.status === 'completed';
  const completed = items.filter(done);
  const modules = listTrackModules({ track }).map((module) => ({
    moduleId: module.id,
    total: module.items.length,
    completed: module.items.filter(done).length,
  }));
  let completedAt: Date | null = null;
  if (completed.length === items.length) {
    for (const item of items) {
      const at = states.get(item.id)?.completedAt;
      if (at && (!completedAt || at > completedAt)) completedAt = at;
    }
  }
  return {
    total: items.length,
    completed: completed.length,
    overdue: items
      .filter((item) => isOverdue({ item, state: states.get(item.id), startDate, now }))
      .map((item) => item.id),
    nextItemId: items.find((item) => !done(item))?.id ?? null,
    completedAt,
    modules,
  };
}

/**
 * Who may sign off a trainee's items: a coordinator who shares a hub with the trainee, or an
 * admin; never the trainee themself.
 */
export function canSignOff({
  signer,
  trainee,
}: {
  signer: { id: string; role: Role; hubCodes: readonly string[] };
  trainee: { id: string; hubCodes: readonly string[] };
}): boolean {
  if (signer.id === trainee.id) return false;
  if (signer.role === 'admin') return true;
  if (signer.role !== 'coordinator') return false;
  return trainee.hubCodes.some((hub) => signer.hubCodes.includes(hub));
}
