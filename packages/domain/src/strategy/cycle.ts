import type { Localized } from '../i18n.ts';
import { citeHubs } from '../training/citation.ts';
import type { Citation } from '../training/types.ts';

export type CampaignStepId = 'research' | 'planning' | 'implementation' | 'evaluation';

export type CampaignSectionId =
  | 'diagnosis'
  | 'audiences'
  | 'swot'
  | 'objectives'
  | 'profile'
  | 'messages'
  | 'activities'
  | 'resources'
  | 'validation'
  | 'evaluationMethods'
  | 'timeline'
  | 'implementation'
  | 'results'
  | 'finalReport';

export type CampaignStep = {
  id: CampaignStepId;
  title: Localized;
  /** What the step is for, in our own words. */
  purpose: Localized;
  sections: CampaignSectionId[];
  source: Citation;
};

/**
 * The four-step cycle of a hub communication strategy (hubs handbook, Annex 4: research,
 * planning, implementation, evaluation — 000:L2140-L2142, L2171-L2175).
 */
export const campaignCycle: readonly CampaignStep[] = [
  {
    id: 'research',
    title: { es: '1. Investigación', en: '1. Research' },
    purpose: {
      es: 'Antes de producir materiales, describa la situación actual y la necesidad que la campaña atenderá.',
      en: 'Before producing any material, describe the current situation and the need the campaign will address.',
    },
    sections: ['diagnosis', 'audiences', 'swot'],
    source: citeHubs('anexo 4, paso 1', 'Annex 4, Step 1', 'L2144-L2238'),
  },
  {
    id: 'planning',
    title: { es: '2. Planificación', en: '2. Planning' },
    purpose: {
      es: 'Decida qué se hará: objetivos, público, mensajes, actividades, recursos, validación, evaluación y calendario.',
      en: 'Decide what will be done: objectives, audience, messages, activities, resources, validation, evaluation and schedule.',
    },
    sections: [
      'objectives',
      'profile',
      'messages',
      'activities',
      'resources',
      'validation',
      'evaluationMethods',
      'timeline',
    ],
    source: citeHubs('anexo 4, paso 2', 'Annex 4, Step 2', 'L2240-L2278'),
  },
  {
    id: 'implementation',
    title: { es: '3. Implementación', en: '3. Implementation' },
    purpose: {
      es: 'Ejecute el plan con los recursos disponibles, dentro del presupuesto y del calendario, y anote qué funciona y qué hay que corregir.',
      en: 'Carry out the plan with the resources at hand, on budget and on schedule, and note what works and what needs correcting.',
    },
    sections: ['implementation'],
    source: citeHubs('anexo 4, paso 3', 'Annex 4, Step 3', 'L2319-L2326'),
  },
  {
    id: 'evaluation',
    title: { es: '4. Evaluación', en: '4. Evaluation' },
    purpose: {
      es: '¿Llegamos al público que buscábamos y con qué efecto? Analice los resultados y escriba un informe final que sirva para la próxima estrategia.',
      en: 'Did we reach the audience we aimed at, and with what effect? Analyse the results and write a final report to inform the next strategy.',
    },
    sections: ['results', 'finalReport'],
    source: citeHubs('anexo 4, paso 4', 'Annex 4, Step 4', 'L2330-L2339'),
  },
];

/** Titles of every section, with the handbook passage each one follows. */
export const campaignSections: Readonly<
  Record<CampaignSectionId, { title: Localized; hint: Localized; source: Citation }>
