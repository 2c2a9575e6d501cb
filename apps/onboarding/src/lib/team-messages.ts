import { createTranslator, defineMessages, type Lang, type Translate } from '@ventanilla/ui';

/** Texts of the team pages (the coordinator's view of each person's training). */
export const teamMessages = defineMessages({
  es: {
    'team.late': {
      zero: 'Nada atrasado',
      one: '{count} paso atrasado',
      other: '{count} pasos atrasados',
    },
    'team.lateSummary': {
      zero: 'Nadie del equipo tiene pasos atrasados.',
      // {column} is the table's heading of that column, so the text names what the rows show.
      one: '{count} persona del equipo tiene pasos atrasados: aparece primero, con sus pasos atrasados en la columna «{column}».',
      other:
        '{count} personas del equipo tienen pasos atrasados: aparecen primero, con sus pasos atrasados en la columna «{column}».',
    },
    'team.hubs': { one: 'Ventanilla: {hubs}', other: 'Ventanillas: {hubs}' },
    'team.table': 'Tabla: avance de cada persona',
    'person.back': 'Formación del equipo',
    'person.track': 'Itinerario: {track}',
    'person.started': 'Empezó el {date}',
    'person.progress': {
      one: '{done} de {count} paso completado',
      other: '{done} de {count} pasos completados',
    },
    'person.step': 'Paso',
    'person.type': 'Tipo',
    'person.state': 'Estado',
    'person.due': 'Plazo',
    'person.dueOn': 'Para el {date}',
    'person.noAttempts': 'Sin intentos',
    'person.reset': 'Reiniciar intentos',
    'person.resetOf': 'Reiniciar intentos de «{step}»',
    'person.resetDone':
      'Intentos reiniciados: «{step}». La persona tiene de nuevo todos sus intentos.',
    'person.lateSince': 'Atrasado: vencía el {date}',
    'person.doneOn': 'El {date}',
    'person.signoffHint':
      'Los pasos con firma solicitada se firman en la lista de firmas pendientes.',
    'person.late': 'Atrasado',
  },
  en: {
    'team.late': {
      zero: 'Nothing overdue',
      one: '{count} step overdue',
      other: '{count} steps overdue',
    },
    'team.lateSummary': {
      zero: 'Nobody in the team has overdue steps.',
      one: '{count} person in the team has overdue steps: listed first, with those steps in the “{column}” column.',
      other:
        '{count} people in the team have overdue steps: listed first, with their steps in the “{column}” column.',
    },
    'team.hubs': { one: 'Hub: {hubs}', other: 'Hubs: {hubs}' },
    'team.table': 'Table: progress of each person',
    'person.back': 'Team training',
    'person.track': 'Track: {track}',
    'person.started': 'Started {date}',
    'person.progress': {
      one: '{done} of {count} step completed',
      other: '{done} of {count} steps completed',
    },
    'person.step': 'Step',
    'person.type': 'Kind',
    'person.state': 'Status',
    'person.due': 'Due',
    'person.dueOn': 'Due {date}',
    'person.noAttempts': 'No attempts left',
    'person.reset': 'Reset attempts',
    'person.resetOf': 'Reset attempts of “{step}”',
    'person.resetDone': 'Attempts reset: “{step}”. The person has all their attempts again.',
    'person.lateSince': 'Overdue: was due {date}',
    'person.doneOn': 'On {date}',
    'person.signoffHint':
      'Steps with a sign-off requested are signed in the pending sign-offs list.',
    'person.late': 'Overdue',
  },
});

export type TeamKey = keyof typeof teamMessages.es;

const translators = new Map<Lang, Translate<TeamKey>>();

/** `teamT(lang)(key, params)` over the team pages' catalog. */
export function teamT(lang: Lang): Translate<TeamKey> {
  let translate = translators.get(lang);
  if (!translate) {
    translate = createTranslator({ lang, catalogs: [teamMessages] });
    translators.set(lang, translate);
  }
  return translate;
}
