import type { FollowUpPractice, FollowUpQuestion } from '@ventanilla/domain/attention/index';
import type { ChoiceFeedback } from './practice.ts';

/** The follow-up choices from the query string: `f.<question id>` → option ids. */
export type FollowUpAnswers = Record<string, string[]>;

const answerName = /^f\.([a-z0-9_]+)$/;

/** Reads the follow-up answers of a practice form; unknown ids are dropped when grading. */
export function readFollowUpAnswers(params: URLSearchParams): FollowUpAnswers {
  const answers: FollowUpAnswers = {};
  for (const [name, value] of params) {
    const question = answerName.exec(name)?.[1];
    if (!question || !/^[a-z0-9_]+$/.test(value)) continue;
    const chosen = (answers[question] ??= []);
    if (!chosen.includes(value)) chosen.push(value);
  }
  return answers;
}

/** One question graded: right when every right option and no other was chosen. */
export type FollowUpFeedback = {
  questionId: string;
  right: boolean;
  /** The chosen options and the right ones, each with its own feedback. */
  items: ChoiceFeedback[];
};

function gradeQuestion(question: FollowUpQuestion, chosen: readonly string[]): FollowUpFeedback {
  // A single choice keeps the first option chosen only (a crafted URL may send more).
  const first = chosen.find((id) => question.options.some((o) => o.id === id));
  const picked = question.options.filter((o) =>
    question.kind === 'one' ? o.id === first : chosen.includes(o.id),
  );
  const items: ChoiceFeedback[] = [];
  for (const option of question.options) {
    const ticked = picked.includes(option);
    if (!ticked && !option.right) continue;
    items.push({
      code: option.id,
      verdict: ticked ? (option.right ? 'correct' : 'extra') : 'missed',
      note: option.feedback,
    });
  }
  // The trainee's own choice first, then the right one they missed.
  items.sort((x, y) => Number(x.verdict === 'missed') - Number(y.verdict === 'missed'));
  return {
    questionId: question.id,
    right: items.every((item) => item.verdict === 'correct'),
    items,
  };
}

/** Grades the follow-up of a practice case, question by question; pure, stores nothing. */
export function gradeFollowUp({
  practice,
  answers,
}: {
  practice: FollowUpPractice;
  answers: FollowUpAnswers;
}): FollowUpFeedback[] {
  return practice.questions.map((q) => gradeQuestion(q, answers[q.id] ?? []));
}
