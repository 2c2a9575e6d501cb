export {
  generateDemo,
  generateReference,
  iterateActivities,
  iterateCases,
  toRecord,
} from './generate.ts';
export { resolvePlan, type DemoPlan } from './plan.ts';
export { demoLogins, buildUsers } from './users.ts';
export { buildHubSpecs, toDemoHub } from './hubs.ts';
export { NAMED_HUBS, type HubSpec } from './hub-specs.ts';
export { REQUIRED_SECTORS, buildHubDirectory, directoryNotes } from './directory.ts';
export { Rng } from './prng.ts';
export type * from './casework/types.ts';
export { weighted, weightedRecord, pickWeighted, type Weighted } from './weighted.ts';
export type {
  DemoActivity,
  DemoActivityRecord,
  DemoCase,
  DemoCaseRecord,
  DemoData,
  DemoHub,
  DemoMeta,
  DemoOptions,
  DemoUser,
  DirectoryCondition,
  DirectoryEntry,
  DirectorySector,
  Role,
} from './types.ts';
