import { createTranslator, defineMessages, type Lang } from '@ventanilla/ui';

/** Texts of the offline queue (issue 9). */
export const offlineMessages = defineMessages({
  es: {
    'offline.nav': 'Pendientes',
    'offline.pendingCount': {
      zero: 'Ningún registro pendiente de envío',
      one: '{count} registro pendiente de envío',
      other: '{count} registros pendientes de envío',
    },
    'offline.noConnection': 'Sin conexión: lo que registre se guarda en este equipo.',
    'offline.syncing': 'Enviando registros pendientes…',
    'offline.syncNow': 'Enviar ahora',
    'offline.signedOut':
      'Su sesión terminó. Los registros pendientes siguen en este equipo: entre de nuevo para enviarlos.',
    'offline.signIn': 'Entrar',
    'offline.unreachable': 'El servidor no responde; se intentará de nuevo al volver la conexión.',
    'offline.title': 'Registros pendientes de envío',
    'offline.intro':
      'Registros guardados en este equipo sin conexión, cifrados. Se envían solos al volver la conexión; cada uno se guarda una sola vez en el servidor.',
    'offline.none': 'No hay registros pendientes en este equipo.',
    'offline.kind.case': 'Caso',
    'offline.kind.activity': 'Actividad',
    'offline.colKind': 'Tipo',
    'offline.colDate': 'Fecha',
    'offline.colHub': 'Ventanilla',
    'offline.colStatus': 'Estado',
    'offline.colActions': 'Acciones',
    'offline.status.pending': 'Pendiente',
    'offline.status.refused': 'Rechazado por el servidor',
    'offline.open': 'Abrir y corregir',
    'offline.resend': 'Reenviar',
    'offline.discard': 'Descartar',
    'offline.discardConfirm': '¿Descartar este registro? No se podrá recuperar.',
    'offline.sentTitle': 'Enviados desde este equipo',
    'offline.sentNone': 'Todavía no se ha enviado nada desde este equipo.',
    'offline.sentAt': 'Enviado',
    'offline.serverId': 'Referencia en el servidor',
    'offline.openSent.case': 'Abrir el caso enviado',
    'offline.openSent.activity': 'Abrir la actividad enviada',
    'offline.queued': 'Registro guardado en este equipo. Se enviará al volver la conexión.',
    'offline.queuedOnline': 'Registro guardado en este equipo y enviado.',
    'offline.editing':
      'Está corrigiendo un registro pendiente. Al guardarlo se reenviará con la misma referencia.',
    'offline.saveLocal': 'Guardar y reenviar',
    'offline.exportTitle': 'Llevar los pendientes a otro equipo',
    'offline.exportIntro':
      'Descargue un archivo cifrado con una frase de paso que usted elige. En el otro equipo, importe el archivo con la misma frase. Comparta la frase por otro medio que el archivo.',
    'offline.passphrase': 'Frase de paso (12 caracteres o más)',
    'offline.export': 'Descargar archivo cifrado',
    'offline.exported': {
      one: 'Archivo descargado con {count} registro.',
      other: 'Archivo descargado con {count} registros.',
    },
    'offline.importFile': 'Archivo de registros pendientes',
    'offline.import': 'Importar',
    'offline.imported': {
      zero: 'El archivo no tenía registros nuevos para este equipo.',
      one: 'Se añadió {count} registro pendiente.',
      other: 'Se añadieron {count} registros pendientes.',
    },
    'offline.importFailed': 'No se pudo abrir el archivo: compruebe la frase de paso.',
    'offline.passphraseShort': 'La frase de paso debe tener al menos 12 caracteres.',
    'offline.signOutWarningCloses': {
      one: 'Hay {count} registro o cierre de referencia sin enviar en este equipo. Si sale, quedará guardado aquí hasta que vuelva a entrar y se envíe. ¿Salir de todos modos?',
      other:
        'Hay {count} registros o cierres de referencia sin enviar en este equipo. Si sale, quedarán guardados aquí hasta que vuelva a entrar y se envíen. ¿Salir de todos modos?',
    },
    'offline.closesCount': {
      one: '{count} cierre de referencia pendiente de envío',
      other: '{count} cierres de referencia pendientes de envío',
    },
    'offline.signOutWarning': {
      one: 'Hay {count} registro sin enviar en este equipo. Si sale, quedará guardado aquí hasta que vuelva a entrar y se envíe. ¿Salir de todos modos?',
      other:
        'Hay {count} registros sin enviar en este equipo. Si sale, quedarán guardados aquí hasta que vuelva a entrar y se envíen. ¿Salir de todos modos?',
    },
    'offline.noKey':
      'Este equipo todavía no puede guardar registros sin conexión: entre una vez con conexión.',
    'offline.persistDenied':
      'El navegador no garantiza conservar los datos de este equipo: envíe o exporte los pendientes pronto.',
  },
  en: {
    'offline.nav': 'Pending',
    'offline.pendingCount': {
      zero: 'No records waiting to be sent',
      one: '{count} record waiting to be sent',
      other: '{count} records waiting to be sent',
    },
    'offline.noConnection': 'No connection: what you record is kept on this device.',
    'offline.syncing': 'Sending pending records…',
    'offline.syncNow': 'Send now',
    'offline.signedOut':
      'Your session ended. Pending records are still on this device: sign in again to send them.',
    'offline.signIn': 'Sign in',
    'offline.unreachable':
      'The server is not answering; it will be tried again when the connection returns.',
    'offline.title': 'Records waiting to be sent',
    'offline.intro':
      'Records kept on this device while offline, encrypted. They are sent on their own when the connection returns; each is stored only once on the server.',
    'offline.none': 'No records are waiting on this device.',
    'offline.kind.case': 'Case',
    'offline.kind.activity': 'Activity',
    'offline.colKind': 'Type',
    'offline.colDate': 'Date',
    'offline.colHub': 'Hub',
    'offline.colStatus': 'Status',
    'offline.colActions': 'Actions',
    'offline.status.pending': 'Pending',
    'offline.status.refused': 'Refused by the server',
    'offline.open': 'Open and fix',
    'offline.resend': 'Send again',
    'offline.discard': 'Discard',
    'offline.discardConfirm': 'Discard this record? It cannot be recovered.',
    'offline.sentTitle': 'Sent from this device',
    'offline.sentNone': 'Nothing has been sent from this device yet.',
    'offline.sentAt': 'Sent',
    'offline.serverId': 'Server reference',
    'offline.openSent.case': 'Open the sent case',
    'offline.openSent.activity': 'Open the sent activity',
    'offline.queued': 'Record kept on this device. It will be sent when the connection returns.',
    'offline.queuedOnline': 'Record kept on this device and sent.',
    'offline.editing':
      'You are fixing a pending record. Saving it sends it again with the same reference.',
    'offline.saveLocal': 'Save and send again',
    'offline.exportTitle': 'Take pending records to another device',
    'offline.exportIntro':
      'Download a file encrypted with a passphrase you choose. On the other device, import the file with the same passphrase. Share the passphrase separately from the file.',
    'offline.passphrase': 'Passphrase (12 characters or more)',
    'offline.export': 'Download encrypted file',
    'offline.exported': {
      one: 'File downloaded with {count} record.',
      other: 'File downloaded with {count} records.',
    },
    'offline.importFile': 'File of pending records',
    'offline.import': 'Import',
    'offline.imported': {
      zero: 'The file had no records new to this device.',
      one: '{count} pending record added.',
      other: '{count} pending records added.',
    },
    'offline.importFailed': 'The file could not be opened: check the passphrase.',
    'offline.passphraseShort': 'The passphrase must be at least 12 characters long.',
    'offline.signOutWarningCloses': {
      one: '{count} record or referral close on this device has not been sent. If you sign out it stays here until you sign in again and it is sent. Sign out anyway?',
      other:
        '{count} records or referral closes on this device have not been sent. If you sign out they stay here until you sign in again and they are sent. Sign out anyway?',
    },
    'offline.closesCount': {
      one: '{count} referral close waiting to be sent',
      other: '{count} referral closes waiting to be sent',
    },
    'offline.signOutWarning': {
      one: '{count} record on this device has not been sent. If you sign out it stays here until you sign in again and it is sent. Sign out anyway?',
      other:
        '{count} records on this device have not been sent. If you sign out they stay here until you sign in again and they are sent. Sign out anyway?',
    },
    'offline.noKey': 'This device cannot keep records offline yet: sign in once while connected.',
    'offline.persistDenied':
      'The browser does not guarantee to keep this device’s data: send or export pending records soon.',
  },
});

const translators = new Map<Lang, ReturnType<typeof make>>();
const make = (lang: Lang) => createTranslator({ lang, catalogs: [offlineMessages] });

export function offlineT(lang: Lang) {
  let translate = translators.get(lang);
  if (!translate) {
    translate = make(lang);
    translators.set(lang, translate);
  }
  return translate;
}
