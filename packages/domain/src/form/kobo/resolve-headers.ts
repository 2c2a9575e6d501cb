import { overLimitSlotPattern } from '../normalize.ts';
import type { FieldDef } from '../fields.ts';
import type { ColumnPlan, PlannedColumn } from './column-plan.ts';
import { findFieldByLabel, findFieldByName } from './field-labels.ts';
import { createImportIssue, importMessages, type ImportIssue } from './import-issue.ts';
import { findMetadataColumn } from './metadata-columns.ts';
import { findOptionByLabel, findOptionCode } from './option-labels.ts';

type Resolution =
  | { kind: 'field'; field: FieldDef }
  | { kind: 'choice'; field: FieldDef; code: string }
  | { kind: 'over_limit_slot'; name: string }
  | { kind: 'ignored' };

/** A field (single column) or an ignored form-only row. */
function fromField(field: FieldDef): Resolution {
  return field.stored ? { kind: 'field', field } : { kind: 'ignored' };
}

/** §7.2 step 2: names, with group segments ignored. */
function resolveName(header: string): Resolution | undefined {
  const segments = header.split(/[/.:]/u).map((segment) => segment.trim());
  const last = segments.at(-1) ?? '';
  const field = findFieldByName({ name: last });
  if (field) return fromField(field);
  const parent =
    segments.length >= 2 ? findFieldByName({ name: segments.at(-2) ?? '' }) : undefined;
  if (parent?.type === 'select_multiple' && parent.list) {
    const code = findOptionCode({ list: parent.list, value: last });
    if (code !== undefined) return { kind: 'choice', field: parent, code };
  }
  if (overLimitSlotPattern.test(last)) return { kind: 'over_limit_slot', name: last };
  if (/^note_/u.test(last)) return { kind: 'ignored' };
  return undefined;
}

/** §7.2 step 3: labels in either language; group labels in earlier segments are ignored. */
function resolveLabel(header: string): Resolution | undefined {
  const whole = findFieldByLabel({ label: header });
  if (whole) return fromField(whole);
  const segments = header.split('/');
  if (segments.length < 2) return undefined;
  const last = segments.at(-1) ?? '';
  // A select_multiple field label plus one of its choice labels (a 0/1 column) beats a field
  // label in the last segment: "A.14 …/Other vulnerability (specify)" is the `other` choice, not
  // the field a14_vulnerability_other, which has the same label.
  const parent = findFieldByLabel({ label: segments.at(-2) ?? '' });
  if (parent?.type === 'select_multiple' && parent.list) {
    const code = findOptionByLabel({ list: parent.list, label: last });
    if (code !== undefined) return { kind: 'choice', field: parent, code };
  }
  const field = findFieldByLabel({ label: last });
  if (field) return fromField(field);
  return undefined;
}

function isSilentlyIgnored(header: string): boolean {
  return /^(_|meta[/.:]|formhub[/.:])/iu.test(header);
}

/**
 * §7.2 and §7.3: resolves a KoBo header row (XML names or English/Spanish labels, with or without
 * group names, single select_multiple columns and/or 0/1 columns) into a column plan, with the
 * file-level errors (no `_uuid`; two columns for the same single column of a field; no form field
 * column) and one warning listing the unknown headers.
 */
export function resolveHeaders({ headers }: { headers: readonly (string | null)[] }): ColumnPlan {
  const seenMetadata = new Set<string>();
  const columns: PlannedColumn[] = headers.map((raw, index): PlannedColumn => {
    const header = (raw ?? '').trim();
    const base = { index, header: raw ?? '' };
    if (header === '') return { ...base, kind: 'ignored' };
    const metadata = findMetadataColumn({ header });
    if (metadata) {
      if (seenMetadata.has(metadata)) return { ...base, kind: 'unknown' };
      seenMetadata.add(metadata);
      return { ...base, kind: 'metadata', column: metadata };
    }
    const resolved = resolveName(header) ?? resolveLabel(header);
    if (resolved?.kind === 'field') return { ...base, kind: 'field', field: resolved.field.name };
    if (resolved?.kind === 'choice')
      return { ...base, kind: 'choice', field: resolved.field.name, code: resolved.code };
    if (resolved) return { ...base, ...resolved };
    return { ...base, kind: isSilentlyIgnored(header) ? 'ignored' : 'unknown' };
  });
  return { columns, ...checkPlan(columns) };
}

function checkPlan(columns: readonly PlannedColumn[]): {
  errors: ImportIssue[];
  warnings: ImportIssue[];
} {
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  if (!columns.some((column) => column.kind === 'metadata' && column.column === '_uuid'))
    errors.push(
      createImportIssue({
        code: 'missing_uuid_column',
        severity: 'error',
        columns: ['_uuid'],
        template: importMessages.missingUuidColumn,
      }),
    );
  const byField = new Map<string, string[]>();
  for (const column of columns) {
    if (column.kind !== 'field') continue;
    byField.set(column.field, [...(byField.get(column.field) ?? []), column.header]);
  }
  for (const [field, headers] of byField) {
    if (headers.length < 2) continue;
    errors.push(
      createImportIssue({
        code: 'duplicate_field_column',
        severity: 'error',
        columns: headers,
        template: importMessages.duplicateFieldColumn,
        values: (lang) => ({
          label: findFieldByName({ name: field })?.label[lang] ?? field,
          headers: headers.map((header) => `“${header}”`).join(', '),
        }),
      }),
    );
  }
  if (!columns.some((column) => column.kind === 'field' || column.kind === 'choice'))
    errors.push(
      createImportIssue({
        code: 'no_form_field_column',
        severity: 'error',
        columns: [],
        template: importMessages.noFormFieldColumn,
      }),
    );
  const unknown = columns.filter((column) => column.kind === 'unknown').map((c) => c.header);
  if (unknown.length)
    warnings.push(
      createImportIssue({
        code: 'unknown_headers',
        severity: 'warning',
        columns: unknown,
        template: importMessages.unknownHeaders,
        values: { headers: unknown.map((header) => `“${header}”`).join(', ') },
      }),
    );
  return { errors, warnings };
}
