import type { Localized } from '../../i18n.ts';
import { fillTemplate } from '../rules/fill-template.ts';

/** What an import issue that is not a §6 rule is about. */
export type ImportIssueCode =
  | 'missing_uuid_column'
  | 'duplicate_field_column'
  | 'no_form_field_column'
  | 'unknown_headers'
  | 'missing_uuid'
  | 'duplicate_uuid'
  | 'unknown_record_type'
  | 'invalid_validation_status'
  | 'invalid_metadata_value'
  | 'template_example_skipped';

/**
 * A file-level or row-level import finding that is not a §6 rule violation (§7.2, §7.3, §7.5,
 * §7.6): file errors reject the file, row errors reject the row, warnings are reported.
 */
export type ImportIssue = {
  code: ImportIssueCode;
  severity: 'error' | 'warning';
  /** The headers (file level) or metadata columns (row level) concerned. */
  columns: string[];
  message_en: string;
  message_es: string;
};

/**
 * Import messages in both languages. `missingUuid`, `duplicateUuid` and `unknownRecordType` are
 * normative (§7.5, §7.6); the others are ours, in the same style.
 */
export const importMessages = {
  missingUuidColumn: {
    en: 'The file has no _uuid column: only KoBo exports can be imported.',
    es: 'El archivo no tiene la columna _uuid: solo se pueden importar exportaciones de KoBo.',
  },
  duplicateFieldColumn: {
    en: 'Several columns hold the same question, {label}: {headers}. Keep only one and import again.',
    es: 'Varias columnas contienen la misma pregunta, {label}: {headers}. Deje solo una e importe de nuevo.',
  },
  noFormFieldColumn: {
    en: 'No column of this file is a question of the Hubs Form. Check that it is a KoBo export of the Hubs Form.',
    es: 'Ninguna columna de este archivo es una pregunta del Formulario de Ventanillas. Revise que sea una exportación de KoBo del Formulario de Ventanillas.',
  },
  unknownHeaders: {
    en: 'These columns are not part of the Hubs Form and were not imported: {headers}.',
    es: 'Estas columnas no son parte del Formulario de Ventanillas y no se importaron: {headers}.',
  },
  missingUuid: {
    en: 'Missing _uuid: only KoBo exports can be imported.',
    es: 'Falta _uuid: solo se pueden importar exportaciones de KoBo.',
  },
  duplicateUuid: {
    en: 'Duplicate _uuid in this file.',
    es: '_uuid repetido en este archivo.',
  },
  unknownRecordType: {
    en: 'Cannot tell whether this row is a case or an activity. Fill record_type.',
    es: 'No se puede saber si esta fila es un caso o una actividad. Complete record_type.',
  },
  invalidValidationStatus: {
    en: "'{value}' is not a KoBo validation status. The row was imported without a status.",
    es: "'{value}' no es un estado de validación de KoBo. La fila se importó sin estado.",
  },
  invalidMetadataValue: {
    en: "'{value}' is not valid for the column {column}. The row was imported without it.",
    es: "'{value}' no es válido para la columna {column}. La fila se importó sin ese dato.",
  },
} as const satisfies Record<string, Localized>;

type Values = Record<string, string | number>;

/** Builds an import issue from a message template, placeholders filled per language. */
export function createImportIssue({
  code,
  severity,
  columns,
  template,
  values,
}: {
  code: ImportIssueCode;
  severity: 'error' | 'warning';
  columns: string[];
  template: Localized;
  values?: Values | ((lang: 'en' | 'es') => Values);
}): ImportIssue {
  const valuesFor = (lang: 'en' | 'es'): Values =>
    typeof values === 'function' ? values(lang) : (values ?? {});
  return {
    code,
    severity,
    columns,
    message_en: fillTemplate({ template: template.en, values: valuesFor('en') }),
    message_es: fillTemplate({ template: template.es, values: valuesFor('es') }),
  };
}
