export * from './states.ts';
export * from './quality.ts';
export * from './meeting.ts';
