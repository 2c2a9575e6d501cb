import { defineMessages } from '@ventanilla/ui';

/** Texts of the follow-up worklist (referrals due or overdue). */
export const referralMessages = defineMessages({
  es: {
    'fu.title': 'Seguimientos pendientes',
    'fu.intro':
      'Referencias enviadas cuyo seguimiento toca hoy o ya pasó. Llame a la institución o a la persona y cierre la referencia con su resultado.',
    'fu.none': 'No hay seguimientos pendientes. Buen trabajo.',
    'fu.count': {
      one: '{count} seguimiento pendiente',
      other: '{count} seguimientos pendientes',
    },
    'fu.institution': 'Institución',
    'fu.state': 'Estado',
    'fu.sentOn': 'Enviada el',
    'fu.due': 'Seguimiento',
    'fu.dueToday': 'hoy',
    'fu.overdue': { one: 'hace {count} día', other: 'hace {count} días' },
    'fu.close': 'Cerrar con resultado',
    'fu.outcome': 'Resultado',
    'fu.choose': 'Elija el resultado',
    'fu.note': 'Nota breve (opcional)',
    'fu.closeButton': 'Cerrar referencia',
    'fu.closed': 'Referencia a {institution} cerrada: {outcome}.',
    'fu.tableLabel': 'Referencias con seguimiento pendiente',
  },
  en: {
    'fu.title': 'Follow-ups due',
    'fu.intro':
      'Referrals sent whose follow-up is due today or past. Call the institution or the person, and close the referral with its outcome.',
    'fu.none': 'No follow-ups are due. Well done.',
    'fu.count': { one: '{count} follow-up due', other: '{count} follow-ups due' },
    'fu.institution': 'Institution',
    'fu.state': 'State',
    'fu.sentOn': 'Sent on',
    'fu.due': 'Follow-up',
    'fu.dueToday': 'today',
    'fu.overdue': { one: '{count} day ago', other: '{count} days ago' },
    'fu.close': 'Close with outcome',
    'fu.outcome': 'Outcome',
    'fu.choose': 'Choose the outcome',
    'fu.note': 'Short note (optional)',
    'fu.closeButton': 'Close referral',
    'fu.closed': 'Referral to {institution} closed: {outcome}.',
    'fu.tableLabel': 'Referrals with a follow-up due',
  },
});
