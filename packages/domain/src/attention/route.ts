import type { Localized } from '../i18n.ts';
import { deriveAttentionRoute } from '../form/derive-case.ts';
import { observationList } from '../form/options/observation.ts';

/**
 * The attention routes of the hubs handbook (Function 1, 000:L420-L717), written as data in the
 * project's words. App-agnostic: the dashboard's case form walks an officer through them and the
 * onboarding app can teach them from the same content. Each text cites the handbook lines.
 */

/** The observation checklist is the form's `observation` list (FORM.md §5.6; 000:L440-L478). */
export const observationChecklist = observationList;

export type RouteCode = 'four_step' | 'two_step';

/** A question the officer asks, word for word where the handbook gives it. */
export type RouteQuestion = {
  /** Form-only answer name (never stored in the Hubs Form record). */
  name: string;
  text: Localized;
  /** How to ask it gently, or what to watch for. */
  guidance: Localized;
  basis: string;
};

export type RouteStep = {
  code: string;
  number: number;
  title: Localized;
  /** What the officer does in this step. */
  actions: Localized[];
  questions: RouteQuestion[];
  basis: string;
};

export type AttentionRoute = {
  code: RouteCode;
  title: Localized;
  /** Who takes this route. */
  when: Localized;
  steps: RouteStep[];
  basis: string;
};

export const urgentNeedsQuestion: RouteQuestion = {
  name: 'route_urgent_needs',
  text: {
    en: 'Do you have any urgent health issue or any other situation that needs to be addressed right now?',
    es: '¿Tiene algún problema urgente de salud o alguna otra situación que necesite atenderse en este momento?',
  },
  guidance: {
    en: 'Ask it right after introducing yourself and explaining how the attention works. Watch for needs the person does not say, such as dehydration.',
    es: 'Pregúntelo justo después de presentarse y explicar cómo es la atención. Observe también necesidades que la persona no mencione, como la deshidratación.',
  },
  basis: '000:L563-L571, L598-L599',
};

export const imminentDangerQuestion: RouteQuestion = {
  name: 'route_imminent_danger',
  text: {
    en: 'Are you afraid? Do you think you are in danger? Do you think someone is following or watching you right now? Do you need help?',
    es: '¿Tiene miedo? ¿Cree que está en peligro? ¿Cree que alguien la o lo está siguiendo o vigilando en este momento? ¿Necesita ayuda?',
  },
  guidance: {
    en: 'Imminent danger is a current threat to the person’s life, integrity or freedom. Fear of answering is expected: make the space feel safe and rephrase the question so it does not feel invasive. Suspecting danger counts as a yes.',
    es: 'El peligro inminente es una amenaza actual a la vida, la integridad o la libertad de la persona. Es normal que tenga miedo de responder: ofrezca un espacio de confianza y reformule la pregunta para que no resulte invasiva. Si usted sospecha peligro, cuenta como un sí.',
  },
  basis: '000:L573-L580, L601-L602',
};

/**
 * The stop rule of steps 1 and 2 (000:L589-L591, L582-L587): a yes to either question ends the
 * interview; the hub meets the basic needs it can and refers the person to specialized staff or
 * to an institution that guarantees protection, which continues the identification.
 */
export const stopRule = {
  appliesWhen: { route_urgent_needs: 'yes', route_imminent_danger: 'yes' },
  title: { en: 'Stop the interview here', es: 'Detenga la entrevista aquí' } satisfies Localized,
  text: {
    en: 'The person answered yes (or you suspect danger). Do not continue the interview. First meet the basic needs the hub can cover (water, food, hygiene, a safe place), then refer the person right away to specialized staff: health services for urgent health needs, and the police or a victim-protection institution for imminent danger. That institution continues the identification.',
    es: 'La persona respondió que sí (o usted sospecha peligro). No continúe la entrevista. Primero cubra las necesidades básicas que la ventanilla pueda atender (agua, alimentos, higiene, un lugar seguro) y luego refiera a la persona de inmediato a personal especializado: servicios de salud si hay una necesidad urgente de salud, y la policía o una institución de atención y protección a víctimas si hay peligro inminente. Esa institución continúa la identificación.',
  } satisfies Localized,
  basis: '000:L582-L591',
} as const;

/** True when the answers to the step 1 or step 2 question stop the interview. */
export function isInterviewStopped({
  urgentNeeds,
  imminentDanger,
}: {
  urgentNeeds: string | null | undefined;
  imminentDanger: string | null | undefined;
}): boolean {
  return urgentNeeds === 'yes' || imminentDanger === 'yes';
}

