import type { TestProject } from 'vitest/node';
import { startStack, type StackUrls } from '@ventanilla/testkit';

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackUrls;
  }
}

/** Starts the API (fresh temporary database, small demo seed) and the built onboarding app. */
export default async function setup(project: TestProject) {
  const stack = await startStack({ apps: ['onboarding'], demoCases: 200, demoMonths: 2 });
  project.provide('stack', stack.urls);
  return async () => {
    await stack.stop();
  };
}
