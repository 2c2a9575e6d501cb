export * from './route.ts';
export * from './annex1.ts';
export * from './referral.ts';
export * from './directory.ts';
export * from './follow-up.ts';
