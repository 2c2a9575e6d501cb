export * from './dimensions.ts';
export * from './measures.ts';
export * from './perturb.ts';
