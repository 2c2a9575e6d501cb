import { defineMessages } from '@ventanilla/ui';

/** Texts of the follow-up worklist without a connection (`fuo.`, issue 16 item 3). */
export const followUpsOfflineMessages = defineMessages({
  es: {
    'fuo.savedList': 'Sin conexión. Esta es la lista guardada en este equipo el {when} ({age}).',
    'fuo.age.minutes': {
      zero: 'hace un momento',
      one: 'hace {count} minuto',
      other: 'hace {count} minutos',
    },
    'fuo.age.hours': { one: 'hace {count} hora', other: 'hace {count} horas' },
    'fuo.age.days': { one: 'hace {count} día', other: 'hace {count} días' },
    'fuo.missing':
      'Los seguimientos que vencieron después no aparecen: conéctese para ver la lista al día.',
    'fuo.onlyClose':
      'Sin conexión solo se puede cerrar una referencia con su resultado: el cierre queda cifrado en este equipo y se envía al volver la conexión. Marcarla como recibida o atendida, corregirla o abrir el caso necesita conexión.',
    'fuo.none':
      'Este equipo no tiene una lista guardada. Entre con conexión una vez para poder usarla sin conexión.',
    'fuo.queuedTitle': 'Cierres hechos sin conexión',
    'fuo.queuedCount': {
      one: '{count} cierre de referencia por enviar',
      other: '{count} cierres de referencia por enviar',
    },
    'fuo.pending': 'Pendiente de envío: {outcome}. Se enviará al volver la conexión.',
    'fuo.sending': 'Enviando los cierres…',
    'fuo.alreadyClosed':
      'Alguien ya cerró esta referencia ({outcome}, {date}). Su cierre no se envió: no hay nada más que hacer.',
    'fuo.changed':
      'Esta referencia cambió después de guardar la lista (ahora: {state}). Su cierre no se envió: revíselo.',
    'fuo.refused': 'El servidor no aceptó el cierre: {message}',
    'fuo.undo': 'Deshacer el cierre',
    'fuo.closeAnyway': 'Cerrarla de todos modos',
    'fuo.dismiss': 'Quitar el aviso',
    'fuo.discard': 'Descartar el cierre',
    'fuo.sent': {
      one: '{count} cierre hecho sin conexión llegó al servidor.',
      other: '{count} cierres hechos sin conexión llegaron al servidor.',
    },
    'fuo.queuedBadge': 'Cierre pendiente de envío',
    'fuo.caseOffline': 'Ver el caso necesita conexión.',
    'fuo.noKey':
      'Este equipo aún no puede guardar sin conexión: entre una vez con conexión y vuelva a intentarlo.',
    'fuo.failed': 'No se pudo guardar el cierre en este equipo.',
  },
  en: {
    'fuo.savedList': 'No connection. This is the list saved on this device on {when} ({age}).',
    'fuo.age.minutes': {
      zero: 'just now',
      one: '{count} minute ago',
      other: '{count} minutes ago',
    },
    'fuo.age.hours': { one: '{count} hour ago', other: '{count} hours ago' },
    'fuo.age.days': { one: '{count} day ago', other: '{count} days ago' },
    'fuo.missing':
      'Follow-ups that fell due after that are not shown: connect to see the list up to date.',
    'fuo.onlyClose':
      'Without a connection you can only close a referral with its outcome: the close is kept encrypted on this device and sent when the connection returns. Marking it received or attended, correcting it or opening the case needs a connection.',
    'fuo.none':
      'This device has no saved list. Sign in once with a connection to be able to use it offline.',
    'fuo.queuedTitle': 'Closes made without a connection',
    'fuo.queuedCount': {
      one: '{count} referral close waiting to be sent',
      other: '{count} referral closes waiting to be sent',
    },
    'fuo.pending': 'Waiting to be sent: {outcome}. It will be sent when the connection returns.',
    'fuo.sending': 'Sending the closes…',
    'fuo.alreadyClosed':
      'Someone already closed this referral ({outcome}, {date}). Your close was not sent: nothing else to do.',
    'fuo.changed':
      'This referral changed after the list was saved (now: {state}). Your close was not sent: please review it.',
    'fuo.refused': 'The server did not accept the close: {message}',
    'fuo.undo': 'Undo the close',
    'fuo.closeAnyway': 'Close it anyway',
    'fuo.dismiss': 'Remove the notice',
    'fuo.discard': 'Discard the close',
    'fuo.sent': {
      one: '{count} close made without a connection reached the server.',
      other: '{count} closes made without a connection reached the server.',
    },
    'fuo.queuedBadge': 'Close waiting to be sent',
    'fuo.caseOffline': 'Opening the case needs a connection.',
    'fuo.noKey':
      'This device cannot save offline yet: sign in once with a connection and try again.',
    'fuo.failed': 'The close could not be saved on this device.',
  },
});
