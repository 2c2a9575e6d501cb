import type { TestProject } from 'vitest/node';
import { startStack, type StackUrls } from '@ventanilla/testkit';

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackUrls;
  }
}

/**
 * Starts the API (fresh temporary database, small demo seed) and both *built* apps once for
 * the browser journey; `pnpm test` builds them first.
 */
export default async function setup(project: TestProject) {
  const stack = await startStack({ apps: ['dashboard', 'onboarding'] });
  project.provide('stack', stack.urls);
  return async () => {
    await stack.stop();
  };
}
