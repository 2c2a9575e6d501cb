import type { ImportIssue, Lang, Violation } from '@ventanilla/domain';

export type Outcome = 'inserted' | 'updated' | 'unchanged' | 'superseded' | 'conflict' | 'rejected';
export const outcomes: readonly Outcome[] = [
  'inserted',
  'updated',
  'unchanged',
  'superseded',
  'conflict',
  'rejected',
];

/** One finding on a row: a §6 rule or an import issue (missing/duplicate _uuid, hub…). */
export type RowIssue = {
  rule: string;
  severity: 'error' | 'warning';
  fields: string[];
  slot?: number;
  message_en: string;
  message_es: string;
};

/** §7.7: one row of the report. */
export type RowReport = {
  /** Row number in the file (the header is row 1). */
  row: number;
  /** KoBo `_index`, when the file has it. */
  index: number | null;
  uuid: string | null;
  outcome: Outcome;
  issues: RowIssue[];
};

export type ImportReport = {
  format: 'csv' | 'xlsx' | null;
  dryRun: boolean;
  acceptValid: boolean;
  /** True when the good rows were stored (false for a dry run or a rejected file). */
  stored: boolean;
  rows: number;
  counts: Record<Outcome, number>;
  fileErrors: ImportIssue[];
  fileWarnings: ImportIssue[];
  /** Rejected, conflicting and superseded rows (the first `detailLimit`), and rows with warnings. */
  details: RowReport[];
  /** Rows left out of `details` to keep the report bounded. */
  detailsOmitted: number;
  /** Inserted and updated rows of each record kind. */
  kinds: Record<'case' | 'activity', number>;
  /**
   * When stored: the import's batch (the time its rows were stored, ISO), which lists filter
   * by (`RecordListFilter.importBatch`) to show the records it brought in.
   */
  batch: string | null;
  /**
   * Rows skipped as the import template's example (their `_uuid` is the template's marker):
   * counted in `rows`, in no outcome; `fileWarnings` says so.
   */
  templateExampleRows: number[];
};

export function emptyCounts(): Record<Outcome, number> {
  return { inserted: 0, updated: 0, unchanged: 0, superseded: 0, conflict: 0, rejected: 0 };
}

export function fromViolation(v: Violation): RowIssue {
  return {
    rule: v.rule,
    severity: v.severity,
    fields: [...v.fields],
    ...(v.slot ? { slot: v.slot } : {}),
    message_en: v.message_en,
    message_es: v.message_es,
  };
}

export function fromImportIssue(issue: ImportIssue): RowIssue {
  return {
    rule: issue.code,
    severity: issue.severity,
    fields: [...issue.columns],
    message_en: issue.message_en,
    message_es: issue.message_es,
  };
}

/** The API.md summary line. */
export function formatSummary(report: ImportReport): string {
  const c = report.counts;
  return `inserted ${c.inserted}, updated ${c.updated}, unchanged ${c.unchanged}, rejected ${c.rejected}`;
}

/** API.md: `row R: FIELD RULE message`, one line per error of a rejected row. */
export function formatRejectedLines(row: RowReport, lang: Lang): string[] {
  return row.issues
    .filter((issue) => issue.severity === 'error')
    .map(
      (issue) =>
        `row ${row.row}: ${issue.fields.join(',') || '-'} ${issue.rule} ${lang === 'en' ? issue.message_en : issue.message_es}`,
    );
}
