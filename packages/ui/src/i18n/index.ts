export * from './translate.ts';
export { sharedMessages, type SharedKey } from './shared.ts';
