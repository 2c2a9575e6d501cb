import { findField } from '@ventanilla/domain/form/fields';
import type { Lang } from '@ventanilla/domain/i18n';

type Issue = {
  severity: string;
  fields: string[];
  message_en: string;
  message_es: string;
};
type Detail = { row: number; outcome: string; issues: Issue[] };

/** What to fix in some rows. */
export type Problem = { message: string; rows: number[] };

/** The rejections about one question (or set of questions): its problems and all their rows. */
export type RejectionGroup = { questions: string[]; rows: number[]; problems: Problem[] };

const addRow = (rows: number[], row: number) => {
  if (!rows.includes(row)) rows.push(row);
};

/**
 * The errors of the rejected rows grouped by question (a mistake repeated down a column reads
 * once, with its row numbers), then by message, in the order they first appear. Questions are
 * named by their label in `lang`; a column that is not a question (`_uuid`) keeps its name.
 */
export function groupRejections({
  details,
  lang,
}: {
  details: readonly Detail[];
  lang: Lang;
}): RejectionGroup[] {
  const groups = new Map<string, RejectionGroup & { byMessage: Map<string, Problem> }>();
  for (const detail of details) {
    if (detail.outcome !== 'rejected') continue;
    for (const issue of detail.issues) {
      if (issue.severity !== 'error') continue;
      const key = issue.fields.join(',');
      let group = groups.get(key);
      if (!group) {
        group = {
          questions: issue.fields.map((name) => findField({ name })?.label[lang] ?? name),
          rows: [],
          problems: [],
          byMessage: new Map(),
        };
        groups.set(key, group);
      }
      const message = lang === 'en' ? issue.message_en : issue.message_es;
      let problem = group.byMessage.get(message);
      if (!problem) {
        problem = { message, rows: [] };
        group.byMessage.set(message, problem);
        group.problems.push(problem);
      }
      addRow(problem.rows, detail.row);
      addRow(group.rows, detail.row);
    }
  }
  return [...groups.values()].map(({ questions, rows, problems }) => ({
    questions,
    rows,
    problems,
  }));
}
