import type { Localized } from '../i18n.ts';
import { citeHubs } from './citation.ts';
import type { Citation } from './types.ts';

const l = (es: string, en: string): Localized => ({ es, en });

/** A list inside a guide page: optional heading, items. */
export type GuideList = { heading?: Localized; items: Localized[] };

/** One page of the PFA guide. */
export type GuidePage = {
  id: string;
  title: Localized;
  intro: Localized;
  lists: GuideList[];
  /** Guide questions to ask oneself (Observe) or to keep in mind. */
  questions?: GuideList;
  citation: Citation;
};

/**
 * The Psychological First Aid guide (hubs handbook Annex 2), in the project's own words, in
 * reading order.
 */
export const pfaGuide: GuidePage[] = [
  {
    id: 'what',
    title: l('Qué son y qué no son los PAP', 'What PFA is and is not'),
    intro: l(
      'Los Primeros Auxilios Psicológicos (PAP) son una respuesta humana: apoyar a otra persona que sufre y puede necesitar ayuda.',
      'Psychological First Aid (PFA) is a human response: supporting another person who is suffering and may need help.',
    ),
    lists: [
      {
        heading: l('Los PAP incluyen', 'PFA includes'),
        items: [
          l('Dar apoyo sin invadir.', 'Giving support without intruding.'),
          l('Valorar necesidades y preocupaciones.', 'Assessing needs and concerns.'),
          l(
            'Ayudar a cubrir necesidades básicas, como agua, comida o información.',
            'Helping meet basic needs such as water, food or information.',
          ),
          l('Escuchar sin presionar para hablar.', 'Listening without pressing people to talk.'),
          l('Consolar y ayudar a calmarse.', 'Comforting and helping people calm down.'),
          l(
            'Facilitar el acceso a información, servicios y apoyos sociales.',
            'Helping people reach information, services and social support.',
          ),
          l('Proteger de más peligros.', 'Protecting from further danger.'),
        ],
      },
      {
        heading: l('Los PAP no son', 'PFA is not'),
        items: [
          l(
            'Pedir a la persona que analice lo que le pasó o que ponga los hechos en orden.',
            'Asking the person to analyse what happened or put events in order.',
          ),
          l(
            'Presionar para que cuente sus sentimientos o reacciones.',
            'Pressing them to tell their feelings or reactions.',
          ),
          l('Consejo profesional.', 'Professional advice.'),
          l(
            'Un «debriefing» psicológico: repasar en detalle el hecho traumático no se recomienda.',
            'Psychological debriefing: going over the traumatic event in detail is not recommended.',
          ),
        ],
      },
    ],
    citation: citeHubs('anexo 2', 'Annex 2', 'L1646-L1658, L1684-L1691, L1723-L1742'),
  },
  {
    id: 'when',
    title: l('Cuándo, dónde y para quién', 'When, where and for whom'),
    intro: l(
      'En la ventanilla, ofrezca PAP cuando la persona muestre inestabilidad emocional visible, antes de empezar la entrevista.',
      'At the hub, offer PFA when the person shows visible emotional instability, before the interview begins.',
    ),
    lists: [
      {
        heading: l('Señales', 'Signs'),
        items: [
          l('Ansiedad o preocupación evidente.', 'Anxiety or obvious worry.'),
          l('Llanto.', 'Crying.'),
          l('Desorientación o inquietud.', 'Disorientation or restlessness.'),
          l('Dificultad para respirar.', 'Difficulty breathing.'),
        ],
      },
      {
        heading: l('Cuándo, dónde, quién', 'When, where, who'),
        items: [
          l(
            'Cuándo: sobre todo poco después de una crisis, aunque algunas personas lo necesitan mucho después.',
            'When: mostly soon after a crisis, though some people need it long afterwards.',
          ),
          l(
            'Dónde: en cualquier lugar seguro, mejor si es privado.',
            'Where: anywhere safe, preferably private.',
          ),
          l(
            'Para quién: niñas, niños y personas adultas muy afectadas por un hecho reciente. Nunca se imponen: se ofrecen.',
            'For whom: children and adults very distressed by a recent event. It is never imposed: it is offered.',
          ),
          l(
            'Cualquier persona formada puede darlos; no hace falta ser profesional de salud mental.',
            'Anyone trained can give it; no mental-health professional is needed.',
          ),
        ],
      },
      {
        heading: l('Las reacciones dependen de', 'Reactions depend on'),
        items: [
          l('La naturaleza y gravedad de lo vivido.', 'The nature and severity of the events.'),
          l(
            'El apoyo de otras personas y la salud física.',
            'Support from others and physical health.',
          ),
          l(
            'La historia personal y familiar, la cultura y la edad.',
            'Personal and family history, culture and age.',
          ),
        ],
      },
    ],
    citation: citeHubs('anexo 2', 'Annex 2', 'L1665-L1682, L1694-L1721'),
  },
  {
    id: 'responsibly',
    title: l('Ayudar con responsabilidad y cuidarse', 'Helping responsibly and self-care'),
    intro: l(
      'Ayudar bien también es conocer sus límites y cuidarse a usted.',
      'Helping well also means knowing your limits and looking after yourself.',
    ),
    lists: [
      {
        items: [
          l(
            'Respete la seguridad, la dignidad y los derechos de la persona.',
            "Respect the person's safety, dignity and rights.",
          ),
          l(
            'Adáptese a su cultura y a otras diferencias, como el género o la orientación sexual.',
            'Adapt to their culture and other differences, such as gender or sexual orientation.',
          ),
          l(
            'Tenga en cuenta las otras respuestas que ya existen para esa situación.',
            'Take into account the other responses already in place for the situation.',
          ),
          l('Cuídese y vele por su propia seguridad.', 'Look after yourself and your own safety.'),
          l(
            'Reconozca sus límites y busque a especialistas (salud, autoridades locales, líderes comunitarios) cuando haga falta.',
            'Know your limits and seek specialists (health workers, local authorities, community leaders) when needed.',
          ),
        ],
      },
    ],
    citation: citeHubs('anexo 2', 'Annex 2', 'L1700-L1708, L1716-L1721'),
  },
  {
    id: 'prepare',
    title: l('Prepararse', 'Preparing'),
    intro: l('Antes de ofrecer PAP, infórmese.', 'Before offering PFA, get informed.'),
    lists: [
      {
        items: [
          l(
            'Qué ha pasado, sobre todo en una emergencia.',
            'What has happened, above all in an emergency.',
          ),
          l(
            'Qué servicios y apoyos hay disponibles: tenga el directorio a mano.',
            'Which services and supports are available: keep the directory at hand.',
          ),
          l('Qué riesgos de seguridad puede haber.', 'What safety risks there may be.'),
        ],
      },
    ],
    citation: citeHubs('anexo 2', 'Annex 2', 'L1710-L1714, L1733-L1735'),
  },
  {
    id: 'observe',
    title: l('Observar', 'Observe'),
    intro: l('Mire a su alrededor antes de acercarse.', 'Look around before you approach.'),
    lists: [
      {
        heading: l('Acciones', 'Actions'),
        items: [
          l('Compruebe la seguridad.', 'Check safety.'),
          l(
            'Busque a quien tenga necesidades básicas urgentes.',
            'Look for anyone with urgent basic needs.',
          ),
          l(
            'Busque a quien muestre reacciones graves de angustia.',
            'Look for anyone showing severe distress reactions.',
          ),
        ],
      },
    ],
    questions: {
      heading: l('Preguntas guía', 'Guide questions'),
      items: [
        l(
          '¿Hay alguien con una necesidad básica urgente, por ejemplo sin abrigo o con la ropa rota?',
          'Is anyone in urgent basic need, for example without shelter from the weather or in torn clothing?',
        ),
        l(
          '¿Quién puede necesitar ayuda para llegar a servicios o atención especial, y quién corre riesgo de discriminación o violencia?',
          'Who may need help to reach services or special care, and who risks discrimination or violence?',
        ),
        l('¿Quién más cerca puede ayudar?', 'Who else nearby can help?'),
        l(
          '¿Hay personas muy alteradas, que no pueden moverse, que no responden o en shock?',
          'Are there people very upset, unable to move, unresponsive or in shock?',
        ),
        l(
          '¿Dónde están y quiénes son las personas más afectadas?',
          'Where are the most distressed people, and who are they?',
        ),
      ],
    },
    citation: citeHubs('anexo 2, observar', 'Annex 2, observe', 'L1748-L1769'),
  },
  {
    id: 'listen',
    title: l('Escuchar', 'Listen'),
    intro: l(
      'Acérquese, pregunte qué necesita y escuche para ayudar a la persona a calmarse.',
      'Approach, ask what the person needs and listen to help them calm down.',
    ),
    lists: [
      {
        heading: l('Acercarse', 'Approach'),
        items: [
          l(
            'Diríjase a la persona con respeto y según su cultura.',
            'Address the person respectfully and mindful of their culture.',
          ),
          l(
            'Preséntese y presente a su organización.',
            'Introduce yourself and your organization.',
          ),
          l('Pregunte si puede ayudar.', 'Ask whether you can help.'),
          l('Busque un lugar tranquilo y seguro para hablar.', 'Find a quiet, safe place to talk.'),
          l(
            'Ayude a que esté cómoda; ofrezca agua si puede.',
            'Help them feel comfortable; offer water if you can.',
          ),
          l(
            'Protéjala de peligros y de los medios de comunicación, por su privacidad y dignidad.',
            'Protect them from danger and from the media, for their privacy and dignity.',
          ),
          l(
            'Si está muy angustiada, quédese con ella o busque compañía segura.',
            'If very distressed, stay with them or find safe company.',
          ),
        ],
      },
      {
        heading: l('Preguntar por necesidades y preocupaciones', 'Ask about needs and worries'),
        items: [
          l(
            'Pregunte qué necesita, aunque parezca obvio.',
            'Ask what they need, even if it seems obvious.',
          ),
          l(
            'Averigüe qué es lo más importante ahora y ayude a ordenar prioridades.',
            'Find out what matters most right now and help set priorities.',
          ),
        ],
      },
      {
        heading: l('Escuchar y calmar', 'Listen and calm'),
        items: [
          l('Quédese cerca.', 'Stay close.'),
          l('No presione para que hable.', 'Do not press them to talk.'),
          l(
            'Escuche si decide contar lo que pasó.',
            'Listen if they decide to tell what happened.',
          ),
          l(
            'Si está muy alterada, ayúdela a calmar la respiración y no la deje sola.',
            'If very upset, help them slow their breathing and do not leave them alone.',
          ),
        ],
      },
    ],
    citation: citeHubs('anexo 2, escuchar', 'Annex 2, listen', 'L1771-L1827'),
  },
  {
    id: 'connect',
    title: l('Conectar', 'Connect'),
    intro: l(
      'Ayude a resolver problemas y conecte a la persona con familia, conocidos y servicios.',
      'Help solve problems and connect the person with family, acquaintances and services.',
    ),
    lists: [
      {
        heading: l('Ayudar a resolver problemas', 'Help solve problems'),
        items: [
          l(
            'Identifique con la persona quién en su vida puede ayudarla ahora (familia, amistades).',
            'Identify with the person who in their life can help now (family, friends).',
          ),
          l(
            'Dé sugerencias prácticas para que cubra sus necesidades, por ejemplo cómo inscribirse para recibir ayuda.',
            'Give practical suggestions to meet their needs, for example how to sign up for aid.',
          ),
          l(
            'Pregunte cómo superó antes situaciones difíciles y refuerce esa capacidad.',
            'Ask how they coped with hard situations before and reinforce that ability.',
          ),
          l(
            'Pregunte qué le hace sentir mejor; anime las estrategias positivas y desaconseje las dañinas.',
            'Ask what helps them feel better; encourage positive coping and discourage harmful coping.',
          ),
        ],
      },
    ],
    questions: {
      heading: l('Preguntas guía', 'Guide questions'),
      items: [
        l('¿A quién puede acudir ahora mismo?', 'Who can you turn to right now?'),
        l(
          '¿Qué le ayudó otras veces que estuvo en una situación difícil?',
          'What helped you other times you were in a hard situation?',
        ),
        l('¿Qué le hace sentir un poco mejor?', 'What makes you feel a little better?'),
      ],
    },
    citation: citeHubs('anexo 2, conectar', 'Annex 2, connect', 'L1829-L1847'),
  },
  {
    id: 'information',
    title: l('Dar información', 'Giving information'),
    intro: l(
      'Informe sobre lo ocurrido, sus seres queridos, su seguridad, sus derechos y cómo llegar a los servicios.',
      'Inform about what happened, their loved ones, their safety, their rights and how to reach services.',
    ),
    lists: [
      {
        items: [
          l('Diga de dónde viene la información.', 'Say where the information comes from.'),
          l(
            'Diga solo lo que se sabe: nunca invente ni dé falsas esperanzas.',
            'Say only what is known: never make things up or give false hope.',
          ),
          l(
            'Use mensajes simples y exactos, y repítalos.',
            'Use simple, accurate messages, and repeat them.',
          ),
          l(
            'Informar a un grupo a la vez ayuda a que todos reciban el mismo mensaje.',
            'Informing a group at once helps everyone receive the same message.',
          ),
          l(
            'Diga si seguirá dando noticias, y dónde y cuándo.',
            'Say whether you will keep giving news, and where and when.',
          ),
        ],
      },
    ],
    citation: citeHubs('anexo 2, dar información', 'Annex 2, providing information', 'L1857-L1874'),
  },
  {
    id: 'ending',
    title: l('Cómo termina la ayuda', 'How the help ends'),
    intro: l(
      'El momento depende de la situación, de las necesidades de la persona y de las suyas.',
      'The moment depends on the situation, the person’s needs and your own.',
    ),
    lists: [
      {
        items: [
          l('Explique que su ayuda termina.', 'Explain that your help is ending.'),
          l(
            'Si necesita apoyo especializado, preséntele a quien seguirá ayudándola.',
            'If specialized support is needed, introduce them to whoever will keep helping.',
          ),
          l(
            'Si ya la conectó con servicios, dígale qué esperar y dele los datos para el seguimiento.',
            'If already connected with services, tell them what to expect and give the details for follow-up.',
          ),
          l(
            'Despídase siempre de forma positiva y deséele lo mejor.',
            'Always say a positive goodbye and wish them well.',
          ),
        ],
      },
    ],
    citation: citeHubs('anexo 2, final de la ayuda', 'Annex 2, end of help', 'L1849-L1855, L1876'),
  },
];

