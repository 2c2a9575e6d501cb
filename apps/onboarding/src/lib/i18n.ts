import {
  createTranslator,
  defineMessages,
  sharedMessages,
  type Lang,
  type SharedKey,
  type Translate,
} from '@ventanilla/ui';
import { trainingMessages } from './training-messages.ts';

/** The onboarding app's own texts; shared shell/sign-in texts come from @ventanilla/ui. */
export const messages = defineMessages({
  es: {
    'app.name': 'Ventanilla · Formación',
    'nav.home': 'Inicio',
    'nav.dashboard': 'Panel',
    'home.title': 'Le damos la bienvenida, {name}',
    'home.welcome.hub_officer':
      'Aquí encontrará lo necesario para empezar a atender en su ventanilla: la formación inicial, la guía de Primeros Auxilios Psicológicos y las rutas de atención.',
    'home.welcome.coordinator':
      'Aquí acompañará la formación de su equipo, consultará la guía de Primeros Auxilios Psicológicos y las rutas de atención, y planeará las campañas de comunicación.',
    'home.welcome.reviewer':
      'Aquí podrá consultar los materiales con los que se forman y trabajan las ventanillas.',
    'home.welcome.admin':
      'Aquí se reúnen los materiales de formación, la guía de Primeros Auxilios Psicológicos, las rutas de atención y las herramientas de campañas de todas las ventanillas.',
    'home.hubs': 'Sus ventanillas: {hubs}',
    'home.sectionsTitle': 'Secciones',
    'home.sectionsIntro':
      'Estas secciones todavía no están disponibles: llegarán en próximas versiones. Mientras tanto, siga usando los materiales que le dio su coordinación.',
    'section.training.title': 'Formación inicial',
    'section.training.body':
      'Lista de pasos para el personal nuevo, módulos cortos y preguntas de repaso, con el avance guardado.',
    'section.pfa.title': 'Guía de Primeros Auxilios Psicológicos',
    'section.pfa.body':
      'Los pasos para escuchar, acompañar y conectar a una persona con ayuda, con una tarjeta de consulta rápida para imprimir.',
    'section.routes.title': 'Rutas de atención',
    'section.routes.body':
      'Cómo orientar cada caso según su situación y a qué servicios del directorio remitir.',
    'section.glossary.title': 'Glosario de migración',
    'section.glossary.body': 'Los términos básicos para atender mejor, con búsqueda.',
    'section.team.title': 'Formación del equipo',
    'section.team.body': 'Quién va por dónde, qué está atrasado y las firmas pendientes.',
    'section.campaigns.title': 'Campañas de comunicación',
    'section.campaigns.body':
      'Planear una campaña: análisis FODA, matriz de interés y poder de las audiencias y objetivos SMART.',
  },
  en: {
    'app.name': 'Ventanilla · Onboarding',
    'nav.home': 'Home',
    'nav.dashboard': 'Dashboard',
    'home.title': 'Welcome, {name}',
    'home.welcome.hub_officer':
      'Here you will find what you need to start attending people at your hub: initial training, the Psychological First Aid guide and the attention routes.',
    'home.welcome.coordinator':
      "Here you will follow your team's training, look up the Psychological First Aid guide and the attention routes, and plan communication campaigns.",
    'home.welcome.reviewer': 'Here you can look up the materials the hubs train and work with.',
    'home.welcome.admin':
      'Here are the training materials, the Psychological First Aid guide, the attention routes and the campaign tools of every hub.',
    'home.hubs': 'Your hubs: {hubs}',
    'home.sectionsTitle': 'Sections',
    'home.sectionsIntro':
      'These sections are not available yet: they will come in later releases. Meanwhile, keep using the materials your coordinator gave you.',
    'section.training.title': 'Initial training',
    'section.training.body':
      'A checklist for new staff, short modules and review questions, with progress saved.',
    'section.pfa.title': 'Psychological First Aid guide',
    'section.pfa.body':
      'The steps to listen, support and connect a person with help, with a quick-reference card to print.',
    'section.routes.title': 'Attention routes',
    'section.routes.body':
      "How to guide each case according to the person's situation and which directory services to refer to.",
    'section.glossary.title': 'Migration glossary',
    'section.glossary.body': 'The basic terms to serve people better, with search.',
    'section.team.title': 'Team training',
    'section.team.body': 'Who is where, what is overdue and pending sign-offs.',
    'section.campaigns.title': 'Communication campaigns',
    'section.campaigns.body':
      'Plan a campaign: SWOT analysis, audience interest/power matrix and SMART objectives.',
  },
});

export type MessageKey = SharedKey | keyof typeof messages.es | keyof typeof trainingMessages.es;

const translators = new Map<Lang, Translate<MessageKey>>();

/** `t(lang)(key, params)` over the shared and onboarding catalogs. */
export function t(lang: Lang): Translate<MessageKey> {
  let translate = translators.get(lang);
  if (!translate) {
    translate = createTranslator({ lang, catalogs: [sharedMessages, messages, trainingMessages] });
    translators.set(lang, translate);
  }
  return translate;
}
