import { findField } from '@ventanilla/domain/form/fields';
import type { Lang } from '@ventanilla/domain/i18n';
import { describeBesideField } from '@ventanilla/domain/form/rules/beside-field';

type Issue = {
  rule?: string;
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
  return groupIssues({ details, lang, severity: 'error' });
}

/**
 * The warnings of every row (FORM.md R45–R47 and the others), grouped like the rejections: a
 * warning does not keep a row out, so stored rows are listed too.
 */
export function groupWarnings({
  details,
  lang,
}: {
  details: readonly Detail[];
  lang: Lang;
}): RejectionGroup[] {
  return groupIssues({ details, lang, severity: 'warning' });
}

/**
 * The question column names the field, so a rule's message that names it again ("Responda esta
 * pregunta: A.1 Nacionalidad.") reads as its short text beside the field.
 */
function messageOf(issue: Issue, lang: Lang): string {
  const message = lang === 'en' ? issue.message_en : issue.message_es;
  const [field] = issue.fields;
  if (!issue.rule || issue.fields.length !== 1 || !field) return message;
  return describeBesideField({ rule: issue.rule, field, message, lang });
}

function groupIssues({
  details,
  lang,
  severity,
}: {
  details: readonly Detail[];
  lang: Lang;
  severity: 'error' | 'warning';
}): RejectionGroup[] {
  const groups = new Map<string, RejectionGroup & { byMessage: Map<string, Problem> }>();
  for (const detail of details) {
    if (severity === 'error' && detail.outcome !== 'rejected') continue;
    for (const issue of detail.issues) {
      if (issue.severity !== severity) continue;
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
      const message = messageOf(issue, lang);
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

/** Rows an import leaves as they are stored, for one reason. */
export type SkippedGroup = {
  outcome: 'conflict' | 'superseded';
  /** The API's own reason (a record type that changed), else null: the outcome says why. */
  reason: string | null;
  rows: number[];
};

/**
 * The rows skipped because their record was changed in Ventanilla since it was imported
 * (conflicts) and the old versions of records edited in KoBo since (superseded), grouped by
 * reason: conflicts first, then superseded rows, each in file order.
 */
export function groupSkipped({
  details,
  lang,
}: {
  details: readonly Detail[];
  lang: Lang;
}): SkippedGroup[] {
  const groups = new Map<string, SkippedGroup>();
  for (const outcome of ['conflict', 'superseded'] as const)
    for (const detail of details) {
      if (detail.outcome !== outcome) continue;
      const issue = detail.issues.find((i) => i.severity === 'error');
      const reason = issue ? (lang === 'en' ? issue.message_en : issue.message_es) : null;
      const key = `${outcome}\u0000${reason ?? ''}`;
      let group = groups.get(key);
      if (!group) {
        group = { outcome, reason, rows: [] };
        groups.set(key, group);
      }
      addRow(group.rows, detail.row);
    }
  return [...groups.values()];
}
