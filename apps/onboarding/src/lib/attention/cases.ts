import type { Localized } from '@ventanilla/domain/i18n';
import type { ObservationCode } from '@ventanilla/domain/form/options/observation';
import type { DirectorySectorCode } from '@ventanilla/domain/attention/directory';

const l = (es: string, en: string): Localized => ({ es, en });

/**
 * A practice case: a short, invented hub situation with the model answers and the reason for
 * each. Nothing here is about a real person, and the trainer stores no answers.
 */
export type PracticeCase = {
  id: string;
  title: Localized;
  /** What the officer sees as the person approaches. */
  situation: Localized;
  /** The person's age range (FORM.md §5 `age_range`), as the officer would estimate it. */
  ageRange: string;
  /** Model answer for the observation list (`['none']` for the 2-step route). */
  observation: ObservationCode[];
  /** Why each expected condition applies. */
  observationNotes: Partial<Record<ObservationCode, Localized>>;
  /** Conditions a careful officer may also tick without being wrong, with why. */
  acceptable?: Partial<Record<ObservationCode, Localized>>;
  /** 4-step route only: the replies to the step 1 and step 2 questions, and the model answers. */
  steps?: {
    urgentReply: Localized;
    urgent: 'yes' | 'no';
    urgentNote: Localized;
    dangerReply: Localized;
    danger: 'yes' | 'no';
    dangerNote: Localized;
  };
  /** 4-step route, when not stopped: what the Annex 1 interview brings out. */
  interview?: Localized;
  /** Model Annex 1 indicators, with why. */
  indicators?: Record<string, Localized>;
  /** 2-step route only: directory sectors to channel to. */
  channelSectors?: DirectorySectorCode[];
};

