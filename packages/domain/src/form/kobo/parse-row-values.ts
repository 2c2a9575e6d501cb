import { formFields, type FieldDef } from '../fields.ts';
import { normalizeFieldValue } from '../normalize.ts';
import type { Option } from '../options/option.ts';
import type { RawRecord } from '../record.ts';
import { percentageFieldNames } from '../rules/activity.ts';
import { extraMessages } from '../rules/catalog.ts';
import { createViolation } from '../rules/context.ts';
import type { Violation } from '../rules/violation.ts';
import type { ColumnPlan } from './column-plan.ts';
import { createImportIssue, importMessages, type ImportIssue } from './import-issue.ts';
import { readCellText, type KoboCell } from './kobo-cell.ts';
import { isNotApplicable } from './not-applicable.ts';
import { parseDateCell, parseTimestampCell, type DateSystem } from './parse-date.ts';
import { parseIntegerCell } from './parse-integer.ts';
import {
  normalizeKoboUuid,
  normalizeValidationStatus,
  type ValidationStatus,
} from './parse-metadata.ts';
import { parseSelectOneCell } from './parse-select-one.ts';
import {
  parseChoiceFlagCell,
  parseSelectMultipleCell,
  sortCodes,
} from './parse-select-multiple.ts';

/** §7.3 provenance of a row (not part of the canonical content). */
export type KoboRowMeta = {
  /** Normalized `_uuid`: the idempotency key (§7.6). */
  uuid: string | null;
  rootUuid: string | null;
  deprecatedId: string | null;
  /** `_id`, as text. */
  sourceId: string | null;
  /** `_submission_time` as an ISO instant in UTC. */
  submittedAt: string | null;
  validationStatus: ValidationStatus;
  /** `start` and `end`, ISO as written (with their offset when the export has one). */
  formStartedAt: string | null;
  formEndedAt: string | null;
  /** `today`, YYYY-MM-DD; never used as `date`. */
  deviceDate: string | null;
  deviceId: string | null;
  sourceFormId: string | null;
  sourceFormVersion: string | null;
  /** `_index`, for messages only. */
  index: number | null;
};

/** One export row read through a column plan. */
export type ParsedKoboRow = {
  /**
   * Canonical field names with parsed, normalized values (codes, ISO dates, integers, arrays of
   * codes, text or null), for every form field that has a column. A field whose value could not
   * be read is left out and reported in `violations` instead.
   */
  record: RawRecord;
  meta: KoboRowMeta;
  /** R2 (unreadable values, columns that disagree) and R21 (over-limit slots), as in §6.0. */
  violations: Violation[];
  /** Row warnings that are not rules (an unknown `_validation_status`, bad metadata values). */
  warnings: ImportIssue[];
  /** Set when the row must be rejected before validation (no `_uuid`, §7.6). */
  rejection: ImportIssue | null;
};

function optionViolation(field: FieldDef, value: string): Violation {
  return createViolation({
    rule: 'R2',
    fields: [field.name],
    values: (lang) => ({ value, label: field.label[lang] }),
  });
}

function formatViolation(field: FieldDef, value: string): Violation {
  return createViolation({
    rule: 'R2',
    fields: [field.name],
    template: field.type === 'date' ? extraMessages.invalidDate : extraMessages.invalidWholeNumber,
    values: (lang) => ({ value, label: field.label[lang] }),
  });
}

type FieldRead = { ok: true; value: unknown } | { ok: false; violations: Violation[] };

function readField(
  field: FieldDef,
  cell: KoboCell,
  dateSystem: DateSystem,
  hubOptions: readonly Option[] | undefined,
): FieldRead {
  switch (field.type) {
    case 'select_one': {
      const parsed = parseSelectOneCell({ field, cell, ...(hubOptions ? { hubOptions } : {}) });
      return parsed.ok ? parsed : { ok: false, violations: [optionViolation(field, parsed.shown)] };
    }
    case 'date': {
      const parsed = parseDateCell({ cell, dateSystem });
      return parsed.ok ? parsed : { ok: false, violations: [formatViolation(field, parsed.shown)] };
    }
    case 'integer': {
      const text = readCellText({ cell });
      if (text !== '' && isNotApplicable({ text })) return { ok: true, value: null };
      const percentage = percentageFieldNames.includes(field.name);
      const parsed = parseIntegerCell({ cell, percentage });
      return parsed.ok ? parsed : { ok: false, violations: [formatViolation(field, parsed.shown)] };
    }
    default: {
      const text = readCellText({ cell });
      if (text === '' || isNotApplicable({ text })) return { ok: true, value: null };
      return { ok: true, value: normalizeFieldValue({ field, value: text }) };
    }
  }
}

