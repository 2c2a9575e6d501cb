import { findField } from '@ventanilla/domain/form/fields';
import type { Lang } from '@ventanilla/domain/i18n';

type Issue = {
  severity: string;
  fields: string[];
  message_en: string;
  message_es: string;
};
type Detail = { row: number; outcome: string; issues: Issue[] };

/** One reason rows were rejected: the questions it is about, what to fix, and which rows. */
export type RejectionGroup = { questions: string[]; message: string; rows: number[] };

/**
 * The errors of the rejected rows, grouped by question and message (a mistake repeated down a
 * column reads once, with its row numbers), in the order they first appear. Questions are named
 * by their label in `lang`; a column that is not a question (`_uuid`) keeps its name.
 */
export function groupRejections({
  details,
  lang,
}: {
  details: readonly Detail[];
  lang: Lang;
}): RejectionGroup[] {
  const groups = new Map<string, RejectionGroup>();
  for (const detail of details) {
    if (detail.outcome !== 'rejected') continue;
    for (const issue of detail.issues) {
      if (issue.severity !== 'error') continue;
      const message = lang === 'en' ? issue.message_en : issue.message_es;
      const key = `${issue.fields.join(',')}\u0000${message}`;
      let group = groups.get(key);
      if (!group) {
        group = {
          questions: issue.fields.map((name) => findField({ name })?.label[lang] ?? name),
          message,
          rows: [],
        };
        groups.set(key, group);
      }
      if (group.rows.at(-1) !== detail.row) group.rows.push(detail.row);
    }
  }
  return [...groups.values()];
}