export const fourStepRoute: AttentionRoute = {
  code: 'four_step',
  title: {
    en: '4-step route: attention to possible vulnerable profiles',
    es: 'Ruta de 4 pasos: atención a posibles perfiles vulnerables',
  },
  when: {
    en: 'The person shows at least one condition of the observation list, or is a child or adolescent.',
    es: 'La persona presenta al menos una condición de la lista de observación, o es niña, niño o adolescente.',
  },
  basis: '000:L481-L503, L563-L628',
  steps: [
    {
      code: 'urgent_needs',
      number: 1,
      title: { en: 'Attend to urgent needs', es: 'Atención a necesidades urgentes' },
      actions: [
        {
          en: 'Meet first the needs the hub can cover itself (for example, water for dehydration).',
          es: 'Atienda primero las necesidades que la ventanilla puede cubrir (por ejemplo, agua si hay deshidratación).',
        },
        {
          en: 'Refer needs that require specialized staff, such as a health centre; keep the local directory at hand and up to date.',
          es: 'Refiera las necesidades que requieren personal especializado, como un centro de salud; tenga el directorio local a mano y actualizado.',
        },
      ],
      questions: [urgentNeedsQuestion],
      basis: '000:L563-L571',
    },
    {
      code: 'imminent_danger',
      number: 2,
      title: { en: 'Assess imminent danger', es: 'Valoración de peligro inminente' },
      actions: [
        {
          en: 'If there is danger, refer the person immediately to an institution that guarantees protection (police, victim attention and protection).',
          es: 'Si hay peligro, refiera a la persona de inmediato a una institución que garantice su protección (policía, atención y protección a víctimas).',
        },
      ],
      questions: [imminentDangerQuestion],
      basis: '000:L573-L591',
    },
    {
      code: 'identification_interview',
      number: 3,
      title: { en: 'Identification interview', es: 'Entrevista de identificación' },
      actions: [
        {
          en: 'With no imminent danger, hold an individual, private interview with the Annex 1 guide to find out whether one or more vulnerability profiles may apply.',
          es: 'Si no hay peligro inminente, realice una entrevista individual y en privado con la guía del Anexo 1 para saber si aplica uno o más perfiles de vulnerabilidad.',
        },
        {
          en: 'Profiles are not mutually exclusive: tick every indicator that applies.',
          es: 'Los perfiles no son excluyentes: marque todos los indicadores que apliquen.',
        },
      ],
      questions: [],
      basis: '000:L603-L617',
    },
    {
      code: 'immediate_referral',
      number: 4,
      title: { en: 'Immediate referral', es: 'Referencia inmediata' },
      actions: [
        {
          en: 'When a profile is identified, refer directly and immediately to the competent authority (Table 1), with a measure that avoids rejection, return or deportation, and cover immediate basic needs.',
          es: 'Cuando se identifique un perfil, refiera de forma directa e inmediata a la autoridad competente (Tabla 1), con una medida que evite el rechazo, la devolución o la deportación, y cubra las necesidades básicas inmediatas.',
        },
      ],
      questions: [],
      basis: '000:L619-L628, L678-L679',
    },
  ],
};

export const twoStepRoute: AttentionRoute = {
  code: 'two_step',
  title: {
    en: '2-step route: general information attention',
    es: 'Ruta de 2 pasos: atención de información general',
  },
  when: {
    en: 'None of the observation-list conditions was seen.',
    es: 'No se observó ninguna condición de la lista de observación.',
  },
  basis: '000:L684-L717',
  steps: [
    {
      code: 'general_interview',
      number: 1,
      title: { en: 'General interview', es: 'Entrevista general' },
      actions: [
        {
          en: 'A short interview to orient the person’s needs: sex, age, occupation, migratory situation, country of origin and destination, and the information or attention needed.',
          es: 'Una entrevista breve para orientar las necesidades de la persona: sexo, edad, ocupación, situación migratoria, país de origen y de destino, y la información o atención que necesita.',
        },
      ],
      questions: [],
      basis: '000:L684-L689',
    },
    {
      code: 'channelling',
      number: 2,
      title: {
        en: 'Channelling and information',
        es: 'Canalización y atención de información',
      },
      actions: [
        {
          en: 'Give the information (verbal or written) on procedures, regularization, employment, regular channels or reintegration, or channel the person to the right organization of the local directory.',
          es: 'Brinde la información (verbal o escrita) sobre trámites, regularización, empleo, vías regulares o reintegración, o canalice a la persona a la organización adecuada del directorio local.',
        },
      ],
      questions: [],
      basis: '000:L691-L707',
    },
  ],
};

/** Principles of individual attention to vulnerable migrants (000:L625-L628). */
export const attentionPrinciples: Localized[] = [
  { en: 'Rights-based approach', es: 'Enfoque de derechos' },
  { en: 'Do no harm', es: 'Acción sin daño' },
  { en: 'Non-discrimination', es: 'No discriminación' },
  { en: 'Participation', es: 'Participación' },
  { en: 'Individualized assistance', es: 'Asistencia individualizada' },
  { en: 'Accountability', es: 'Rendición de cuentas' },
  { en: 'Informed consent', es: 'Consentimiento informado' },
  { en: 'Confidentiality', es: 'Confidencialidad' },
  { en: 'Gender-sensitive approach', es: 'Enfoque de género' },
];

/**
 * Which route the form walks through, from the observation checklist and the age range (FORM.md
 * §8.3): `null` while nothing is recorded yet.
 */
export function chooseAttentionRoute({
  observation,
  ageRange,
}: {
  observation: readonly string[];
  ageRange?: string | null;
}): AttentionRoute | null {
  const code = deriveAttentionRoute({ observation: [...observation], ageRange: ageRange ?? null });
  return code === 'four_step' ? fourStepRoute : code === 'two_step' ? twoStepRoute : null;
}
