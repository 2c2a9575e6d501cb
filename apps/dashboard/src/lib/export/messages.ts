import { createTranslator, defineMessages, type Lang } from '@ventanilla/ui';

/** Texts of the record exports (list pages) and the headers of their derived columns. */
export const exportMessages = defineMessages({
  es: {
    'export.title': 'Descargar lo que muestra la lista',
    'export.labels': 'Para leer en Excel (preguntas y respuestas en español)',
    'export.codes': 'Con códigos (para reimportar o analizar datos)',
    'export.codesHint':
      'Los encabezados son los nombres de campo del formulario y las respuestas sus códigos, iguales en todos los idiomas.',
    'export.csv': 'CSV',
    'export.xlsx': 'Excel (XLSX)',
    'export.csvLabel': 'Descargar en CSV, {what}',
    'export.xlsxLabel': 'Descargar en Excel (XLSX), {what}',
    'export.whatLabels': 'con preguntas y respuestas en español',
    'export.whatCodes': 'con códigos',
    'export.id': 'Identificador del registro',
    'export.month': 'Mes',
    'export.officerId': 'Código del oficial (asignado por la OIM)',
    'export.referred': 'Caso referido',
    'export.batch': {
      one: 'La lista muestra el registro guardado por la importación del {time}.',
      other: 'La lista muestra los {count} registros guardados por la importación del {time}.',
    },
    'export.batchAll': 'Ver todos los registros',
  },
  en: {
    'export.title': 'Download what the list shows',
    'export.labels': 'To read in Excel (questions and answers in English)',
    'export.codes': 'With codes (to re-import or analyse data)',
    'export.codesHint':
      'Headers are the form’s field names and answers are their codes, the same in every language.',
    'export.csv': 'CSV',
    'export.xlsx': 'Excel (XLSX)',
    'export.csvLabel': 'Download as CSV, {what}',
    'export.xlsxLabel': 'Download as Excel (XLSX), {what}',
    'export.whatLabels': 'with questions and answers in English',
    'export.whatCodes': 'with codes',
    'export.id': 'Record identifier',
    'export.month': 'Month',
    'export.officerId': 'Officer ID (issued by IOM)',
    'export.referred': 'Referred case',
    'export.batch': {
      one: 'The list shows the record stored by the import of {time}.',
      other: 'The list shows the {count} records stored by the import of {time}.',
    },
    'export.batchAll': 'See every record',
  },
});

const translators = new Map<Lang, ReturnType<typeof make>>();
const make = (lang: Lang) => createTranslator({ lang, catalogs: [exportMessages] });

/** `exportT(lang)(key)` over the export catalog. */
export function exportT(lang: Lang) {
  let translate = translators.get(lang);
  if (!translate) {
    translate = make(lang);
    translators.set(lang, translate);
  }
  return translate;
}
