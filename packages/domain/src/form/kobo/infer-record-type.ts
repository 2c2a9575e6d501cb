import { listStoredFields } from '../fields.ts';
import type { RawRecord } from '../record.ts';
import { isSet } from '../rules/context.ts';
import { createImportIssue, importMessages, type ImportIssue } from './import-issue.ts';

const caseFieldNames = listStoredFields({ group: 'case' }).map((field) => field.name);
const activityFieldNames = listStoredFields({ group: 'activity' }).map((field) => field.name);

/**
 * §7.5: the record type of an imported row. A set `record_type` is used as it is (validation
 * reports an invalid code). Otherwise the row is a case when a case field is set, an activity
 * when an activity field is set, and rejected with the normative message when both or neither are.
 */
export function inferRecordType({ record }: { record: RawRecord }): {
  recordType: string | null;
  /** True when the type was deduced from the answers rather than read from `record_type`. */
  inferred: boolean;
  rejection: ImportIssue | null;
} {
  const given = record.record_type;
  if (isSet(given)) return { recordType: String(given), inferred: false, rejection: null };
  const isCase = caseFieldNames.some((name) => isSet(record[name]));
  const isActivity = activityFieldNames.some((name) => isSet(record[name]));
  if (isCase !== isActivity)
    return { recordType: isCase ? 'case' : 'activity', inferred: true, rejection: null };
  return {
    recordType: null,
    inferred: false,
    rejection: createImportIssue({
      code: 'unknown_record_type',
      severity: 'error',
      columns: ['record_type'],
      template: importMessages.unknownRecordType,
    }),
  };
}
