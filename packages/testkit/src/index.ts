export * from './browser.ts';
export * from './processes.ts';
export * from './stack.ts';
