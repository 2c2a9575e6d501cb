import { defineMessages } from '@ventanilla/ui';

/** Texts of the import page (KoBo exports, FORM.md §7) and inside its template. */
export const importMessages = defineMessages({
  es: {
    'import.title': 'Importar registros',
    'import.intro':
      'Suba una exportación de KoBoToolbox del Formulario de Ventanillas o la plantilla completada (CSV o XLSX). Primero verá una vista previa; nada se guarda hasta que usted confirme.',
    'import.file': 'Archivo a importar',
    'import.fileHint':
      'Exportación de KoBo o plantilla: CSV (separado por ; o ,) o XLSX, con encabezados por nombre de campo o por pregunta.',
    'import.prepareTitle': 'Antes de importar',
    'import.templateIntro':
      'La plantilla tiene una hoja Datos con una fila de ejemplo, la lista de columnas y las respuestas posibles de cada pregunta. Escriba sus registros debajo del ejemplo o en su lugar: la fila de ejemplo nunca se importa, y cada fila suya necesita su propio identificador en la columna _uuid.',
    'import.templateCases': 'Plantilla de casos (XLSX)',
    'import.templateActivities': 'Plantilla de actividades (XLSX)',
    'import.xlsform': 'Formulario para KoBoToolbox (XLSForm)',
    'import.xlsformHint':
      'Súbalo a KoBoToolbox para recoger registros en el teléfono; sus exportaciones se importan aquí.',
    'import.hubCodes': {
      one: 'En la columna Ventanilla escriba el código de su ventanilla: {codes}.',
      other: 'En la columna Ventanilla escriba el código de una de sus ventanillas: {codes}.',
    },
    'import.noHubs':
      'Su cuenta no tiene ventanillas asignadas: solo puede importar registros de una ventanilla asignada.',
    'import.rejectedIntro':
      'Corrija estas respuestas en el archivo y revíselo de nuevo. Los números de fila son los de la hoja de cálculo (la fila 1 es la de los encabezados).',
    'import.question': 'Pregunta',
    'import.fix': 'Qué corregir',
    'import.rowsOf': 'Filas',
    'import.inRows': { one: 'fila {rows}', other: 'filas {rows}' },
    'import.seeCases': {
      one: 'Ver el caso importado',
      other: 'Ver los {count} casos importados',
    },
    'import.seeActivities': {
      one: 'Ver la actividad importada',
      other: 'Ver las {count} actividades importadas',
    },
    'import.nothingNew': 'No había registros nuevos ni cambiados: todo estaba ya importado.',
    'import.nothingToStore':
      'No hay nada que importar: ninguna fila del archivo es nueva ni cambia un registro guardado.',
    'import.hub': 'Ventanilla para las filas sin ventanilla',
    'import.hubHint': 'Las filas de otra ventanilla se rechazan.',
    'import.hubNone': 'La de cada fila',
    'import.preview': 'Revisar el archivo',
    'import.noFile': 'Elija un archivo para importar.',
    'import.chooseFile': 'Elegir archivo',
    'import.noFileChosen': 'Ningún archivo elegido',
    'import.onlyExample':
      'El archivo solo tiene la fila de ejemplo de la plantilla: no hay nada que importar. Escriba sus registros debajo del ejemplo o en su lugar, cada uno con su propio _uuid.',
    'import.failed': 'No se pudo leer el archivo: {reason}',
    'import.reportTooLarge':
      'El resultado de la revisión es demasiado grande para mostrarlo: revise que el archivo sea una exportación del formulario.',
    'import.expired': 'La vista previa ya no está disponible. Suba el archivo de nuevo.',
    'import.previewTitle': 'Vista previa: todavía no se guardó nada',
    'import.resultTitle': 'Resultado de la importación',
    'import.rows': { one: '{count} fila leída.', other: '{count} filas leídas.' },
    'import.outcome': 'Resultado',
    'import.count': 'Filas',
    'import.inserted': 'Nuevas',
    'import.updated': 'Actualizadas',
    'import.unchanged': 'Sin cambios (ya importadas)',
    'import.superseded': 'Omitidas (hay una versión más reciente)',
    'import.conflict': 'Omitidas (cambiadas en Ventanilla desde la última importación)',
    'import.rejected': 'Rechazadas',
    'import.fileErrors': 'El archivo no se puede importar',
    'import.fileWarnings': 'Avisos sobre el archivo',
    'import.rejectedTitle': 'Filas rechazadas',
    'import.skippedTitle': 'Filas omitidas',
    'import.skippedIntro':
      'Estas filas no cambiarán nada de lo guardado; las demás filas del archivo se importarán igual.',
    'import.skippedIntroDone':
      'Estas filas no cambiaron nada de lo guardado; las demás filas del archivo se importaron.',
    'import.skippedRows': { one: 'Fila {rows}', other: 'Filas {rows}' },
    'import.conflictWhy': {
      one: 'el registro se cambió en Ventanilla después de importarse, y el archivo no sobrescribe ese cambio. Si la versión del archivo es la correcta, corrija el registro en Ventanilla.',
      other:
        'los registros se cambiaron en Ventanilla después de importarse, y el archivo no sobrescribe esos cambios. Si la versión del archivo es la correcta, corrija los registros en Ventanilla.',
    },
    'import.supersededWhy': {
      one: 'es una versión anterior de un registro que luego se editó en KoBo y ya se importó así: se conserva la versión más reciente.',
      other:
        'son versiones anteriores de registros que luego se editaron en KoBo y ya se importaron así: se conserva la versión más reciente de cada uno.',
    },
    'import.warningsTitle': 'Avisos',
    'import.warningsIntro':
      'Los avisos no impiden importar una fila: revise que las respuestas sean correctas.',
    'import.row': 'Fila',
    'import.more': { one: 'y {count} fila más.', other: 'y {count} filas más.' },
    'import.commit': 'Importar',
    'import.commitValid': 'Importar solo las filas válidas',
    'import.allOrNothing':
      'Hay filas rechazadas. Corrija el archivo y revíselo de nuevo, o importe ahora solo las filas válidas: las rechazadas no se guardan.',
    'import.cancel': 'Elegir otro archivo',
    'import.working': 'Importando… esto puede tardar unos minutos con archivos grandes.',
    'import.stored': 'Importación guardada.',
    'import.notStored': 'No se guardó nada: hay filas rechazadas.',
    'import.progress': {
      one: '{count} fila leída; rechazadas hasta ahora: {rejected}.',
      other: '{count} filas leídas; rechazadas hasta ahora: {rejected}.',
    },
    'import.uploading': 'Enviando el archivo…',
    'import.sizeLimit': 'Tamaño máximo del archivo: {limit}.',
    'import.tooLarge': 'El archivo es demasiado grande: el máximo es {limit}.',
    'import.signedOut': 'Su sesión terminó. Entre de nuevo e importe otra vez.',
    'import.forbidden': 'Solicitud no permitida.',
    'template.sheetData': 'Datos',
    'template.sheetColumns': 'Columnas',
    'template.sheetOptions': 'Opciones',
    'template.column': 'Columna',
    'template.name': 'Nombre de campo',
    'template.required': 'Obligatoria',
    'template.yes': 'Sí',
    'template.write': 'Qué escribir',
    'template.answer': 'Respuesta',
    'template.code': 'Código',
    'template.type.select_one': 'Una respuesta de la hoja Opciones (o su código).',
    'template.type.select_multiple':
      'Una o varias respuestas de la hoja Opciones, separadas por punto y coma (;).',
    'template.type.text': 'Texto.',
    'template.type.integer': 'Un número entero.',
    'template.type.date': 'Fecha como AAAA-MM-DD (por ejemplo 2026-03-05) o una fecha de Excel.',
    'template.type.note': '',
    'template.uuid':
      'Un identificador distinto en cada fila (KoBo lo pone solo). Para filas nuevas escriba uno que no haya usado antes, por ejemplo el código de la ventanilla, la fecha y un número. El de la fila de ejemplo la marca como ejemplo: esa fila no se importa.',
  },
  en: {
    'import.title': 'Import records',
    'import.intro':
      'Upload a KoBoToolbox export of the Hubs Form or the filled-in template (CSV or XLSX). You will see a preview first; nothing is stored until you confirm.',
    'import.file': 'File to import',
    'import.fileHint':
      'KoBo export or template: CSV (separated by ; or ,) or XLSX, with field names or questions as headers.',
    'import.prepareTitle': 'Before you import',
    'import.templateIntro':
      'The template has a Data sheet with one example row, the list of columns and the possible answers to each question. Write your records below the example or in its place: the example row is never imported, and each of your rows needs its own identifier in the _uuid column.',
    'import.templateCases': 'Template for cases (XLSX)',
    'import.templateActivities': 'Template for activities (XLSX)',
    'import.xlsform': 'Form for KoBoToolbox (XLSForm)',
    'import.xlsformHint':
      'Upload it to KoBoToolbox to collect records on a phone; its exports are imported here.',
    'import.hubCodes': {
      one: 'In the Hub column write the code of your hub: {codes}.',
      other: 'In the Hub column write the code of one of your hubs: {codes}.',
    },
    'import.noHubs':
      'Your account has no hubs assigned: you can only import records of a hub assigned to you.',
    'import.rejectedIntro':
      'Fix these answers in the file and check it again. Row numbers are the spreadsheet’s (row 1 holds the headers).',
    'import.question': 'Question',
    'import.fix': 'What to fix',
    'import.rowsOf': 'Rows',
    'import.inRows': { one: 'row {rows}', other: 'rows {rows}' },
    'import.seeCases': {
      one: 'See the imported case',
      other: 'See the {count} imported cases',
    },
    'import.seeActivities': {
      one: 'See the imported activity',
      other: 'See the {count} imported activities',
    },
    'import.nothingNew': 'There were no new or changed records: everything was already imported.',
    'import.nothingToStore':
      'There is nothing to import: no row in the file is new or changes a stored record.',
    'import.hub': 'Hub for rows without a hub',
    'import.hubHint': 'Rows of another hub are rejected.',
    'import.hubNone': 'Each row’s own hub',
    'import.preview': 'Check the file',
    'import.noFile': 'Choose a file to import.',
    'import.chooseFile': 'Choose file',
    'import.noFileChosen': 'No file chosen',
    'import.onlyExample':
      'The file only has the example row of the template: there is nothing to import. Write your records below the example or in its place, each with its own _uuid.',
    'import.failed': 'The file could not be read: {reason}',
    'import.reportTooLarge':
      'The result of the check is too large to show: make sure the file is an export of the form.',
    'import.expired': 'The preview is no longer available. Upload the file again.',
    'import.previewTitle': 'Preview: nothing has been stored yet',
    'import.resultTitle': 'Import result',
    'import.rows': { one: '{count} row read.', other: '{count} rows read.' },
    'import.outcome': 'Outcome',
    'import.count': 'Rows',
    'import.inserted': 'New',
    'import.updated': 'Updated',
    'import.unchanged': 'Unchanged (already imported)',
    'import.superseded': 'Skipped (a newer version is stored)',
    'import.conflict': 'Skipped (changed in Ventanilla since the last import)',
    'import.rejected': 'Rejected',
    'import.fileErrors': 'The file cannot be imported',
    'import.fileWarnings': 'Notes about the file',
    'import.rejectedTitle': 'Rejected rows',
    'import.skippedTitle': 'Skipped rows',
    'import.skippedIntro':
      'These rows will change nothing that is stored; the other rows of the file will be imported all the same.',
    'import.skippedIntroDone':
      'These rows changed nothing that is stored; the other rows of the file were imported.',
    'import.skippedRows': { one: 'Row {rows}', other: 'Rows {rows}' },
    'import.conflictWhy': {
      one: "the record was changed in Ventanilla after it was imported, and the file does not overwrite that change. If the file's version is the right one, correct the record in Ventanilla.",
      other:
        "the records were changed in Ventanilla after they were imported, and the file does not overwrite those changes. If the file's version is the right one, correct the records in Ventanilla.",
    },
    'import.supersededWhy': {
      one: 'an older version of a record that was later edited in KoBo and already imported that way: the newest version is kept.',
      other:
        'older versions of records that were later edited in KoBo and already imported that way: the newest version of each is kept.',
    },
    'import.warningsTitle': 'Warnings',
    'import.warningsIntro': 'Warnings do not keep a row out: check that the answers are right.',
    'import.row': 'Row',
    'import.more': { one: 'and {count} more row.', other: 'and {count} more rows.' },
    'import.commit': 'Import',
    'import.commitValid': 'Import only the valid rows',
    'import.allOrNothing':
      'Some rows are rejected. Fix the file and check it again, or import only the valid rows now: the rejected ones are not stored.',
    'import.cancel': 'Choose another file',
    'import.working': 'Importing… this can take a few minutes for large files.',
    'import.stored': 'Import stored.',
    'import.notStored': 'Nothing was stored: some rows are rejected.',
    'import.progress': {
      one: '{count} row read; rejected so far: {rejected}.',
      other: '{count} rows read; rejected so far: {rejected}.',
    },
    'import.uploading': 'Sending the file…',
    'import.sizeLimit': 'Largest file: {limit}.',
    'import.tooLarge': 'The file is too large: the largest accepted is {limit}.',
    'import.signedOut': 'Your session has ended. Sign in and import again.',
    'import.forbidden': 'Request not allowed.',
    'template.sheetData': 'Data',
    'template.sheetColumns': 'Columns',
    'template.sheetOptions': 'Options',
    'template.column': 'Column',
    'template.name': 'Field name',
    'template.required': 'Required',
    'template.yes': 'Yes',
    'template.write': 'What to write',
    'template.answer': 'Answer',
    'template.code': 'Code',
    'template.type.select_one': 'One answer from the Options sheet (or its code).',
    'template.type.select_multiple':
      'One or more answers from the Options sheet, separated by semicolons (;).',
    'template.type.text': 'Text.',
    'template.type.integer': 'A whole number.',
    'template.type.date': 'Date as YYYY-MM-DD (for example 2026-03-05) or an Excel date.',
    'template.type.note': '',
    'template.uuid':
      'A different identifier in each row (KoBo fills it in). For new rows write one you have not used before, for example the hub code, the date and a number. The one in the example row marks it as the example: that row is not imported.',
  },
});
