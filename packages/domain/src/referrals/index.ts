export * from './lifecycle.ts';
export * from './sector.ts';
