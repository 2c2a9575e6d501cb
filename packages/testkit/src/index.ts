export * from './browser.ts';
export * from './graphql.ts';
export * from './processes.ts';
export * from './sign-in.ts';
export * from './stack.ts';
