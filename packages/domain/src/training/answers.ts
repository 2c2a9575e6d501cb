/**
 * The knowledge checks' answers, for the server only: the API grades with them and a step's page
 * shows them after an attempt. Never import this from code a page's script can reach (the
 * training index does not export it): a script is a public file. Written by `pnpm content` into
 * answers.generated.ts (docs/content.md).
 */
import { quizAnswers } from './answers.generated.ts';
import type { QuizAnswer } from './types.ts';

export { quizAnswers };

/** The answers of one knowledge check, by question id (empty for an item without one). */
export function answersOf({ itemId }: { itemId: string }): Record<string, QuizAnswer> {
  return quizAnswers[itemId] ?? {};
}
