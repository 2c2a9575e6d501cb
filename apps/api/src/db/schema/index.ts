export * from './hubs.ts';
export * from './users.ts';
export * from './sessions.ts';
export * from './cases.ts';
export * from './activities.ts';
export * from './directory.ts';
export * from './audit.ts';
export type { StoredViolation } from './provenance.ts';
