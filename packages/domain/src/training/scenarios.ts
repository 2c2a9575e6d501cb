import type { Localized } from '../i18n.ts';
import { citeHubs } from './citation.ts';
import type { Citation } from './types.ts';

const l = (es: string, en: string): Localized => ({ es, en });

/** How good a choice is: shown with its feedback. */
export type ChoiceQuality = 'good' | 'partial' | 'poor';

export type ScenarioChoice = {
  id: string;
  text: Localized;
  feedback: Localized;
  quality: ChoiceQuality;
  /** The node that follows (a poor choice usually leads back to the same node to try again). */
  next: string;
};

export type ScenarioNode =
  | { id: string; text: Localized; end?: false; choices: ScenarioChoice[] }
  | { id: string; text: Localized; end: true };

/** A short branching scenario drawn from hub situations, with feedback on every choice. */
export type Scenario = {
  id: string;
  title: Localized;
  intro: Localized;
  citation: Citation;
  start: string;
  nodes: ScenarioNode[];
};

const choice = (
  id: string,
  quality: ChoiceQuality,
  next: string,
  text: Localized,
  feedback: Localized,
): ScenarioChoice => ({ id, quality, next, text, feedback });

export const scenarios: Scenario[] = [
  {
    id: 'pfa_crying',
    title: l('Una persona llora en la sala de espera', 'A person crying in the waiting room'),
    intro: l(
      'Es media mañana. En la sala de espera, una mujer joven llora en silencio con una mochila en el regazo. Respira rápido.',
      'It is mid-morning. In the waiting room, a young woman is crying quietly with a backpack on her lap. She is breathing fast.',
    ),
    citation: citeHubs(
      'anexo 2, observar y escuchar',
      'Annex 2, observe and listen',
      'L1665-L1674, L1748-L1827',
    ),
    start: 'approach',
    nodes: [
      {
        id: 'approach',
        text: l('¿Qué hace primero?', 'What do you do first?'),
        choices: [
          choice(
            'form',
            'poor',
            'approach',
            l(
              'La llama a su escritorio para empezar el formulario.',
              'Call her to your desk to start the form.',
            ),
            l(
              'Con angustia visible, los PAP van antes de la entrevista. El formulario puede esperar.',
              'With visible distress, PFA comes before the interview. The form can wait.',
            ),
          ),
          choice(
            'introduce',
            'good',
            'place',
            l(
              'Se acerca, se presenta, dice de qué organización es y pregunta si puede ayudar.',
              'Approach, introduce yourself and your organization, and ask whether you can help.',
            ),
            l(
              'Bien: acercarse con respeto, presentarse y preguntar es el inicio de «escuchar».',
              'Good: approaching respectfully, introducing yourself and asking is how "listen" begins.',
            ),
          ),
          choice(
            'wait',
            'partial',
            'approach',
            l('Espera a que se calme sola.', 'Wait for her to calm down by herself.'),
            l(
              'Dejarla sola no ayuda. Los PAP se ofrecen sin imponerlos: acérquese y pregunte.',
              'Leaving her alone does not help. PFA is offered without imposing it: approach and ask.',
            ),
          ),
        ],
      },
      {
        id: 'place',
        text: l(
          'Ella asiente. Hay otras personas en la sala mirando. ¿Qué hace?',
          'She nods. Other people in the room are watching. What do you do?',
        ),
        choices: [
          choice(
            'private',
            'good',
            'talk',
            l(
              'La invita a un espacio privado y le ofrece agua.',
              'Invite her to a private space and offer water.',
            ),
            l(
              'Bien: un lugar tranquilo y seguro, y un gesto de comodidad, protegen su privacidad.',
              'Good: a quiet, safe place and a comforting gesture protect her privacy.',
            ),
          ),
          choice(
            'stay',
            'poor',
            'place',
            l(
              'Le pide que le cuente ahí mismo qué le pasó.',
              'Ask her to tell you right there what happened.',
            ),
            l(
              'Delante de otras personas no hay privacidad, y pedirle que cuente lo ocurrido la presiona.',
              'There is no privacy in front of others, and asking her to retell what happened presses her.',
            ),
          ),
        ],
      },
      {
        id: 'talk',
        text: l(
          'Ya sentada, sigue llorando y no dice nada. ¿Qué hace?',
          'Once seated, she keeps crying and says nothing. What do you do?',
        ),
        choices: [
          choice(
            'press',
            'poor',
            'talk',
            l(
              'Le pide que le explique en orden lo que vivió en el camino.',
              'Ask her to explain in order what she went through on the way.',
            ),
            l(
              'Los PAP no piden ordenar ni analizar lo ocurrido. Eso puede hacer daño.',
              'PFA does not ask people to order or analyse events. That can cause harm.',
            ),
          ),
          choice(
            'breathe',
            'good',
            'needs',
            l(
              'Se queda cerca, respeta el silencio y la ayuda a respirar más despacio.',
              'Stay close, respect the silence and help her breathe more slowly.',
            ),
            l(
              'Bien: quedarse cerca, no presionar y ayudar a calmar la respiración.',
              'Good: staying close, not pressing and helping to slow the breathing.',
            ),
          ),
        ],
      },
      {
        id: 'needs',
        text: l(
          'Más tranquila, dice que perdió contacto con su hermano y no tiene dónde dormir hoy. ¿Qué hace?',
          'Calmer, she says she lost contact with her brother and has nowhere to sleep tonight. What do you do?',
        ),
        choices: [
          choice(
            'connect',
            'good',
            'end_good',
            l(
              'Pregunta qué es lo más urgente, busca con ella un albergue en el directorio y cómo contactar a su hermano.',
              'Ask what is most urgent, look up a shelter in the directory with her, and how to contact her brother.',
            ),
            l(
              'Bien: ordenar prioridades y conectar con servicios y con su familia es «conectar».',
              'Good: setting priorities and connecting with services and family is "connect".',
            ),
          ),
          choice(
            'promise',
            'poor',
            'needs',
            l(
              'Le asegura que su hermano está bien y que seguro lo encuentra hoy.',
              'Assure her that her brother is fine and she will surely find him today.',
            ),
            l(
              'No sabe si es cierto: nunca dé falsas esperanzas. Diga solo lo que se sabe.',
              'You do not know that: never give false hope. Say only what is known.',
            ),
          ),
        ],
      },
      {
        id: 'end_good',
        end: true,
        text: l(
          'Ella tiene un lugar para dormir y un plan para buscar a su hermano. Le explica qué esperar del albergue, le da los datos y se despide deseándole lo mejor. Ahora, si ella quiere, puede seguir la entrevista.',
          'She has a place to sleep and a plan to find her brother. You explain what to expect at the shelter, give her the details and say goodbye wishing her well. Now, if she wants, the interview can follow.',
        ),
      },
    ],
  },
  {
    id: 'pfa_family',
    title: l('Una familia tras un asalto en el camino', 'A family after an assault on the way'),
    intro: l(
      'Llega una familia: padre, madre y dos niños. Los asaltaron en el camino; el niño menor tiene la ropa mojada y tiembla.',
      'A family arrives: father, mother and two children. They were robbed on the way; the youngest is in wet clothes and shivering.',
    ),
    citation: citeHubs(
      'anexo 2, observar, conectar y terminar',
      'Annex 2, observe, connect and ending',
      'L1748-L1769, L1829-L1876',
    ),
    start: 'observe',
    nodes: [
      {
        id: 'observe',
        text: l('¿Qué atiende primero?', 'What do you attend to first?'),
        choices: [
          choice(
            'basic',
            'good',
            'info',
            l(
              'La necesidad básica urgente: ropa seca y abrigo para el niño.',
              'The urgent basic need: dry clothes and warmth for the child.',
            ),
            l(
              'Bien: observar incluye buscar necesidades básicas urgentes, como estar sin abrigo.',
              'Good: observing includes looking for urgent basic needs, such as lacking protection from the weather.',
            ),
          ),
          choice(
            'report',
            'partial',
            'observe',
            l(
              'Les pide los detalles del asalto para la denuncia.',
              'Ask for details of the assault for a police report.',
            ),
            l(
              'La denuncia puede venir después y solo si la familia quiere. Primero, lo urgente.',
              'A report can come later and only if the family wants. Urgent needs first.',
            ),
          ),
        ],
      },
      {
        id: 'info',
        text: l(
          'La madre pregunta si podrán recuperar sus documentos. Usted no lo sabe con certeza. ¿Qué responde?',
          'The mother asks whether they can recover their documents. You do not know for sure. What do you answer?',
        ),
        choices: [
          choice(
            'honest',
            'good',
            'close',
            l(
              'Dice lo que sabe, de dónde viene esa información, a qué oficina pueden ir, y lo repite despacio.',
              'Say what you know, where that information comes from, which office they can go to, and repeat it slowly.',
            ),
            l(
              'Bien: fuente clara, solo lo que se sabe, mensaje simple y repetido.',
              'Good: clear source, only what is known, a simple repeated message.',
            ),
          ),
          choice(
            'reassure',
            'poor',
            'info',
            l(
              'Les dice que no se preocupen, que los recuperarán.',
              'Tell them not to worry, they will get them back.',
            ),
            l(
              'Es una falsa esperanza. Si luego no ocurre, la confianza se pierde.',
              'That is false hope. If it does not happen, trust is lost.',
            ),
          ),
        ],
      },
      {
        id: 'close',
        text: l(
          'La familia ya tiene ropa seca, información y una cita para sus documentos. ¿Cómo cierra?',
          'The family now has dry clothes, information and an appointment for their documents. How do you close?',
        ),
        choices: [
          choice(
            'goodbye',
            'good',
            'end',
            l(
              'Explica que su ayuda termina, les da los datos de la cita y del albergue, y se despide con buenos deseos.',
              'Explain that your help ends, give them the appointment and shelter details, and say goodbye with good wishes.',
            ),
            l(
              'Bien: así termina la ayuda: claridad sobre lo que sigue, datos de seguimiento y una despedida positiva.',
              'Good: that is how help ends: clarity on what follows, follow-up details and a positive goodbye.',
            ),
          ),
          choice(
            'leave',
            'poor',
            'close',
            l(
              'Los deja en la sala y vuelve a su trabajo.',
              'Leave them in the room and go back to your work.',
            ),
            l(
              'Sin explicación ni datos de seguimiento la familia queda desorientada.',
              'Without explanation or follow-up details the family is left disoriented.',
            ),
          ),
        ],
      },
      {
        id: 'end',
        end: true,
        // One case form per person attended (hubs handbook, 000:L1922-L1923).
        text: l(
          'La familia sale con un plan. Usted llena un formulario de casos por cada persona atendida y revisa cómo se siente usted: cuidarse también es parte de ayudar.',
          'The family leaves with a plan. You fill in a case form for each person attended and check how you feel: self-care is part of helping.',
        ),
      },
    ],
  },
  {
    id: 'route_choice',
    title: l('Una voz angustiada en la puerta', 'A distressed voice at the door'),
    intro: l(
      'Un hombre se asoma y pregunta, con la voz quebrada, si aquí ayudan a migrantes. Tiene un brazo vendado.',
      'A man looks in and asks, his voice breaking, whether migrants are helped here. One arm is bandaged.',
    ),
    citation: citeHubs(
      'función 1, rutas y ejemplo',
      'function 1, routes and example',
      'L440-L516, L563-L628',
    ),
    start: 'door',
    nodes: [
      {
        id: 'door',
        text: l('¿Cómo lo recibe?', 'How do you receive him?'),
        choices: [
          choice(
            'welcome',
            'good',
            'route',
            l(
              'Le dice que sí, se presenta, lo invita a pasar y a sentarse, y lo escucha mientras observa.',
              'Say yes, introduce yourself, invite him in to sit down, and listen while you observe.',
            ),
            l(
              'Bien: es el ejemplo del manual. Recibir y observar a la vez permite decidir la ruta.',
              "Good: it is the handbook's example. Welcoming and observing at once lets you decide the route.",
            ),
          ),
          choice(
            'brochure',
            'poor',
            'door',
            l(
              'Le da un folleto y le dice que vuelva otro día.',
              'Hand him a leaflet and tell him to come back another day.',
            ),
            l(
              'Se pierde la oportunidad de identificar una posible situación de vulnerabilidad.',
              'The chance to identify a possible vulnerable situation is lost.',
            ),
          ),
        ],
      },
      {
        id: 'route',
        text: l(
          'Observa hematomas y mucha ansiedad. ¿Qué ruta sigue?',
          'You notice bruises and strong anxiety. Which route do you follow?',
        ),
        choices: [
          choice(
            'four',
            'good',
            'urgent',
            l('La ruta de 4 pasos.', 'The 4-step route.'),
            l(
              'Bien: signos de salud física afectada y de estado emocional alterado están en la lista de observación.',
              'Good: signs of impaired physical health and altered emotional state are on the observation list.',
            ),
          ),
          choice(
            'two',
            'poor',
            'route',
            l('La ruta de 2 pasos.', 'The 2-step route.'),
            l(
              'La ruta de 2 pasos es para quien no presenta ninguna condición de la lista. Aquí hay dos.',
              'The 2-step route is for people showing no condition from the list. There are two here.',
            ),
          ),
        ],
      },
      {
        id: 'urgent',
        text: l('¿Cuál es el siguiente paso?', 'What is the next step?'),
        choices: [
          choice(
            'needs',
            'good',
            'end',
            l(
              'Atender lo urgente (herida, agua, calma; PAP si los quiere) y valorar si corre peligro inminente.',
              'Attend what is urgent (wound, water, calm; PFA if he wants it) and assess whether he is in imminent danger.',
            ),
            l(
              'Bien: primero necesidades urgentes, luego peligro inminente; después la entrevista de identificación y la remisión.',
              'Good: urgent needs first, then imminent danger; then the identification interview and referral.',
            ),
          ),
          choice(
            'interview',
            'partial',
            'urgent',
            l(
              'Empezar ya la entrevista de identificación.',
              'Start the identification interview now.',
            ),
            l(
              'La entrevista es el tercer paso. Antes, lo urgente y la valoración del peligro.',
              'The interview is the third step. Urgent needs and danger assessment come first.',
            ),
          ),
        ],
      },
      {
        id: 'end',
        end: true,
        text: l(
          'Atendidas sus necesidades y descartado un peligro inmediato, hace la entrevista de identificación en privado y lo remite según su condición, con los datos del directorio.',
          'With his needs met and no immediate danger, you hold the identification interview in private and refer him according to his condition, with directory details.',
        ),
      },
    ],
  },
  {
    id: 'companion',
    title: l('Una mujer y su acompañante', 'A woman and her companion'),
    intro: l(
      'Una mujer llega con un hombre. Cada vez que usted le pregunta algo a ella, él responde.',
      'A woman arrives with a man. Each time you ask her something, he answers.',
    ),
    citation: citeHubs(
      'lista de observación y recomendaciones',
      'observation list and recommendations',
      'L470-L471, L517-L535',
    ),
    start: 'notice',
    nodes: [
      {
        id: 'notice',
        text: l('¿Qué hace?', 'What do you do?'),
        choices: [
          choice(
            'separate',
            'good',
            'consent',
            l(
              'Explica que la atención es individual e invita a la mujer a un espacio privado.',
              'Explain that attention is individual and invite the woman to a private space.',
            ),
            l(
              'Bien: la entrevista es individual y en privado, y la posible vigilancia por un acompañante es una señal de la lista de observación.',
              'Good: interviews are individual and private, and possible monitoring by a companion is a sign on the observation list.',
            ),
          ),
          choice(
            'continue',
            'poor',
            'notice',
            l(
              'Sigue la entrevista con él, que parece saber más.',
              'Go on interviewing him, as he seems to know more.',
            ),
            l(
              'Así no escucha a la persona atendida y puede pasar por alto una situación de control o trata.',
              'You are not hearing the person attended and may miss a situation of control or trafficking.',
            ),
          ),
        ],
      },
      {
        id: 'consent',
        text: l('A solas, ¿cómo empieza?', 'Alone, how do you start?'),
        choices: [
          choice(
            'confidential',
            'good',
            'end',
            l(
              'Le dice que lo que cuente es confidencial y que puede no responder o parar cuando quiera.',
              'Tell her that what she says is confidential and that she may decline to answer or stop at any time.',
            ),
            l('Bien: así se genera confianza.', 'Good: that is how trust is built.'),
          ),
          choice(
            'direct',
            'poor',
            'consent',
            l(
              'Le pregunta directamente si él la está explotando.',
              'Ask her directly whether he is exploiting her.',
            ),
            l(
              'Las preguntas sensibles necesitan contexto y una introducción cuidadosa.',
              'Sensitive questions need context and a careful introduction.',
            ),
          ),
        ],
      },
      {
        id: 'end',
        end: true,
        text: l(
          'La mujer habla con más calma. Usted sigue la ruta de 4 pasos y tiene a mano los contactos de protección de emergencia del directorio.',
          'The woman speaks more calmly. You follow the 4-step route and keep the emergency protection contacts from the directory at hand.',
        ),
      },
    ],
  },
];

/** The scenario with this id, if any. */
export function findScenario({ id }: { id: string }): Scenario | undefined {
  return scenarios.find((scenario) => scenario.id === id);
}

/** One step taken: the node shown and the choice made there. */
export type ScenarioStep = { node: ScenarioNode; choice: ScenarioChoice };

/**
 * Replays a path of choice ids from the start: the steps taken, the node reached, and whether
 * it is an ending. Unknown choices stop the walk (`valid: false`).
 */
export function walkScenario({ scenario, path }: { scenario: Scenario; path: readonly string[] }): {
  steps: ScenarioStep[];
  current: ScenarioNode;
  finished: boolean;
  valid: boolean;
} {
  const byId = new Map(scenario.nodes.map((node) => [node.id, node]));
  let current = byId.get(scenario.start)!;
  const steps: ScenarioStep[] = [];
  for (const choiceId of path) {
    if (current.end) return { steps, current, finished: true, valid: false };
    const picked = current.choices.find((c) => c.id === choiceId);
    const next = picked && byId.get(picked.next);
    if (!picked || !next) return { steps, current, finished: false, valid: false };
    steps.push({ node: current, choice: picked });
    current = next;
  }
  return { steps, current, finished: current.end === true, valid: true };
}
