export * from './case-source.ts';
export * from './person-code.ts';
