export * from './actions.ts';
export * from './cookies.ts';
export * from './csrf.ts';
export * from './graphql.ts';
export * from './handle.ts';
export type { UiLocals } from './locals.ts';
export * from './next.ts';
export * from './queries.ts';
export * from './time-zone.ts';
