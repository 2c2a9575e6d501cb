export * from './derive-case.ts';
export * from './derive-activity.ts';
export * from './grouping-key.ts';