function readSelectMultiple(
  field: FieldDef,
  single: { cell: KoboCell } | undefined,
  flags: { code: string; cell: KoboCell }[],
): FieldRead {
  const fromSingle = single ? parseSelectMultipleCell({ field, cell: single.cell }) : undefined;
  if (flags.length === 0) {
    if (!fromSingle) return { ok: true, value: [] };
    return fromSingle.unresolved.length
      ? { ok: false, violations: fromSingle.unresolved.map((t) => optionViolation(field, t)) }
      : { ok: true, value: fromSingle.codes };
  }
  const flagCodes: string[] = [];
  const invalid: Violation[] = [];
  let flagsNonEmpty = false;
  for (const { code, cell } of flags) {
    const text = readCellText({ cell });
    if (text !== '') flagsNonEmpty = true;
    const flag = parseChoiceFlagCell({ cell });
    if (flag === undefined) invalid.push(optionViolation(field, text));
    else if (flag) flagCodes.push(code);
  }
  if (invalid.length) return { ok: false, violations: invalid };
  const fromFlags = sortCodes({ field, codes: flagCodes });
  if (!fromSingle || fromSingle.unresolved.length) return { ok: true, value: fromFlags };
  const singleNonEmpty = readCellText({ cell: single?.cell }) !== '';
  if (singleNonEmpty && flagsNonEmpty) {
    const same =
      fromSingle.codes.length === fromFlags.length &&
      fromSingle.codes.every((code) => fromFlags.includes(code));
    if (!same)
      return {
        ok: false,
        violations: [
          createViolation({
            rule: 'R2',
            fields: [field.name],
            template: extraMessages.columnsDisagree,
            values: (lang) => ({ label: field.label[lang] }),
          }),
        ],
      };
  }
  return { ok: true, value: singleNonEmpty ? fromSingle.codes : fromFlags };
}

function emptyMeta(): KoboRowMeta {
  return {
    uuid: null,
    rootUuid: null,
    deprecatedId: null,
    sourceId: null,
    submittedAt: null,
    validationStatus: 'none',
    formStartedAt: null,
    formEndedAt: null,
    deviceDate: null,
    deviceId: null,
    sourceFormId: null,
    sourceFormVersion: null,
    index: null,
  };
}

function readOptionalText(cell: KoboCell): string | null {
  const text = readCellText({ cell }).replace(/^(\d+)\.0+$/u, '$1');
  return text === '' ? null : text;
}

function metadataWarning(column: string, shown: string): ImportIssue {
  return createImportIssue({
    code: 'invalid_metadata_value',
    severity: 'warning',
    columns: [column],
    template: importMessages.invalidMetadataValue,
    values: { value: shown, column },
  });
}

/**
 * §7.3 and §7.4: reads one data row through the column plan of its file (see `resolveHeaders`).
 * Values are parsed as in §7.4 (codes, labels, countries, "not applicable" tokens, select_multiple
 * single and 0/1 columns with the agreement rule, yes/no variants, integers and percentages,
 * ISO dates and Excel serials, text), metadata as in §7.3. The record is then ready for
 * `inferRecordType` and `validateRecord`; `mergeRowViolations` joins both sets of violations.
 */