> = {
  diagnosis: {
    title: {
      es: 'Diagnóstico situacional y de comunicación',
      en: 'Situational and communication diagnosis',
    },
    hint: {
      es: 'Analice la situación que quiere cambiar y cómo circula hoy la información entre sus audiencias.',
      en: 'Look at the situation you want to change and at how information flows among your audiences today.',
    },
    source: citeHubs('anexo 4, paso 1 (b)', 'Annex 4, Step 1 (b)', 'L2160-L2166'),
  },
  audiences: {
    title: { es: 'Mapa de audiencias: interés y poder', en: 'Audience map: interest and power' },
    hint: {
      es: 'Ubique cada audiencia según su interés en el tema y su poder para influir en la situación. Las de mucho interés y mucho poder son prioritarias.',
      en: 'Place every audience by its interest in the issue and its power to influence the situation. High interest and high power means priority.',
    },
    source: citeHubs('anexo 4, paso 1 (a)', 'Annex 4, Step 1 (a)', 'L2149-L2158'),
  },
  swot: {
    title: { es: 'Análisis FODA', en: 'SWOT analysis' },
    hint: {
      es: 'Fortalezas y debilidades hablan de la ventanilla (análisis interno); oportunidades y amenazas, del entorno (análisis externo).',
      en: 'Strengths and weaknesses are about the hub itself (internal analysis); opportunities and threats are about its surroundings (external analysis).',
    },
    source: citeHubs('anexo 4, paso 1 (c)', 'Annex 4, Step 1 (c)', 'L2195-L2238'),
  },
  objectives: {
    title: { es: 'Objetivos SMART', en: 'SMART objectives' },
    hint: {
      es: 'Cada objetivo dice a quién se dirige, qué tipo de cambio busca, cuál es el efecto, cómo se medirá y en qué plazo.',
      en: 'Each objective says whom it addresses, what kind of change it seeks, the effect, how it will be measured and by when.',
    },
    source: citeHubs('anexo 4, paso 2.1', 'Annex 4, Step 2.1', 'L2245-L2247'),
  },
  profile: {
    title: { es: 'Perfil del público objetivo', en: 'Target audience profile' },
    hint: {
      es: 'Intereses, particularidades y cómo consume información. En campañas amplias, divida por edad, género u otras variables.',
      en: 'Interests, particular traits and how it consumes information. For broad campaigns, split by age, gender or other variables.',
    },
    source: citeHubs('anexo 4, paso 2.2', 'Annex 4, Step 2.2', 'L2249-L2252'),
  },
  messages: {
    title: { es: 'Mensajes clave y tono', en: 'Key messages and tone' },
    hint: {
      es: 'Frases cortas y fáciles de recordar que sirvan al objetivo, repetidas en todos los canales. Evite dar demasiada información a la vez.',
      en: 'Short, memorable phrases that serve the objective, repeated across channels. Avoid giving too much information at once.',
    },
    source: citeHubs(
      'anexo 4, paso 2.3 y mensajes clave',
      'Annex 4, Step 2.3 and key messages',
      'L2254-L2256, L2280-L2291',
    ),
  },
  activities: {
    title: { es: 'Actividades y productos', en: 'Activities and products' },
    hint: {
      es: 'Qué actividades, materiales o herramientas usará. Vincule después las actividades registradas para ver lo hecho frente a lo planificado.',
      en: 'Which activities, materials or tools you will use. Later, link the recorded activities to compare what was done with what was planned.',
    },
    source: citeHubs('anexo 4, pasos 2.4 y 2.6', 'Annex 4, Steps 2.4 and 2.6', 'L2261-L2267'),
  },
  resources: {
    title: { es: 'Recursos y presupuesto', en: 'Resources and budget' },
    hint: {
      es: 'Personas, materiales y dinero que necesita la ejecución.',
      en: 'People, materials and money the work needs.',
    },
    source: citeHubs('anexo 4, paso 2.5', 'Annex 4, Step 2.5', 'L2264'),
  },
  validation: {
    title: { es: 'Validación de productos', en: 'Product validation' },
    hint: {
      es: 'Muestre los productos a personas con un nivel educativo y socioeconómico parecido al del público objetivo para encontrar errores y mejoras.',
      en: 'Show the products to people with an education and income level like the target audience’s, to find mistakes and improvements.',
    },
    source: citeHubs('anexo 4, paso 2.7', 'Annex 4, Step 2.7', 'L2270-L2272'),
  },
  evaluationMethods: {
    title: { es: 'Métodos de evaluación', en: 'Evaluation methods' },
    hint: {
      es: 'Para cada estrategia, de preferencia cuantitativos: cuántas personas recibieron la información, cuántas consultaron por un servicio después de difundirlo.',
      en: 'For each strategy, preferably quantitative: how many people got the information, how many asked about a service after it was publicised.',
    },
    source: citeHubs('anexo 4, paso 2.8', 'Annex 4, Step 2.8', 'L2274-L2276'),
  },
  timeline: {
    title: { es: 'Calendario', en: 'Timeline' },
    hint: {
      es: 'Planifique con anticipación y ponga fecha a cada tarea.',
      en: 'Plan ahead and put a date on every task.',
    },
    source: citeHubs('anexo 4, paso 2.9', 'Annex 4, Step 2.9', 'L2278'),
  },
  implementation: {
    title: { es: 'Notas de implementación', en: 'Implementation notes' },
    hint: {
      es: 'No hay una ruta fija: registre cómo rinde cada producto frente al plan para corregir lo que no funciona y reforzar lo que sí.',
      en: 'There is no fixed route: note how each product performs against the plan, to fix what is not working and push what is.',
    },
    source: citeHubs('anexo 4, paso 3', 'Annex 4, Step 3', 'L2319-L2326'),
  },
  results: {
    title: { es: 'Planificado frente a realizado', en: 'Planned vs done' },
    hint: {
      es: 'Estimaciones de personas, mujeres y menores alcanzados por las actividades registradas vinculadas, frente a cada objetivo.',
      en: 'Estimated people, women and minors reached by the linked recorded activities, against each objective.',
    },
    source: citeHubs('anexo 4, paso 4.1', 'Annex 4, Step 4.1', 'L2330-L2335'),
  },
  finalReport: {
    title: { es: 'Informe final', en: 'Final report' },
    hint: {
      es: 'Qué se logró, qué no y por qué, y qué conviene repetir o cambiar. Queda guardado para consultarlo en próximas estrategias.',
      en: 'What was achieved, what was not and why, and what to repeat or change. It is kept to consult for future strategies.',
    },
    source: citeHubs('anexo 4, paso 4.2', 'Annex 4, Step 4.2', 'L2336-L2339'),
  },
};

