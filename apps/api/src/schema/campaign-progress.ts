import {
  computeObjectiveProgress,
  countPlannedDone,
  type ReachTotals,
} from '@ventanilla/domain/strategy/index';
import { builder } from '../builder.ts';
import { loadReach, type CampaignRow } from '../campaigns/store.ts';
import type { Context } from '../context.ts';

const Reach = builder.objectRef<ReachTotals>('CampaignReach').implement({
  description:
    'Sums over distinct linked recorded activities of the campaign’s hub (FORM.md §8.2 estimates, unrounded).',
  fields: (t) => ({
    activities: t.exposeInt('activities'),
    estPeople: t.exposeFloat('estPeople'),
    estWomen: t.exposeFloat('estWomen'),
    estMinors: t.exposeFloat('estMinors'),
  }),
});

type ObjectiveReachShape = ReturnType<typeof computeObjectiveProgress>[number];
const ObjectiveReach = builder.objectRef<ObjectiveReachShape>('CampaignObjectiveReach').implement({
  fields: (t) => ({
    objectiveId: t.exposeString('objectiveId'),
    indicator: t.exposeString('indicator'),
    target: t.exposeInt('target', { nullable: true }),
    reached: t.exposeFloat('reached', {
      nullable: true,
      description: 'Null when the objective’s measure is not one activities record',
    }),
    share: t.exposeFloat('share', { nullable: true, description: 'reached / target' }),
    reach: t.field({ type: Reach, resolve: (o) => o.reach }),
  }),
});

const PlannedReach = builder
  .objectRef<{ plannedId: string; reach: ReachTotals }>('CampaignPlannedReach')
  .implement({
    fields: (t) => ({
      plannedId: t.exposeString('plannedId'),
      reach: t.field({ type: Reach, resolve: (p) => p.reach }),
    }),
  });

type ProgressShape = {
  planned: number;
  done: number;
  total: ReachTotals;
  objectives: ObjectiveReachShape[];
  plannedActivities: { plannedId: string; reach: ReachTotals }[];
};
export const CampaignProgress = builder.objectRef<ProgressShape>('CampaignProgress').implement({
  description: 'Planned vs done: planned activities with at least one linked recorded activity.',
  fields: (t) => ({
    planned: t.exposeInt('planned'),
    done: t.exposeInt('done'),
    total: t.field({ type: Reach, resolve: (p) => p.total }),
    objectives: t.field({ type: [ObjectiveReach], resolve: (p) => p.objectives }),
    plannedActivities: t.field({ type: [PlannedReach], resolve: (p) => p.plannedActivities }),
  }),
});

const empty: ReachTotals = { activities: 0, estPeople: 0, estWomen: 0, estMinors: 0 };

/** Planned vs done and reach of a campaign, from its links to recorded activities. */
export async function computeCampaignProgress(
  ctx: Context,
  row: CampaignRow,
): Promise<ProgressShape> {
  const reach = await loadReach(ctx.db, row);
  const plannedIds = row.document.activities.map((a) => a.id);
  const counts = Object.fromEntries(
    Object.entries(reach.byPlanned).map(([k, v]) => [k, v.activities]),
  );
  const { planned, done } = countPlannedDone({ plannedIds, linkedCounts: counts });
  return {
    planned,
    done,
    total: reach.total,
    objectives: computeObjectiveProgress({
      objectives: row.document.objectives,
      reachByObjective: reach.byObjective,
    }),
    plannedActivities: plannedIds.map((plannedId) => ({
      plannedId,
      reach: reach.byPlanned[plannedId] ?? empty,
    })),
  };
}
