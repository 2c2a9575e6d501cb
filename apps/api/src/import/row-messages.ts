import { createImportIssue, type ImportIssue } from '@ventanilla/domain';
import type { RowIssue } from './report.ts';

/** The importer's own row and file messages (the domain's rules bring theirs). */

export const importMessages = {
  otherHub: {
    en: 'This row belongs to hub {value}, not to the hub chosen for this import ({hub}).',
    es: 'Esta fila es de la ventanilla {value}, no de la elegida para esta importación ({hub}).',
  },
  hubNotYours: {
    en: 'You cannot import records of hub {value}.',
    es: 'No puede importar registros de la ventanilla {value}.',
  },
  kindChanged: {
    en: 'This row changes a stored record from {value} to {hub}: change it in the web app instead.',
    es: 'Esta fila cambia un registro guardado de {value} a {hub}: cámbielo en la aplicación web.',
  },
} as const;

export function issue(
  rule: string,
  fields: string[],
  template: { en: string; es: string },
  values: Record<string, string>,
): RowIssue {
  const fill = (text: string) => text.replace(/\{(\w+)\}/gu, (_, key: string) => values[key] ?? '');
  return {
    rule,
    severity: 'error',
    fields,
    message_en: fill(template.en),
    message_es: fill(template.es),
  };
}

export function duplicateUuid(): ImportIssue {
  return createImportIssue({
    code: 'duplicate_uuid',
    severity: 'error',
    columns: ['_uuid'],
    template: { en: 'Duplicate _uuid in this file.', es: '_uuid repetido en este archivo.' },
  });
}

export function unknownForcedHub(code: string): ImportIssue {
  return {
    code: 'no_form_field_column',
    severity: 'error',
    columns: ['hub'],
    message_en: `Unknown hub: ${code}.`,
    message_es: `Ventanilla desconocida: ${code}.`,
  };
}
