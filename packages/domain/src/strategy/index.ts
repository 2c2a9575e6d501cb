export * from './cycle.ts';
export * from './audiences.ts';
export * from './swot.ts';
export * from './smart.ts';
export * from './progress.ts';
export * from './document.ts';
export * from './access.ts';
export * from './export.ts';
export type { Lang, Localized } from '../i18n.ts';