export function parseRowValues({
  plan,
  cells,
  dateSystem = 1900,
  hubOptions,
}: {
  plan: ColumnPlan;
  cells: readonly KoboCell[];
  /** The workbook date system for Excel serials (XLSX files; CSV is 1900). */
  dateSystem?: DateSystem;
  /** The hub registry rows, so that hub names in label exports can be read. */
  hubOptions?: readonly Option[];
}): ParsedKoboRow {
  const meta = emptyMeta();
  const warnings: ImportIssue[] = [];
  const violations: Violation[] = [];
  const singles = new Map<string, { cell: KoboCell }>();
  const flags = new Map<string, { code: string; cell: KoboCell }[]>();
  const overLimit: string[] = [];

  for (const column of plan.columns) {
    const cell = cells[column.index];
    switch (column.kind) {
      case 'field':
        if (!singles.has(column.field)) singles.set(column.field, { cell });
        break;
      case 'choice': {
        const list = flags.get(column.field);
        if (list) list.push({ code: column.code, cell });
        else flags.set(column.field, [{ code: column.code, cell }]);
        break;
      }
      case 'over_limit_slot': {
        const text = readCellText({ cell });
        if (text !== '' && !isNotApplicable({ text }) && !overLimit.includes(column.name))
          overLimit.push(column.name);
        break;
      }
      case 'metadata':
        readMetadata(column.column, cell, meta, warnings, dateSystem);
        break;
      default:
        break;
    }
  }

  const record: Record<string, unknown> = {};
  for (const field of formFields) {
    if (!field.stored) continue;
    const single = singles.get(field.name);
    const fieldFlags = flags.get(field.name) ?? [];
    if (!single && fieldFlags.length === 0) continue;
    const read =
      field.type === 'select_multiple'
        ? readSelectMultiple(field, single, fieldFlags)
        : readField(field, single?.cell, dateSystem, hubOptions);
    if (read.ok) record[field.name] = read.value;
    else violations.push(...read.violations);
  }
  if (overLimit.length) violations.push(createViolation({ rule: 'R21', fields: overLimit }));

  const rejection = meta.uuid
    ? null
    : createImportIssue({
        code: 'missing_uuid',
        severity: 'error',
        columns: ['_uuid'],
        template: importMessages.missingUuid,
      });
  return { record, meta, violations, warnings, rejection };
}

function readMetadata(
  column: string,
  cell: KoboCell,
  meta: KoboRowMeta,
  warnings: ImportIssue[],
  dateSystem: DateSystem,
): void {
  switch (column) {
    case '_uuid':
      meta.uuid = normalizeKoboUuid({ cell });
      return;
    case 'meta/rootUuid':
      meta.rootUuid = normalizeKoboUuid({ cell });
      return;
    case 'meta/deprecatedID':
      meta.deprecatedId = normalizeKoboUuid({ cell });
      return;
    case '_id':
      meta.sourceId = readOptionalText(cell);
      return;
    case '_validation_status': {
      const { status, valid } = normalizeValidationStatus({ cell });
      meta.validationStatus = status;
      if (!valid)
        warnings.push(
          createImportIssue({
            code: 'invalid_validation_status',
            severity: 'warning',
            columns: [column],
            template: importMessages.invalidValidationStatus,
            values: { value: readCellText({ cell }) },
          }),
        );
      return;
    }
    case '_index': {
      const text = readCellText({ cell });
      meta.index = /^\d+(\.0+)?$/u.test(text) ? Number(text) : null;
      return;
    }
    case '_submission_time':
    case 'start':
    case 'end': {
      const parsed = parseTimestampCell({
        cell,
        dateSystem,
        assumeUtc: column === '_submission_time',
      });
      const value = parsed.ok ? parsed.value : null;
      if (!parsed.ok) warnings.push(metadataWarning(column, parsed.shown));
      if (column === '_submission_time') meta.submittedAt = value;
      else if (column === 'start') meta.formStartedAt = value;
      else meta.formEndedAt = value;
      return;
    }
    case 'today': {
      const parsed = parseDateCell({ cell, dateSystem });
      meta.deviceDate = parsed.ok ? parsed.value : null;
      if (!parsed.ok) warnings.push(metadataWarning(column, parsed.shown));
      return;
    }
    case 'deviceid':
      meta.deviceId = readOptionalText(cell);
      return;
    case '_xform_id_string':
      meta.sourceFormId = readOptionalText(cell);
      return;
    case '__version__':
      meta.sourceFormVersion = readOptionalText(cell);
      return;
  }
}
