import type { ObjectiveIndicator, SmartObjective } from './smart.ts';

/** Sums over distinct recorded activities (computed in SQL by the API). */
export type ReachTotals = {
  activities: number;
  estPeople: number;
  estWomen: number;
  estMinors: number;
};

export const emptyReach: ReachTotals = { activities: 0, estPeople: 0, estWomen: 0, estMinors: 0 };

export type ObjectiveProgress = {
  objectiveId: string;
  indicator: ObjectiveIndicator | '';
  target: number | null;
  /** null when the indicator is not one the activities measure ("other" or unset). */
  reached: number | null;
  /** reached / target, 0..n (not capped), or null. */
  share: number | null;
  reach: ReachTotals;
};

export type PlannedDone = { planned: number; done: number; share: number | null };

/** Planned activities vs those with at least one linked recorded activity. */
export function countPlannedDone({
  plannedIds,
  linkedCounts,
}: {
  plannedIds: readonly string[];
  linkedCounts: Readonly<Record<string, number>>;
}): PlannedDone {
  const planned = plannedIds.length;
  const done = plannedIds.filter((id) => (linkedCounts[id] ?? 0) > 0).length;
  return { planned, done, share: planned ? done / planned : null };
}

/**
 * Reach against each objective: the linked activities of the planned activities that serve it
 * (summed once per recorded activity) compared with the objective's target.
 */
export function computeObjectiveProgress({
  objectives,
  reachByObjective,
}: {
  objectives: readonly SmartObjective[];
  reachByObjective: Readonly<Record<string, ReachTotals>>;
}): ObjectiveProgress[] {
  return objectives.map((objective) => {
    const reach = reachByObjective[objective.id] ?? emptyReach;
    const reached =
      objective.indicator === 'people'
        ? reach.estPeople
        : objective.indicator === 'women'
          ? reach.estWomen
          : objective.indicator === 'minors'
            ? reach.estMinors
            : objective.indicator === 'activities'
              ? reach.activities
              : null;
    const share =
      reached !== null && objective.target && objective.target > 0
        ? reached / objective.target
        : null;
    return {
      objectiveId: objective.id,
      indicator: objective.indicator,
      target: objective.target,
      reached,
      share,
      reach,
    };
  });
}