/** The diagnosis questions (000:L2160-L2166), reworded. */
export const diagnosisQuestions = [
  {
    id: 'situation',
    es: '¿Cuál es la situación que queremos cambiar?',
    en: 'What situation do we want to change?',
  },
  {
    id: 'thinking',
    es: '¿Qué piensan nuestras audiencias sobre este problema?',
    en: 'What do our audiences think about this problem?',
  },
  { id: 'attitudes', es: '¿Qué actitudes tienen?', en: 'What are their attitudes?' },
  { id: 'trust', es: '¿En quién confían?', en: 'Whom do they trust?' },
  { id: 'fears', es: '¿Qué temen?', en: 'What are they afraid of?' },
  {
    id: 'channels',
    es: '¿Por qué medios reciben información?',
    en: 'Through which channels do they get information?',
  },
  { id: 'internet', es: '¿Tienen acceso a internet?', en: 'Do they have internet access?' },
] as const;

export type DiagnosisQuestionId = (typeof diagnosisQuestions)[number]['id'];

/** Message tones the handbook lists (000:L2254-L2256). */
export const messageTones = [
  { code: 'formal', es: 'Formal', en: 'Formal' },
  { code: 'informal', es: 'Informal', en: 'Informal' },
  { code: 'warm', es: 'Cercano', en: 'Warm' },
  { code: 'technical', es: 'Técnico', en: 'Technical' },
  { code: 'simple', es: 'Sencillo', en: 'Simple' },
] as const;

export type MessageTone = (typeof messageTones)[number]['code'];