export const practiceCases: PracticeCase[] = [
  {
    id: 'teen_alone',
    title: l(
      'Un adolescente solo pregunta por el albergue',
      'A teenager alone asks for the shelter',
    ),
    situation: l(
      'Un muchacho de unos 16 años entra solo a la ventanilla con una mochila. Pregunta dónde queda el albergue. Se ve cansado; ninguna persona adulta lo acompaña.',
      'A boy of about 16 walks into the hub alone with a backpack. He asks where the shelter is. He looks tired; no adult is with him.',
    ),
    ageRange: 'age_12_17',
    observation: ['unaccompanied_child'],
    observationNotes: {
      unaccompanied_child: l(
        'Es menor de edad y llega sin una persona adulta responsable.',
        'He is a minor and arrives without a responsible adult.',
      ),
    },
    acceptable: {
      emotional_distress: l(
        'El cansancio por sí solo no es un estado emocional alterado, pero observarlo con cuidado no está mal.',
        'Tiredness alone is not an altered emotional state, but watching for it is not wrong.',
      ),
    },
    steps: {
      urgentReply: l(
        'Dice que comió esta mañana, que no le duele nada y que solo está cansado.',
        'He says he ate this morning, nothing hurts and he is just tired.',
      ),
      urgent: 'no',
      urgentNote: l(
        'No hay una necesidad urgente de salud: puede ofrecerle agua y seguir.',
        'There is no urgent health need: you can offer water and go on.',
      ),
      dangerReply: l(
        'Dice que ahora nadie lo sigue ni lo vigila; se fue porque una pandilla quería reclutarlo.',
        'He says nobody is following or watching him now; he left because a gang wanted to recruit him.',
      ),
      danger: 'no',
      dangerNote: l(
        'La amenaza quedó en su país: no hay peligro actual aquí. Lo que cuenta es importante para la entrevista del anexo 1.',
        'The threat stayed in his country: there is no current danger here. What he says matters for the Annex 1 interview.',
      ),
    },
    interview: l(
      'En privado cuenta que viaja solo: su madre se quedó en su país. Salió después de que una pandilla lo amenazó con reclutarlo a la fuerza y teme volver. Quiere pedir protección en este país.',
      'In private he tells you he travels alone: his mother stayed at home. He left after a gang threatened to recruit him by force and he is afraid to go back. He wants to ask for protection in this country.',
    ),
    indicators: {
      'P4.1': l(
        'Viaja solo, separado de su familia.',
        'He travels alone, separated from his family.',
      ),
      'P2.1': l(
        'Salió porque la violencia de una pandilla amenazaba su vida y su libertad.',
        'He left because gang violence threatened his life and freedom.',
      ),
      'P2.2': l(
        'Quiere pedir protección: solicitar refugio.',
        'He wants to ask for protection: apply for refugee status.',
      ),
      'P2.3': l('Teme volver a su país.', 'He is afraid of going back.'),
    },
  },
  {
    id: 'controlled_companion',
    title: l('Una mujer que no habla por sí misma', 'A woman who does not speak for herself'),
    situation: l(
      'Una mujer de unos 25 años llega con un hombre que responde todas las preguntas por ella y guarda los pasaportes de los dos. Ella mira al suelo y no dice nada.',
      'A woman of about 25 arrives with a man who answers every question for her and keeps both passports. She looks at the floor and says nothing.',
    ),
    ageRange: 'age_25_34',
    observation: ['controlled_by_companion', 'woman_at_risk'],
    observationNotes: {
      controlled_by_companion: l(
        'Se comunica solo a través de él y él controla sus documentos.',
        'She communicates only through him and he controls her documents.',
      ),
      woman_at_risk: l(
        'Es una mujer migrante con una de las condiciones anteriores.',
        'She is a migrant woman with one of the conditions above.',
      ),
    },
    acceptable: {
      possible_trafficking: l(
        'Lo observado puede indicar trata; confírmelo con las preguntas, sin exponerla.',
        'What you see may point to trafficking; confirm it with the questions, without exposing her.',
      ),
      emotional_distress: l(
        'Su silencio puede ser miedo; tenerlo en cuenta es prudente.',
        'Her silence may be fear; keeping it in mind is prudent.',
      ),
    },
    steps: {
      urgentReply: l(
        'Mientras él llena un formulario en otra mesa, usted le pregunta a ella en privado. Dice que no tiene ningún problema de salud.',
        'While he fills in a form at another desk, you ask her in private. She says she has no health problem.',
      ),
      urgent: 'no',
      urgentNote: l('No hay una necesidad urgente de salud.', 'There is no urgent health need.'),
      dangerReply: l(
        'En voz baja dice que le tiene miedo, que él le dice que le debe el viaje y que no la deja sola.',
        'Quietly she says she is afraid of him, that he says she owes him for the trip and that he never leaves her alone.',
      ),
      danger: 'yes',
      dangerNote: l(
        'Tiene miedo y está bajo control de otra persona: es peligro inminente. Detenga la entrevista y remita de inmediato a una institución que garantice su protección.',
        'She is afraid and controlled by someone else: that is imminent danger. Stop the interview and refer her right away to an institution that guarantees protection.',
      ),
    },
  },
  {
    id: 'dehydrated',
    title: l('Un hombre que caminó tres días', 'A man who walked for three days'),
    situation: l(
      'Un hombre de unos 40 años llega después de caminar tres días. Tiene los labios partidos, se marea y tiene que sentarse.',
      'A man of about 40 arrives after walking for three days. His lips are cracked, he is dizzy and has to sit down.',
    ),
    ageRange: 'age_35_44',
    observation: ['physical_health_signs'],
    observationNotes: {
      physical_health_signs: l(
        'Labios partidos y mareo son señales de deshidratación.',
        'Cracked lips and dizziness are signs of dehydration.',
      ),
    },
    steps: {
      urgentReply: l(
        'Dice que le duele mucho la cabeza y que no toma agua desde ayer.',
        'He says his head hurts badly and he has not had water since yesterday.',
      ),
      urgent: 'yes',
      urgentNote: l(
        'Es una necesidad urgente de salud: dele agua y un lugar para descansar, y remita a los servicios de salud.',
        'It is an urgent health need: give him water and a place to rest, and refer him to health services.',
      ),
      dangerReply: l(
        'Dice que nadie lo sigue y que no tiene miedo.',
        'He says nobody is following him and he is not afraid.',
      ),
      danger: 'no',
      dangerNote: l('No hay peligro inminente.', 'There is no imminent danger.'),
    },
  },
  {
    id: 'work_permit',
    title: l('Renovar un permiso de trabajo', 'Renewing a work permit'),
    situation: l(
      'Una mujer de unos 30 años, tranquila, trae sus papeles en una carpeta. Pregunta cómo renovar su permiso de trabajo, que vence el mes próximo.',
      'A calm woman of about 30 brings her papers in a folder. She asks how to renew her work permit, which expires next month.',
    ),
    ageRange: 'age_25_34',
    observation: ['none'],
    observationNotes: {
      none: l(
        'No se observa ninguna condición de la lista: es una consulta de información general.',
        'None of the listed conditions is seen: it is a general information request.',
      ),
    },
    channelSectors: ['migration_authority', 'employment', 'legal'],
  },
];

export function findPracticeCase({ id }: { id: string }): PracticeCase | undefined {
  return practiceCases.find((c) => c.id === id);
}
