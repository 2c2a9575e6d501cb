import type { KnowledgeCheck, QuizAnswer } from './types.ts';

export type QuestionResult = {
  questionId: string;
  correct: boolean;
  /** The correct option ids (shown with the explanation after an attempt). */
  correctOptions: string[];
  chosen: string[];
};

export type Grade = {
  /** Share of questions answered right, 0–1. */
  score: number;
  correctCount: number;
  total: number;
  passed: boolean;
  results: QuestionResult[];
};

/**
 * Grades one attempt at a knowledge check. A question is right when exactly the correct
 * options are chosen; an unanswered question is wrong. Pure: the API grades with it.
 */
export function gradeKnowledgeCheck({
  check,
  key,
  answers,
}: {
  check: KnowledgeCheck;
  /** The check's answers by question id (answers.ts, server only). */
  key: Readonly<Record<string, QuizAnswer>>;
  answers: Readonly<Record<string, readonly string[]>>;
}): Grade {
  const results = check.questions.map((question) => {
    const chosen = [...new Set(answers[question.id] ?? [])].sort();
    const expected = [...(key[question.id]?.correct ?? [])].sort();
    const correct =
      chosen.length === expected.length && chosen.every((id, index) => id === expected[index]);
    return { questionId: question.id, correct, correctOptions: expected, chosen };
  });
  const correctCount = results.filter((r) => r.correct).length;
  const total = check.questions.length;
  const score = total === 0 ? 0 : correctCount / total;
  // A small tolerance so that a pass mark of 2/3 is met by 2 of 3.
  return { score, correctCount, total, passed: score + 1e-9 >= check.passMark, results };
}
