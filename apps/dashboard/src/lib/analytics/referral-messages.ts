import { defineMessages } from '@ventanilla/ui';

/** Texts of the analytics page's referral section (issue 16 item 8); labels of codes come from the domain. */
export const referralFigureMessages = defineMessages({
  es: {
    'an.ref.title': 'Referencias',
    'an.ref.intro':
      'Referencias de los casos del periodo (por el mes del caso), seguidas hasta su resultado.',
    'an.ref.chart.state': 'Referencias por estado',
    'an.ref.chart.outcome': 'Referencias cerradas por resultado',
    'an.ref.chart.sector': 'Referencias por sector de destino',
    'an.ref.col.referrals': 'Referencias',
    'an.ref.row.state': 'Estado',
    'an.ref.row.outcome': 'Resultado',
    'an.ref.row.sector': 'Sector de destino',
    'an.ref.note.sector':
      'El sector es el de la institución en el directorio de la ventanilla; las instituciones escritas a mano se cuentan aparte.',
    'an.ref.overdue': 'Seguimientos vencidos',
    'an.ref.overdueNote':
      'Referencias sin cerrar cuya fecha de seguimiento es anterior a hoy ({today}, {zone}).',
    'an.ref.closedAfterSending': 'Referencias cerradas después de enviarse',
    'an.ref.median': 'Mediana de días entre el envío y el resultado',
    'an.ref.medianDays': '{days} días',
    'an.ref.medianHidden': 'No publicada: muy pocas referencias cerradas para protegerlas.',
    'an.ref.medianNote':
      'La mediana no se perturba: solo se publica cuando las referencias que resume son suficientes.',
    'an.ref.stillProtected':
      'Las cifras de referencias siguen protegidas aunque haya pedido cifras exactas: pueden diferir en unas pocas unidades de los conteos de la propia ventanilla.',
    'an.ref.reportProtected':
      'Cifras protegidas: quien no es personal de la ventanilla las ve perturbadas, también durante la reunión de verificación, porque vienen del registro de referencias de cada caso, con datos sensibles de la persona. Ningún dato de una referencia (institución, persona que atiende, contactos, situación) sale de la ventanilla.',
    'an.file.referrals-state': 'Referencias por estado',
    'an.file.referrals-outcome': 'Referencias por resultado',
    'an.file.referrals-sector': 'Referencias por sector',
  },
  en: {
    'an.ref.title': 'Referrals',
    'an.ref.intro':
      "Referrals of the period's cases (by the case's month), followed to their outcome.",
    'an.ref.chart.state': 'Referrals by state',
    'an.ref.chart.outcome': 'Closed referrals by outcome',
    'an.ref.chart.sector': 'Referrals by destination sector',
    'an.ref.col.referrals': 'Referrals',
    'an.ref.row.state': 'State',
    'an.ref.row.outcome': 'Outcome',
    'an.ref.row.sector': 'Destination sector',
    'an.ref.note.sector':
      "The sector is the institution's in the hub's directory; institutions typed by hand are counted apart.",
    'an.ref.overdue': 'Overdue follow-ups',
    'an.ref.overdueNote':
      'Referrals not closed whose follow-up date is before today ({today}, {zone}).',
    'an.ref.closedAfterSending': 'Referrals closed after being sent',
    'an.ref.median': 'Median days from sending to outcome',
    'an.ref.medianDays': '{days} days',
    'an.ref.medianHidden': 'Not published: too few closed referrals to protect them.',
    'an.ref.medianNote':
      'The median is not perturbed: it is published only when it summarises enough referrals.',
    'an.ref.stillProtected':
      "Referral figures stay protected even when exact figures were asked for: small differences from the hub's own counts are expected.",
    'an.ref.reportProtected':
      "Protected figures: anyone outside the hub's staff sees them perturbed, also during the verification meeting, because they come from each case's referral record, which holds sensitive details of the person. No detail of a referral (institution, person attending, contacts, situation) leaves the hub.",
    'an.file.referrals-state': 'Referrals by state',
    'an.file.referrals-outcome': 'Referrals by outcome',
    'an.file.referrals-sector': 'Referrals by sector',
  },
});