/** The one-page quick-reference card: the essentials, in the order of use. */
export const pfaQuickCard: { title: Localized; lines: Localized[] }[] = [
  {
    title: l('Antes', 'Before'),
    lines: [
      l(
        'Infórmese: qué pasó, qué servicios hay, qué riesgos.',
        'Get informed: what happened, services, risks.',
      ),
      l(
        'Ofrezca, no imponga. Antes de la entrevista.',
        'Offer, never impose. Before the interview.',
      ),
    ],
  },
  {
    title: l('Observar', 'Observe'),
    lines: [
      l('Seguridad.', 'Safety.'),
      l('Necesidades básicas urgentes.', 'Urgent basic needs.'),
      l('Angustia grave.', 'Severe distress.'),
    ],
  },
  {
    title: l('Escuchar', 'Listen'),
    lines: [
      l('Preséntese y pregunte si puede ayudar.', 'Introduce yourself; ask if you can help.'),
      l('Lugar tranquilo y privado; agua.', 'Quiet, private place; water.'),
      l('Pregunte qué necesita y qué le preocupa.', 'Ask what they need and what worries them.'),
      l(
        'No presione para hablar. Ayude a calmar la respiración.',
        'Do not press to talk. Help slow breathing.',
      ),
    ],
  },
  {
    title: l('Conectar', 'Connect'),
    lines: [
      l('Apoyos de su vida: familia, amistades.', 'Supports in their life: family, friends.'),
      l(
        'Sugerencias prácticas; servicios del directorio.',
        'Practical suggestions; directory services.',
      ),
      l(
        'Información: fuente, solo lo que se sabe, simple y repetida.',
        'Information: source, only what is known, simple and repeated.',
      ),
    ],
  },
  {
    title: l('Cerrar', 'Close'),
    lines: [
      l(
        'Explique que la ayuda termina; presente a quien sigue.',
        'Explain the help ends; introduce who follows.',
      ),
      l('Datos de seguimiento. Despedida positiva.', 'Follow-up details. Positive goodbye.'),
    ],
  },
  {
    title: l('Nunca', 'Never'),
    lines: [
      l('Pedir que ordene o analice lo vivido.', 'Ask them to order or analyse what happened.'),
      l('Inventar información o dar falsas esperanzas.', 'Make up information or give false hope.'),
    ],
  },
  {
    title: l('Usted', 'You'),
    lines: [l('Conozca sus límites; cuídese.', 'Know your limits; look after yourself.')],
  },
];

export const pfaCitation: Citation = citeHubs('anexo 2', 'Annex 2', 'L1646-L1878');
