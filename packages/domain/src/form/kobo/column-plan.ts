import type { ImportIssue } from './import-issue.ts';
import type { KoboMetadataColumn } from './metadata-columns.ts';

type ColumnBase = {
  /** Position of the column in the header row (0-based). */
  index: number;
  /** The header as it appears in the file. */
  header: string;
};

/** How one column of a KoBo export is read (§7.2). */
export type PlannedColumn = ColumnBase &
  (
    | { kind: 'metadata'; column: KoboMetadataColumn }
    | { kind: 'field'; field: string }
    | { kind: 'choice'; field: string; code: string }
    | { kind: 'over_limit_slot'; name: string }
    | { kind: 'ignored' }
    | { kind: 'unknown' }
  );

export type ColumnKind = PlannedColumn['kind'];

/**
 * The result of resolving a header row: one entry per header, in file order, plus file-level
 * errors (the file must be rejected when there is any) and warnings.
 */
export type ColumnPlan = {
  columns: PlannedColumn[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
};
