import { createTranslator, defineMessages, type Lang, type Translate } from '@ventanilla/ui';

/** Texts of the attention-routes trainer (/routes). */
export const attentionMessages = defineMessages({
  es: {
    title: 'Rutas de atención',
    intro:
      'Antes de entrevistar, observe. Lo que observe decide la ruta: la de 4 pasos para posibles perfiles vulnerables y la de 2 pasos para información general. Aquí puede repasar la lista de observación, las rutas, los perfiles del anexo 1 y practicar con casos.',
    'nav.label': 'Secciones de las rutas de atención',
    'nav.overview': 'Observación',
    'nav.four': 'Ruta de 4 pasos',
    'nav.two': 'Ruta de 2 pasos',
    'nav.annex1': 'Perfiles del anexo 1',
    'nav.practice': 'Casos de práctica',
    'observation.title': 'Lista de observación',
    'observation.intro':
      'Mientras la persona se acerca y la saluda, fíjese en estas condiciones. Basta una, o que sea niña, niño o adolescente, para seguir la ruta de 4 pasos. Si no observa ninguna, siga la ruta de 2 pasos.',
    'observation.item': 'Condición {n}',
    'choose.title': 'Cómo se elige la ruta',
    'choose.four': 'Al menos una condición, o una persona menor de edad: {route}.',
    'choose.two': 'Ninguna condición: {route}.',
    'principles.title': 'Principios de la atención individual',
    'route.when': 'Cuándo',
    'route.step': 'Paso {n}',
    'route.actions': 'Qué hacer',
    'route.questions': 'Pregunta',
    'route.guidance': 'Cómo preguntarlo',
    'route.stop': 'Regla para detener la entrevista',
    'route.referral': 'Remisión según la condición',
    'route.referTo': 'Remitir a',
    'route.sectors': 'Sectores del directorio',
    'route.other': 'Ver también la {route}.',
    'annex1.title': 'Perfiles del anexo 1',
    'annex1.intro':
      'La guía de entrevista del anexo 1 ayuda a saber si aplica uno o más perfiles de vulnerabilidad. Los perfiles no son excluyentes. Cada indicador lleva el tipo de vulnerabilidad de la pregunta A.14 del formulario que respalda.',
    'annex1.profile': 'Perfil {n}',
    'annex1.indicator': 'Indicador',
    'annex1.types': 'Tipos A.14',
    'annex1.noType': 'Ningún tipo exacto',
    'annex1.questions': 'Preguntas que ayudan a identificar un perfil',
    'annex1.markers':
      '† las respuestas pueden indicar trata de personas; * pueden indicar necesidad de protección internacional (refugio).',
    'annex1.markerTrafficking': 'posible trata',
    'annex1.markerRefugee': 'posible refugio',
    'practice.title': 'Casos de práctica',
    'practice.intro':
      'Situaciones breves de una ventanilla. Marque lo que observa, vea qué ruta aplica y por qué, responda los pasos 1 y 2, elija los indicadores del anexo 1 y vea a qué organizaciones de su propio directorio remitir. Es solo práctica: no se guarda nada sobre personas ni sobre sus respuestas.',
    'practice.onlyPractice': 'Solo práctica: no se guarda ninguna respuesta.',
    'practice.back': 'Todos los casos',
    'practice.situation': 'La situación',
    'practice.stage1': '1. ¿Qué observa?',
    'practice.stage1.hint': 'Marque todas las condiciones que observa.',
    'practice.check': 'Comprobar',
    'practice.continue': 'Continuar',
    'practice.restart': 'Empezar de nuevo',
    'practice.feedback': 'Comentarios',
    'fb.correct': 'Bien',
    'fb.missed': 'Faltó',
    'fb.extra': 'No se observa',
    'fb.acceptable': 'Aceptable',
    'fb.notSeen': 'La situación no muestra esta condición.',
    'fb.noneConflict':
      '«Ninguna condición» no puede ir junto con otras condiciones: se toma la ruta de 4 pasos.',
    'fb.noneWrong': 'Sí hay al menos una condición que observar en esta situación.',
    'route.applies': 'Ruta que aplica según lo que marcó: {route}',
    'route.why': 'Por qué',
    'route.whyCondition': 'Marcó la condición «{label}».',
    'route.whyMinor': 'La persona es menor de edad ({age}).',
    'route.whyNone': 'No marcó ninguna condición y la persona es adulta.',
    'route.nothing': 'No marcó nada: marque las condiciones o «ninguna».',
    'route.right': 'Es la ruta correcta para esta situación.',
    'route.wrong': 'En esta situación la ruta correcta es la {route}. Siga con ella.',
    'practice.stage2': '2. Pasos 1 y 2 de la ruta',
    'practice.stage2.intro':
      'Se presenta, explica cómo es la atención y hace las dos preguntas. Según lo que responde, ¿la respuesta es sí o no?',
    'practice.reply': 'Lo que responde',
    'practice.answerYes': 'Sí',
    'practice.answerNo': 'No',
    'practice.answerRequired': 'Responda las dos preguntas.',
    'practice.stopRight':
      'En este caso la entrevista se detiene aquí: no se hace la entrevista del anexo 1. Pase directo a la remisión.',
    'practice.stopMissed':
      'Usted respondió que no a las dos preguntas, pero en este caso la entrevista se detiene aquí: no se hace la entrevista del anexo 1. Pase directo a la remisión.',
    'practice.stopWrong.title': 'La entrevista no debía detenerse',
    'practice.stopWrong':
      'Con un sí la entrevista se detiene, pero esta persona no tiene una necesidad urgente ni corre peligro inminente: lo indicado era seguir con la entrevista del anexo 1. Abajo verá las remisiones que resultan de sus respuestas.',
    'practice.stage3': '3. Entrevista de identificación (anexo 1)',
    'practice.stage3.intro':
      'En privado y con la guía del anexo 1, la persona cuenta lo siguiente. Marque los indicadores que aplican.',
    'practice.interview': 'Lo que cuenta',
    'practice.profiles': 'Perfiles que indican sus marcas: {profiles}',
    'practice.noProfiles': 'Sus marcas no indican ningún perfil.',
    'practice.types': 'Tipos A.14 que registraría: {types}',
    'practice.stage4': '4. Remisión según la condición',
    'practice.stage4.intro':
      'Con sus respuestas, estas son las condiciones que piden una remisión y las organizaciones de su directorio que las atienden.',
    'practice.conditionExpected': 'Correcto para este caso.',
    'practice.conditionExtra': 'Con las respuestas correctas no haría falta esta remisión.',
    'practice.conditionMissed': 'Con las respuestas correctas también se remitiría aquí.',
    'practice.noConditions': 'Con sus respuestas no hay ninguna condición que pida una remisión.',
    'practice.noEntries':
      'Su directorio no tiene organizaciones para esta condición. Complételo en el panel.',
    'practice.directoryFrom': 'Organizaciones del directorio de: {hubs}',
    'practice.noDirectory':
      'No se pudo leer el directorio de su ventanilla. Las condiciones siguen siendo válidas.',
    'practice.actions': 'Se registra en A.11 como: {actions}',
    'practice.contact': 'Contacto: {contact}',
    'practice.hours': 'Horario: {hours}',
    'practice.twoStep.title': '2. Canalización e información',
    'practice.twoStep.intro':
      'Tras una entrevista general breve, dé la información o canalice a la organización adecuada de su directorio:',
    'practice.done': 'Fin del caso. Puede empezar de nuevo o elegir otro caso.',
    'practice.followUp': '5. Seguimiento de la referencia',
    'practice.followUp.intro':
      'La referencia no termina cuando la persona sale de la ventanilla. Elija lo que haría en cada momento del seguimiento.',
    'practice.followUp.score': 'Respuestas acertadas: {right} de {total}.',
    'fb.notRight': 'No es lo indicado',
    'fb.rightChoice': 'Lo indicado',
  },
  en: {
    title: 'Attention routes',
    intro:
      'Observe before you interview. What you observe decides the route: the 4-step route for possible vulnerable profiles and the 2-step route for general information. Here you can review the observation list, the routes and the Annex 1 profiles, and practise with cases.',
    'nav.label': 'Attention-route sections',
    'nav.overview': 'Observation',
    'nav.four': '4-step route',
    'nav.two': '2-step route',
    'nav.annex1': 'Annex 1 profiles',
    'nav.practice': 'Practice cases',
    'observation.title': 'Observation list',
    'observation.intro':
      'While the person approaches and you greet them, look for these conditions. One is enough, or the person being a child or adolescent, to follow the 4-step route. If you see none, follow the 2-step route.',
    'observation.item': 'Condition {n}',
    'choose.title': 'How the route is chosen',
    'choose.four': 'At least one condition, or a minor: {route}.',
    'choose.two': 'No condition: {route}.',
    'principles.title': 'Principles of individual attention',
    'route.when': 'When',
    'route.step': 'Step {n}',
    'route.actions': 'What to do',
    'route.questions': 'Question',
    'route.guidance': 'How to ask it',
    'route.stop': 'When to stop the interview',
    'route.referral': 'Referral by condition',
    'route.referTo': 'Refer to',
    'route.sectors': 'Directory sectors',
    'route.other': 'See also the {route}.',
    'annex1.title': 'Annex 1 profiles',
    'annex1.intro':
      'The Annex 1 interview guide helps find out whether one or more vulnerability profiles apply. Profiles are not mutually exclusive. Each indicator shows the vulnerability type of form question A.14 that it supports.',
    'annex1.profile': 'Profile {n}',
    'annex1.indicator': 'Indicator',
    'annex1.types': 'A.14 types',
    'annex1.noType': 'No exact type',
    'annex1.questions': 'Questions that help identify a profile',
    'annex1.markers':
      '† answers may point to trafficking in persons; * may point to a need for international protection (refugee status).',
    'annex1.markerTrafficking': 'possible trafficking',
    'annex1.markerRefugee': 'possible refugee',
    'practice.title': 'Practice cases',
    'practice.intro':
      'Short hub situations. Tick what you observe, see which route applies and why, answer steps 1 and 2, pick the Annex 1 indicators and see which organizations of your own directory to refer to. Practice only: nothing about people or your answers is stored.',
    'practice.onlyPractice': 'Practice only: no answer is stored.',
    'practice.back': 'All cases',
    'practice.situation': 'The situation',
    'practice.stage1': '1. What do you observe?',
    'practice.stage1.hint': 'Tick every condition you observe.',
    'practice.check': 'Check',
    'practice.continue': 'Continue',
    'practice.restart': 'Start again',
    'practice.feedback': 'Feedback',
    'fb.correct': 'Right',
    'fb.missed': 'Missed',
    'fb.extra': 'Not observed',
    'fb.acceptable': 'Acceptable',
    'fb.notSeen': 'The situation does not show this condition.',
    'fb.noneConflict':
      '“None” cannot go together with other conditions: the 4-step route is taken.',
    'fb.noneWrong': 'There is at least one condition to observe in this situation.',
    'route.applies': 'Route that applies from what you ticked: {route}',
    'route.why': 'Why',
    'route.whyCondition': 'You ticked “{label}”.',
    'route.whyMinor': 'The person is a minor ({age}).',
    'route.whyNone': 'You ticked no condition and the person is an adult.',
    'route.nothing': 'You ticked nothing: tick the conditions or “none”.',
    'route.right': 'That is the right route for this situation.',
    'route.wrong': 'In this situation the right route is the {route}. Carry on with it.',
    'practice.stage2': '2. Steps 1 and 2 of the route',
    'practice.stage2.intro':
      'You introduce yourself, explain how the attention works and ask both questions. From the reply, is the answer yes or no?',
    'practice.reply': 'The reply',
    'practice.answerYes': 'Yes',
    'practice.answerNo': 'No',
    'practice.answerRequired': 'Answer both questions.',
    'practice.stopRight':
      'In this case the interview stops here: no Annex 1 interview. Go straight to the referral.',
    'practice.stopMissed':
      'You answered no to both questions, but in this case the interview stops here: no Annex 1 interview. Go straight to the referral.',
    'practice.stopWrong.title': 'The interview should not have stopped',
    'practice.stopWrong':
      'A yes stops the interview, but this person has no urgent need and is in no imminent danger: the right step was to go on with the Annex 1 interview. Below are the referrals your answers lead to.',
    'practice.stage3': '3. Identification interview (Annex 1)',
    'practice.stage3.intro':
      'In private, with the Annex 1 guide, the person tells you the following. Tick the indicators that apply.',
    'practice.interview': 'What they tell you',
    'practice.profiles': 'Profiles your ticks point to: {profiles}',
    'practice.noProfiles': 'Your ticks point to no profile.',
    'practice.types': 'A.14 types you would record: {types}',
    'practice.stage4': '4. Referral by condition',
    'practice.stage4.intro':
      'From your answers, these are the conditions that call for a referral and the organizations of your directory that serve them.',
    'practice.conditionExpected': 'Right for this case.',
    'practice.conditionExtra': 'With the right answers this referral would not be needed.',
    'practice.conditionMissed': 'With the right answers you would also refer here.',
    'practice.noConditions': 'Your answers point to no condition that calls for a referral.',
    'practice.noEntries':
      'Your directory has no organization for this condition. Complete it in the dashboard.',
    'practice.directoryFrom': 'Organizations from the directory of: {hubs}',
    'practice.noDirectory': 'Your hub directory could not be read. The conditions still hold.',
    'practice.actions': 'Recorded in A.11 as: {actions}',
    'practice.contact': 'Contact: {contact}',
    'practice.hours': 'Opening hours: {hours}',
    'practice.twoStep.title': '2. Channelling and information',
    'practice.twoStep.intro':
      'After a short general interview, give the information or channel the person to the right organization of your directory:',
    'practice.done': 'End of the case. Start again or pick another case.',
    'practice.followUp': '5. Following up the referral',
    'practice.followUp.intro':
      'A referral does not end when the person leaves the hub. Choose what you would do at each point of the follow-up.',
    'practice.followUp.score': 'Right answers: {right} of {total}.',
    'fb.notRight': 'Not the right choice',
    'fb.rightChoice': 'The right choice',
  },
});

export type AttentionKey = keyof typeof attentionMessages.es;

const translators = new Map<Lang, Translate<AttentionKey>>();

/** `at(lang)(key, params)` over the attention-routes catalog. */
export function at(lang: Lang): Translate<AttentionKey> {
  let translate = translators.get(lang);
  if (!translate) {
    translate = createTranslator({ lang, catalogs: [attentionMessages] });
    translators.set(lang, translate);
  }
  return translate;
}
