/**
 * KoBo export mapping (FORM.md §7), as pure functions for a streaming importer:
 * 1. `detectCsvDelimiter` on the first line of a CSV file;
 * 2. `resolveHeaders` once on the header row: reject the file if `plan.errors` is not empty;
 * 3. per data row, `parseRowValues` (reject the row if `rejection` is set), then
 *    `inferRecordType` on its record (reject if `rejection` is set, else set `record_type`),
 *    then `validateRecord` (values come out normalized, so `normalizeRecord` is optional), and
 *    join both violation lists with `mergeRowViolations`.
 */
export * from './column-plan.ts';
export * from './detect-csv-delimiter.ts';
export * from './field-labels.ts';
export * from './find-country.ts';
export * from './import-issue.ts';
export * from './infer-record-type.ts';
export * from './kobo-cell.ts';
export * from './merge-row-violations.ts';
export * from './metadata-columns.ts';
export * from './normalize-label.ts';
export * from './not-applicable.ts';
export * from './option-labels.ts';
export * from './parse-date.ts';
export * from './parse-integer.ts';
export * from './parse-metadata.ts';
export * from './parse-row-values.ts';
export * from './parse-select-multiple.ts';
export * from './parse-select-one.ts';
export * from './resolve-headers.ts';
export * from './template-example.ts';
export * from './template-data-sheet.ts';
