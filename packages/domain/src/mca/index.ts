export * from './actions.ts';
export * from './calendar.ts';
export * from './check-ins.ts';
export * from './commitment.ts';
