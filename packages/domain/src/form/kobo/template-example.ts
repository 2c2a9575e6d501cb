import { createImportIssue, type ImportIssue } from './import-issue.ts';
import { normalizeKoboUuid } from './parse-metadata.ts';

/**
 * The `_uuid` of the import template's example row. KoBo gives every submission a random UUID,
 * so no export carries this text; the importer skips rows that do (and says so), so the template
 * imported untouched, or with the officer's rows below the example, adds no made-up record.
 * Fixed, never per download: a template downloaded long ago is still recognised.
 */
export const templateExampleUuid = 'ventanilla-template-example';

/** True for the `_uuid` of the template's example row (as read from a file, any case). */
export function isTemplateExampleUuid({ uuid }: { uuid: string | null }): boolean {
  return uuid !== null && normalizeKoboUuid({ cell: uuid }) === templateExampleUuid;
}

/** The report's note on the example rows it skipped (`rows`: their numbers in the file). */
export function templateExampleSkipped({ rows }: { rows: readonly number[] }): ImportIssue {
  const one = rows.length === 1;
  return createImportIssue({
    code: 'template_example_skipped',
    severity: 'warning',
    columns: ['_uuid'],
    template: one
      ? {
          en: 'Row {rows} is the example row of the template (its _uuid says so): it was skipped, not imported.',
          es: 'La fila {rows} es la fila de ejemplo de la plantilla (lo dice su _uuid): se omitió, no se importó.',
        }
      : {
          en: 'Rows {rows} carry the _uuid of the template’s example row: they were skipped, not imported. Give each of your rows its own _uuid.',
          es: 'Las filas {rows} llevan el _uuid de la fila de ejemplo de la plantilla: se omitieron, no se importaron. Dé a cada una de sus filas su propio _uuid.',
        },
    values: { rows: rows.join(', ') },
  });
}
