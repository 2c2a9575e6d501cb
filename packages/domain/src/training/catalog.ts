import type { Role } from '../auth/roles.ts';
import { trainingModules, trainingTracks } from './curriculum.ts';
import type {
  AutoRule,
  ScenarioItem,
  Track,
  TrackId,
  TrainingItem,
  TrainingModule,
} from './types.ts';

/** Directory sectors a hub needs for the `directory_sectors` item (Table 1 referral places). */
export const requiredDirectorySectors = [
  'child_protection',
  'refugee_status',
  'anti_trafficking',
] as const;

/** All auto-completion rules, for the API to evaluate. */
export const autoRules: readonly AutoRule[] = [
  'first_case',
  'first_activity',
  'directory_sectors',
  'first_referral_closed',
  'first_mca_check_in',
];

export function isTrackId(value: string): value is TrackId {
  return trainingTracks.some((track) => track.id === value);
}

/** The track a role follows by default (reviewers and admins browse the officers' track). */
export function trackForRole({ role }: { role: Role }): Track {
  const id: TrackId = role === 'coordinator' ? 'coordinator' : 'hub_officer';
  return trainingTracks.find((track) => track.id === id)!;
}

export function findTrack({ id }: { id: string }): Track | undefined {
  return trainingTracks.find((track) => track.id === id);
}

export function findModule({ id }: { id: string }): TrainingModule | undefined {
  return trainingModules.find((module) => module.id === id);
}

/** An item with the module it belongs to. */
export function findItem({
  id,
}: {
  id: string;
}): { item: TrainingItem; module: TrainingModule } | undefined {
  for (const module of trainingModules) {
    const item = module.items.find((candidate) => candidate.id === id);
    if (item) return { item, module };
  }
  return undefined;
}

/** The modules of a track, in order. */
export function listTrackModules({ track }: { track: Track }): TrainingModule[] {
  return track.moduleIds.map((id) => findModule({ id })!);
}

/** Every item of a track, in order. */
export function listTrackItems({ track }: { track: Track }): TrainingItem[] {
  return listTrackModules({ track }).flatMap((module) => module.items);
}

/** The training item a scenario counts for (finishing it in the PFA guide ticks this item). */
export function findScenarioItem({ scenarioId }: { scenarioId: string }): ScenarioItem | undefined {
  for (const module of trainingModules)
    for (const item of module.items)
      if (item.type === 'scenario' && item.scenarioId === scenarioId) return item;
  return undefined;
}
