import { defineMessages } from '@ventanilla/ui';

/** Texts of the feedback questionnaire (public) and of its links (hub staff). */
export const feedbackMessages = defineMessages({
  es: {
    'fb.title': 'Su opinión sobre la atención',
    'fb.intro':
      'Es anónimo: no pedimos su nombre ni lo relacionamos con su caso. Puede dejar preguntas sin responder.',
    'fb.hub': 'Ventanilla: {hub}',
    'fb.send': 'Enviar mi opinión',
    // "en {hub}" reads right with any name ("ayuda a Centro…" needed "al").
    'fb.thanks': 'Gracias. Su opinión nos ayuda a mejorar la atención en {hub}.',
    'fb.again': 'Responder otra persona',
    'fb.unknown': 'Este enlace ya no funciona. Pida el enlace nuevo al personal de la ventanilla.',
    'fb.unknownThanks': 'Gracias por querer darnos su opinión.',
    'fb.linksTitle': 'Encuesta de satisfacción',
    'fb.linksIntro':
      'Abra el enlace en la tableta de la ventanilla o compártalo después de una atención. Las respuestas son anónimas y solo se ven como cifras mensuales protegidas.',
    'fb.link': 'Enlace de la encuesta',
    'fb.open': 'Abrir la encuesta en este dispositivo',
    'fb.none': 'Esta ventanilla aún no tiene enlace.',
    'fb.create': 'Crear el enlace',
    'fb.renew': 'Crear un enlace nuevo (el anterior deja de funcionar)',
    'fb.renewed': 'Enlace nuevo de {hub} listo.',
    'fb.homeLink': 'Encuesta de satisfacción para las personas atendidas',
  },
  en: {
    'fb.title': 'Your opinion of the help you received',
    'fb.intro':
      'It is anonymous: we do not ask your name or link it to your case. You may leave questions unanswered.',
    'fb.hub': 'Hub: {hub}',
    'fb.send': 'Send my opinion',
    'fb.thanks': 'Thank you. Your opinion helps us improve the help we give at {hub}.',
    'fb.again': 'Another person answers',
    'fb.unknown': 'This link no longer works. Ask the hub’s staff for the new one.',
    'fb.unknownThanks': 'Thank you for wanting to give us your opinion.',
    'fb.linksTitle': 'Satisfaction questionnaire',
    'fb.linksIntro':
      'Open the link on the hub’s tablet or share it after an attention. Answers are anonymous and are only seen as protected monthly figures.',
    'fb.link': 'Questionnaire link',
    'fb.open': 'Open the questionnaire on this device',
    'fb.none': 'This hub has no link yet.',
    'fb.create': 'Create the link',
    'fb.renew': 'Create a new link (the old one stops working)',
    'fb.renewed': 'New link for {hub} ready.',
    'fb.homeLink': 'Satisfaction questionnaire for the people attended',
  },
});
