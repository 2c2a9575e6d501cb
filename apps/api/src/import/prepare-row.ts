import {
  inferRecordType,
  isTemplateExampleUuid,
  mergeRowViolations,
  parseRowValues,
  type ActivityRecord,
  type CaseRecord,
  type ColumnPlan,
  type DateSystem,
  type KoboRowMeta,
  type Option,
} from '@ventanilla/domain';
import { canOnHub } from '../auth/access.ts';
import type { CurrentUser } from '../auth/current-user.ts';
import { buildActivityRows, buildCaseRows } from '../records/derive.ts';
import type { RecordKind } from '../records/fields.ts';
import type { Built } from '../records/save-batch.ts';
import { assessRecord, storedViolation, type HubLookup } from '../records/write.ts';
import type { SheetRow } from './read-rows.ts';
import { fromImportIssue, fromViolation, type RowIssue, type RowReport } from './report.ts';
import { duplicateUuid, importMessages, issue } from './row-messages.ts';

/** A row that passed its checks, waiting for its batch to be written. */
export type Pending = {
  report: RowReport;
  kind: RecordKind;
  built: Built;
  meta: KoboRowMeta;
  hub: string;
  warningRules: string[];
};

/** What every row of one import is read against. */
export type RowSetting = {
  plan: ColumnPlan;
  dateSystem: DateSystem;
  hubOptions: Option[];
  lookupHub: HubLookup;
  today: string;
  /** Fills an empty `hub` and rejects rows of any other hub. */
  forcedHub: string | null;
  /** The signed-in importer (null: the command line, every hub). */
  user: CurrentUser | null;
  /** The `_uuid`s read so far in this file. */
  seenUuids: Set<string>;
};

/**
 * Parses one row and validates it with the same step as the GraphQL mutations: a rejected row
 * comes back with its report, a valid one as a record to write (its warnings in its report), and
 * the import template's example row (marked by its `_uuid`) as skipped.
 */
export async function prepareRow(
  setting: RowSetting,
  { number, cells }: SheetRow,
): Promise<{ rejected: RowReport } | { pending: Pending } | { templateExample: number }> {
  const { plan, dateSystem, hubOptions, lookupHub, today, forcedHub, user, seenUuids } = setting;
  const parsed = parseRowValues({ plan, cells, dateSystem, hubOptions });
  const meta = parsed.meta;
  if (isTemplateExampleUuid({ uuid: meta.uuid })) return { templateExample: number };
  const rowReport: RowReport = {
    row: number,
    index: meta.index,
    uuid: meta.uuid,
    outcome: 'rejected',
    issues: parsed.warnings.map(fromImportIssue),
  };
  const reject = (issues: RowIssue[]) => {
    rowReport.outcome = 'rejected';
    rowReport.issues = [...issues, ...rowReport.issues];
    return { rejected: rowReport };
  };
  if (parsed.rejection) return reject([fromImportIssue(parsed.rejection)]);
  if (seenUuids.has(meta.uuid!)) return reject([fromImportIssue(duplicateUuid())]);
  seenUuids.add(meta.uuid!);
  const raw = { ...parsed.record } as Record<string, unknown>;
  const typed = inferRecordType({ record: raw });
  if (typed.rejection)
    return reject([fromImportIssue(typed.rejection), ...parsed.violations.map(fromViolation)]);
  const kind = typed.recordType as RecordKind;
  if (kind !== 'case' && kind !== 'activity') {
    const assessedBad = await assessRecord({ kind: 'case', input: raw, lookupHub, today });
    const bad = assessedBad.violations.filter((v) => v.fields.includes('record_type'));
    return reject([...parsed.violations, ...bad].map(fromViolation));
  }
  const hubValue = typeof raw.hub === 'string' && raw.hub ? raw.hub : null;
  if (forcedHub && !hubValue) raw.hub = forcedHub;
  if (forcedHub && hubValue && hubValue !== forcedHub)
    return reject([
      issue('hub', ['hub'], importMessages.otherHub, { value: hubValue, hub: forcedHub }),
    ]);
  const hub = String(raw.hub ?? '');
  if (user && hub && !canOnHub(user, 'record.write', hub))
    return reject([issue('hub', ['hub'], importMessages.hubNotYours, { value: hub })]);
  const assessed = await assessRecord({ kind, input: raw, lookupHub, today });
  const violations = mergeRowViolations({
    parseViolations: parsed.violations,
    ruleViolations: assessed.violations,
  });
  if (violations.some((v) => v.severity === 'error')) return reject(violations.map(fromViolation));
  const warnings = violations.filter((v) => v.severity === 'warning');
  rowReport.issues.push(...warnings.map(fromViolation));
  const provenance = {
    validationStatus: meta.validationStatus,
    sourceUuid: meta.uuid,
    sourceUuidsSeen: [meta.uuid!],
    sourceRootUuid: meta.rootUuid ?? meta.uuid,
    sourceId: meta.sourceId,
    sourceFormId: meta.sourceFormId,
  };
  const stored = warnings.map(storedViolation);
  const built: Built =
    kind === 'case'
      ? {
          kind,
          built: buildCaseRows({
            record: assessed.record as CaseRecord,
            hubCountry: assessed.hubCountry,
            warnings: stored,
            provenance,
          }),
        }
      : {
          kind,
          built: buildActivityRows({
            record: assessed.record as ActivityRecord,
            hubCountry: assessed.hubCountry,
            warnings: stored,
            provenance,
          }),
        };
  return {
    pending: {
      report: rowReport,
      kind,
      built,
      meta,
      hub,
      warningRules: warnings.map((w) => w.rule),
    },
  };
}
