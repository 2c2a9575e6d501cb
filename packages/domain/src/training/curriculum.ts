import type { Localized } from '../i18n.ts';
import { citeHubs, citeMrc } from './citation.ts';
import type { QuizQuestion, Track, TrainingModule } from './types.ts';

const l = (es: string, en: string): Localized => ({ es, en });

/** A question with options a, b, c… in the given order. */
function question(
  id: string,
  prompt: Localized,
  options: Localized[],
  correct: string[],
  explanation: Localized,
): QuizQuestion {
  return {
    id,
    prompt,
    options: options.map((text, index) => ({ id: String.fromCharCode(97 + index), text })),
    correct,
    explanation,
  };
}

/**
 * The training modules, drawn from the hubs handbook (seeds/000) and the MRC handbook
 * (seeds/004 ch. 4.4). Texts are the project's own words; every module and item cites the
 * section and lines it rests on.
 */
export const trainingModules: TrainingModule[] = [
  {
    id: 'hub_basics',
    title: l('Qué es una ventanilla y cómo se abre', 'What a hub is and how one opens'),
    summary: l(
      'Las tres funciones de una ventanilla, sus tipos y los cinco pasos para abrirla.',
      'The three functions of a hub, its types and the five steps to open one.',
    ),
    citation: citeHubs(
      'secciones 1.1–1.4 y capítulo 2',
      'sections 1.1–1.4 and chapter 2',
      'L66-L413',
    ),
    items: [
      {
        id: 'hub_basics.read',
        type: 'read',
        title: l('Funciones y tipos de ventanilla', 'Hub functions and types'),
        summary: l(
          'Asesoría, recolección de información y sensibilización.',
          'Advice, information gathering and awareness.',
        ),
        citation: citeHubs('secciones 1.1–1.3', 'sections 1.1–1.3', 'L66-L153'),
        dueDays: 3,
        points: [
          l(
            'Una ventanilla es un espacio local, a cargo de una municipalidad, institución u organización, que da a las personas migrantes información clara, confiable y directa.',
            'A hub is a local space, run by a municipality, institution or organization, that gives migrants clear, reliable and direct information.',
          ),
          l(
            'Atiende a personas que piensan migrar, que están en tránsito, que llegaron a su destino o que retornaron.',
            'It serves people who are thinking of migrating, in transit, at destination or returned.',
          ),
          l(
            'Primera función: asesorar sobre trámites, derechos y obligaciones, y remitir a servicios de apoyo, sobre todo a quienes están en situación de vulnerabilidad.',
            'First function: advise on procedures, rights and obligations, and refer to support services, above all people in vulnerable situations.',
          ),
          l(
            'Segunda función: reunir y compartir información sobre flujos y tendencias migratorias y sobre las necesidades de quienes la visitan.',
            'Second function: gather and share information on migration flows and trends and on the needs of visitors.',
          ),
          l(
            'Tercera función: actividades de sensibilización sobre los riesgos de la migración irregular y contra los estereotipos.',
            'Third function: awareness activities on the risks of irregular migration and against stereotypes.',
          ),
          l(
            'Una ventanilla móvil sale a espacios públicos, fronteras o comunidades; una ventanilla transaccional además da acceso a trámites junto con la autoridad nacional.',
            'A mobile hub goes out to public spaces, borders or communities; a transactional hub also gives access to procedures together with the national authority.',
          ),
        ],
      },
      {
        id: 'hub_basics.opening',
        type: 'read',
        title: l('Los cinco pasos para abrir una ventanilla', 'The five steps to open a hub'),
        summary: l(
          'De la identificación de actores a la difusión.',
          'From identifying stakeholders to outreach.',
        ),
        citation: citeHubs('capítulo 2', 'chapter 2', 'L184-L413'),
        dueDays: 5,
        points: [
          l(
            '1. Identificar a los actores interesados en un lugar con movimiento migratorio constante.',
            '1. Identify interested stakeholders in a place with steady migratory movement.',
          ),
          l(
            '2. Formalizar acuerdos de trabajo (convenios, políticas o acuerdos municipales) para que la ventanilla perdure.',
            '2. Formalize work agreements (cooperation agreements, policies or municipal agreements) so the hub lasts.',
          ),
          l(
            '3. Preparar un espacio accesible y reconocible, con al menos un lugar privado para entrevistas confidenciales.',
            '3. Prepare an accessible, recognizable space with at least one private place for confidential interviews.',
          ),
          l(
            '4. Formar al personal, preparar un directorio local y un plan de trabajo anual.',
            '4. Train the staff, prepare a local directory and an annual work plan.',
          ),
          l(
            '5. Dar a conocer la ventanilla en lugares públicos y redes sociales, con la comunidad y sus líderes.',
            '5. Make the hub known in public places and social networks, with the community and its leaders.',
          ),
        ],
      },
      {
        id: 'hub_basics.check',
        type: 'quiz',
        title: l('Repaso: funciones de la ventanilla', 'Review: hub functions'),
        summary: l('Tres preguntas; se aprueba con dos.', 'Three questions; two to pass.'),
        citation: citeHubs('secciones 1.1–1.4', 'sections 1.1–1.4', 'L66-L181'),
        dueDays: 5,
        check: {
          passMark: 2 / 3,
          maxAttempts: 3,
          questions: [
            question(
              'functions',
              l(
                '¿Cuáles son las tres funciones de una ventanilla?',
                'What are the three functions of a hub?',
              ),
              [
                l(
                  'Asesoría y remisión, recolección de información, sensibilización',
                  'Advice and referral, information gathering, awareness',
                ),
                l(
                  'Emisión de visas, transporte y alojamiento',
                  'Issuing visas, transport and shelter',
                ),
                l(
                  'Asistencia legal, atención médica y empleo',
                  'Legal aid, medical care and employment',
                ),
              ],
              ['a'],
              l(
                'La ventanilla asesora y remite, reúne información sobre la migración local y sensibiliza a la comunidad. Los demás servicios se ofrecen por remisión o con aliados.',
                'The hub advises and refers, gathers information on local migration and raises awareness. Other services come through referral or partners.',
              ),
            ),
            question(
              'mobile',
              l('¿Qué es una ventanilla móvil?', 'What is a mobile hub?'),
              [
                l('Una aplicación para teléfonos', 'A phone application'),
                l(
                  'El personal que sale al terreno (espacios públicos, fronteras, comunidades) a informar o atender',
                  'Staff going out into the field (public spaces, borders, communities) to inform or attend people',
                ),
                l(
                  'Una ventanilla que cambia de oficina cada mes',
                  'A hub that changes office every month',
                ),
              ],
              ['b'],
              l(
                'La ventanilla móvil lleva la información y la atención fuera del local: a comunidades, fronteras o lugares de mucho tránsito.',
                'The mobile hub takes information and attention outside the premises: to communities, borders or busy transit places.',
              ),
            ),
            question(
              'checklist',
              l(
                '¿Qué debe tener una ventanilla según la lista de características? (marque todas las que correspondan)',
                'What should a hub have according to the checklist? (tick all that apply)',
              ),
              [
                l('Personal formado', 'Trained staff'),
                l('Un directorio local de referencia', 'A local reference directory'),
                l('Procedimientos de protección de datos', 'Data protection procedures'),
                l('Un servicio de cambio de divisas', 'A currency exchange service'),
              ],
              ['a', 'b', 'c'],
              l(
                'La lista pide personal formado, espacio autorizado, directorio local, identificación de vulnerabilidades, información confiable, registro para informes mensuales, protección de datos, datos sobre flujos y actividades de información.',
                'The checklist asks for trained staff, an authorized space, a local directory, identifying vulnerabilities, reliable information, records for monthly reports, data protection, data on flows and information activities.',
              ),
            ),
          ],
        },
      },
      {
        id: 'hub_basics.ecampus',
        type: 'external',
        title: l(
          'Curso en línea «Ventanillas de información sobre migración»',
          'Online course "Information Hubs on Migration"',
        ),
        summary: l(
          'Curso gratuito y virtual de la OIM en E-Campus (en español). Registre la referencia de su certificado.',
          "IOM's free online course on E-Campus (in Spanish). Record your certificate reference.",
        ),
        citation: {
          source: 'ecampus',
          section: l('nota del 20/11/2020', 'item of 20/11/2020'),
          lines: 'L1-L30',
        },
        dueDays: 30,
        course: {
          name: 'Ventanillas de Información sobre Migración',
          provider: l('OIM, E-Campus', 'IOM, E-Campus'),
          url: 'https://www.ecampus.iom.int/',
        },
      },
    ],
  },
  {
    id: 'context',
    title: l(
      'Contexto migratorio, trámites y regularización',
      'Migration context, procedures and regularization',
    ),
    summary: l(
      'Lo que el personal debe conocer de la migración local y cómo acompañar una regularización.',
      'What staff must know about local migration and how to support a regularization.',
    ),
    citation: citeHubs(
      'sección 2.4 y apoyo a la regularización',
      'section 2.4 and regularization support',
      'L300-L338, L771-L828',
    ),
    items: [
      {
        id: 'context.read',
        type: 'read',
        title: l('Áreas de formación y contexto local', 'Training areas and local context'),
        summary: l(
          'Los cuatro temas que la formación inicial debe cubrir.',
          'The four topics initial training must cover.',
        ),
        citation: citeHubs('sección 2.4', 'section 2.4', 'L310-L338'),
        dueDays: 7,
        points: [
          l(
            'Conocer el contexto migratorio de la región es de suma importancia para atender bien.',
            "Knowing the region's migration context is of the utmost importance to attend well.",
          ),
          l(
            'Hablar la lengua local y, si es posible, la más frecuente entre las personas migrantes de la zona.',
            'Speak the local language and, if possible, the one most common among migrants in the area.',
          ),
          l(
            'Temas: sensibilización y conceptos; trámites, políticas, visas y vías de regularización; perfiles vulnerables y derechos; inclusión laboral, atención psicosocial y otros servicios.',
            'Topics: awareness and concepts; procedures, policies, visas and regularization channels; vulnerable profiles and rights; labour inclusion, psychosocial care and other services.',
          ),
          l(
            'Tenga a mano un pequeño manual con los países y trámites que más se consultan.',
            'Keep a small manual of the most requested countries and procedures at hand.',
          ),
        ],
      },
      {
        id: 'context.regularization',
        type: 'read',
        title: l('Acompañar una regularización', 'Supporting a regularization'),
        summary: l('Las diez acciones de apoyo.', 'The ten support actions.'),
        citation: citeHubs('apoyo a la regularización', 'regularization support', 'L771-L828'),
        dueDays: 10,
        points: [
          l(
            'Verifique la condición migratoria actual y pregunte si la persona conoce las categorías que prevé la ley.',
            'Check the current migratory status and ask whether the person knows the categories in the law.',
          ),
          l(
            'Aclare dudas para que la persona elija a qué condición aplicar; complete con preguntas socioeconómicas.',
            'Clear up doubts so the person can choose what status to apply for; complete with socioeconomic questions.',
          ),
          l(
            'Si la ventanilla no tiene asesoría legal, remita a la institución que corresponda.',
            'If the hub has no legal advice service, refer to the institution in charge.',
          ),
          l(
            'Revise documentos, entregue la lista de requisitos y oriente sobre cómo presentarlos.',
            'Review documents, hand over the list of requirements and explain how to submit them.',
          ),
          l(
            'Si es posible, acompañe el expediente hasta la resolución; si se rechaza, revise los motivos. Si la persona pide refugio, coordine con el punto focal de ACNUR.',
            'If possible, follow the file until a decision; if rejected, review the reasons. If the person seeks refugee status, coordinate with the UNHCR focal point.',
          ),
        ],
      },
      {
        id: 'context.check',
        type: 'quiz',
        title: l('Repaso: regularización', 'Review: regularization'),
        summary: l('Dos preguntas; se aprueba con ambas.', 'Two questions; both to pass.'),
        citation: citeHubs('apoyo a la regularización', 'regularization support', 'L771-L828'),
        dueDays: 10,
        check: {
          passMark: 1,
          maxAttempts: 3,
          questions: [
            question(
              'first',
              l(
                '¿Qué se hace primero al apoyar una regularización?',
                'What comes first when supporting a regularization?',
              ),
              [
                l('Llenar la solicitud por la persona', 'Fill in the application for the person'),
                l(
                  'Verificar su condición migratoria actual',
                  'Check their current migratory status',
                ),
                l('Enviarla a la autoridad migratoria', 'Send them to the migration authority'),
              ],
              ['b'],
              l(
                'Todo parte de saber en qué condición está la persona (por ejemplo, solicitante de refugio o de residencia).',
                'Everything starts from knowing the person’s status (for example, refugee or residence applicant).',
              ),
            ),
            question(
              'refugee',
              l(
                'La persona decide pedir la condición de refugiada. ¿Qué hace la ventanilla?',
                'The person decides to apply for refugee status. What does the hub do?',
              ),
              [
                l(
                  'Coordina la remisión al punto focal de ACNUR',
                  'Coordinates a referral to the UNHCR focal point',
                ),
                l('Decide si califica', 'Decides whether they qualify'),
                l('Le aconseja no hacerlo', 'Advises against it'),
              ],
              ['a'],
              l(
                'La ventanilla no decide sobre el refugio: remite y coordina con quien tiene esa competencia.',
                'The hub does not decide on refugee status: it refers and coordinates with whoever is competent.',
              ),
            ),
          ],
        },
      },
    ],
  },
  {
    id: 'vulnerability',
    title: l(
      'Identificar perfiles vulnerables y remitir',
      'Identifying vulnerable profiles and referring',
    ),
    summary: l(
      'La lista de observación, las rutas de 4 y 2 pasos y la remisión según la condición.',
      'The observation list, the 4-step and 2-step routes and referral by condition.',
    ),
    citation: citeHubs(
      'capítulo 3, función 1, y anexo 1',
      'chapter 3, function 1, and Annex 1',
      'L420-L717, L1317-L1645',
    ),
    items: [
      {
        id: 'vulnerability.read',
        type: 'read',
        title: l('Observar antes de entrevistar', 'Observe before interviewing'),
        summary: l(
          'La observación decide la ruta de atención.',
          'Observation decides the attention route.',
        ),
        citation: citeHubs('función 1', 'function 1', 'L431-L507'),
        dueDays: 7,
        guide: '/routes',
        points: [
          l(
            'El primer paso es observar: así se decide si la persona necesita atención general o especializada.',
            'The first step is to observe: that decides whether the person needs general or specialized attention.',
          ),
          l(
            'Si presenta alguna condición de la lista de observación (por ejemplo, niñez no acompañada, signos de violencia, posible trata, solicitud de protección), siga la ruta de 4 pasos.',
            'If they show any condition of the observation list (for example, unaccompanied children, signs of violence, possible trafficking, a request for protection), follow the 4-step route.',
          ),
          l(
            'Ruta de 4 pasos: atender necesidades urgentes, valorar el peligro inminente, entrevista de identificación y remisión inmediata.',
            '4-step route: attend urgent needs, assess imminent danger, identification interview and immediate referral.',
          ),
          l(
            'Si no presenta ninguna, siga la ruta de 2 pasos: entrevista general y canalización con información.',
            'If none, follow the 2-step route: general interview, then channelling and information.',
          ),
        ],
      },
      {
        id: 'vulnerability.check',
        type: 'quiz',
        title: l('Repaso: rutas de atención', 'Review: attention routes'),
        summary: l('Tres preguntas; se aprueba con dos.', 'Three questions; two to pass.'),
        citation: citeHubs('función 1', 'function 1', 'L440-L717'),
        dueDays: 10,
        check: {
          passMark: 2 / 3,
          maxAttempts: 3,
          questions: [
            question(
              'route',
              l(
                'Llega un adolescente solo que pregunta por el albergue. ¿Qué ruta sigue?',
                'A teenager arrives alone asking about the shelter. Which route do you follow?',
              ),
              [
                l('Ruta de 2 pasos', '2-step route'),
                l('Ruta de 4 pasos', '4-step route'),
                l('Ninguna: solo se le da la dirección', 'None: just give the address'),
              ],
              ['b'],
              l(
                'La niñez y adolescencia no acompañada o separada está en la lista de observación: corresponde la ruta de 4 pasos.',
                'Unaccompanied or separated children are on the observation list: the 4-step route applies.',
              ),
            ),
            question(
              'first_step',
              l(
                '¿Cuál es el primer paso de la ruta de 4 pasos?',
                'What is the first step of the 4-step route?',
              ),
              [
                l('La entrevista de identificación', 'The identification interview'),
                l('La atención de necesidades urgentes', 'Attending urgent needs'),
                l('La remisión inmediata', 'Immediate referral'),
              ],
              ['b'],
              l(
                'Antes de cualquier pregunta se atienden las necesidades urgentes; luego se valora el peligro inminente.',
                'Urgent needs come before any question; then imminent danger is assessed.',
              ),
            ),
            question(
              'controlled',
              l(
                'Una persona deja que su acompañante responda por ella y parece vigilada. ¿Qué indica?',
                'A person lets their companion answer for them and seems watched. What does it suggest?',
              ),
              [
                l('Nada, es timidez', 'Nothing, just shyness'),
                l(
                  'Una posible condición de vulnerabilidad (control por un tercero)',
                  'A possible vulnerability condition (control by a third party)',
                ),
              ],
              ['b'],
              l(
                'La lista de observación incluye a quien parece controlado o vigilado por su acompañante, incluso cuando se comunica a través de otra persona.',
                'The observation list includes people who seem controlled or monitored by their companion, including when they speak through someone else.',
              ),
            ),
          ],
        },
      },
      {
        id: 'vulnerability.scenario',
        type: 'scenario',
        title: l('Práctica: elegir la ruta', 'Practice: choosing the route'),
        summary: l(
          'Una persona llega a la ventanilla con la voz angustiada.',
          'A person arrives at the hub with a distressed voice.',
        ),
        citation: citeHubs('función 1, ejemplo', 'function 1, example', 'L488-L516'),
        dueDays: 14,
        scenarioId: 'route_choice',
      },
      {
        id: 'vulnerability.signoff',
        type: 'signoff',
        title: l('Entrevista de identificación acompañada', 'Supervised identification interview'),
        summary: l(
          'Su coordinación observa una entrevista y la firma.',
          'Your coordinator observes an interview and signs it off.',
        ),
        citation: citeHubs(
          'recomendaciones para entrevistas y anexo 1',
          'interview recommendations and Annex 1',
          'L509-L560, L1317-L1645',
        ),
        dueDays: 30,
        task: [
          l(
            'Explicó la confidencialidad y que la persona puede no responder o detenerse.',
            'Explained confidentiality and that the person may decline to answer or stop.',
          ),
          l(
            'Introdujo con contexto las preguntas sensibles.',
            'Introduced sensitive questions with context.',
          ),
          l(
            'Registró las acciones y la remisión en el formulario.',
            'Recorded the actions and referral in the form.',
          ),
        ],
      },
    ],
  },
  {
    id: 'interview',
    title: l('Técnicas de entrevista', 'Interview techniques'),
    summary: l(
      'Cómo abrir el contacto, generar confianza y escuchar.',
      'How to open contact, build trust and listen.',
    ),
    citation: citeHubs(
      'recomendaciones generales para entrevistas',
      'general interview recommendations',
      'L509-L560',
    ),
    items: [
      {
        id: 'interview.read',
        type: 'read',
        title: l('Recomendaciones para toda entrevista', 'Recommendations for every interview'),
        summary: l(
          'Confianza, privacidad y escucha activa.',
          'Trust, privacy and active listening.',
        ),
        citation: citeHubs(
          'recomendaciones generales para entrevistas',
          'general interview recommendations',
          'L509-L560',
        ),
        dueDays: 7,
        points: [
          l(
            'Preséntese con nombre y apellido, explique cómo será la atención y cree un clima de confianza.',
            'Introduce yourself by full name, explain how the attention works and create a climate of trust.',
          ),
          l(
            'Diga que la información es confidencial, que la persona puede no responder y detener la entrevista cuando quiera.',
            'Say that the information is confidential, that the person may decline any question and stop at any time.',
          ),
          l(
            'Entreviste de forma individual y en privado. Si la persona no entiende o no puede expresarse, espere a un intérprete y mientras tanto protéjala.',
            'Interview individually and in private. If the person cannot understand or express themselves, wait for an interpreter and protect them meanwhile.',
          ),
          l(
            'Respete los silencios, escuche activamente, muestre empatía, refleje y valide las emociones.',
            'Respect silences, listen actively, show empathy, reflect and validate emotions.',
          ),
          l(
            'Si la persona muestra angustia visible, ofrezca primero Primeros Auxilios Psicológicos, sin forzarla.',
            'If the person shows visible distress, offer Psychological First Aid first, without forcing it.',
          ),
        ],
      },
      {
        id: 'interview.scenario',
        type: 'scenario',
        title: l(
          'Práctica: una entrevista con acompañante',
          'Practice: an interview with a companion',
        ),
        summary: l(
          'Una mujer llega con un hombre que responde por ella.',
          'A woman arrives with a man who answers for her.',
        ),
        citation: citeHubs(
          'lista de observación y recomendaciones',
          'observation list and recommendations',
          'L470-L471, L517-L535',
        ),
        dueDays: 14,
        scenarioId: 'companion',
      },
    ],
  },
  {
    id: 'pfa',
    title: l('Primeros Auxilios Psicológicos', 'Psychological First Aid'),
    summary: l(
      'Qué son, cuándo darlos y cómo: observar, escuchar y conectar.',
      'What it is, when to give it and how: observe, listen and connect.',
    ),
    citation: citeHubs('anexo 2', 'Annex 2', 'L1646-L1878'),
    items: [
      {
        id: 'pfa.guide',
        type: 'read',
        title: l('La guía de Primeros Auxilios Psicológicos', 'The Psychological First Aid guide'),
        summary: l(
          'Lea la guía completa; funciona sin conexión una vez visitada.',
          'Read the whole guide; it works offline once visited.',
        ),
        citation: citeHubs('anexo 2', 'Annex 2', 'L1646-L1878'),
        dueDays: 7,
        guide: '/pfa',
        points: [
          l(
            'Los PAP son una respuesta humana de apoyo a alguien que sufre; no son terapia ni una sesión para contar lo ocurrido.',
            'PFA is a human response supporting someone who is suffering; it is not therapy nor a session to retell what happened.',
          ),
          l(
            'Cualquier persona formada puede darlos, antes de empezar la entrevista, nunca a la fuerza.',
            'Anyone trained can give it, before the interview begins, never by force.',
          ),
          l(
            'Tres principios de acción: observar, escuchar y conectar.',
            'Three action principles: observe, listen and connect.',
          ),
        ],
      },
      {
        id: 'pfa.check',
        type: 'quiz',
        title: l('Repaso: Primeros Auxilios Psicológicos', 'Review: Psychological First Aid'),
        summary: l('Cuatro preguntas; se aprueba con tres.', 'Four questions; three to pass.'),
        citation: citeHubs('anexo 2', 'Annex 2', 'L1665-L1876'),
        dueDays: 10,
        check: {
          passMark: 3 / 4,
          maxAttempts: 3,
          questions: [
            question(
              'who',
              l('¿Quién puede dar PAP en la ventanilla?', 'Who can give PFA at the hub?'),
              [
                l('Solo una psicóloga o un psicólogo', 'Only a psychologist'),
                l('Cualquier persona formada en PAP', 'Anyone trained in PFA'),
                l('Solo la coordinación', 'Only the coordinator'),
              ],
              ['b'],
              l(
                'No hace falta ser profesional de salud mental: basta con la formación. Reconozca sus límites y remita cuando haga falta apoyo especializado.',
                'No mental-health professional is needed: training is enough. Know your limits and refer when specialized support is needed.',
              ),
            ),
            question(
              'not',
              l(
                '¿Cuál de estas acciones NO forma parte de los PAP?',
                'Which of these is NOT part of PFA?',
              ),
              [
                l(
                  'Pedir a la persona que cuente en orden y en detalle lo que le pasó',
                  'Asking the person to tell what happened in order and in detail',
                ),
                l('Ayudarla a cubrir necesidades básicas', 'Helping them meet basic needs'),
                l('Escuchar sin presionar', 'Listening without pressure'),
              ],
              ['a'],
              l(
                'Los PAP no piden analizar ni ordenar los hechos ni presionan para contar. El «debriefing» psicológico no se recomienda.',
                'PFA does not ask people to analyse or order events nor presses them to talk. Psychological debriefing is not recommended.',
              ),
            ),
            question(
              'when',
              l(
                '¿En qué momento de la atención se ofrecen los PAP?',
                'At what point of the attention is PFA offered?',
              ),
              [
                l('Al final, después del formulario', 'At the end, after the form'),
                l('Antes de comenzar la entrevista', 'Before the interview begins'),
                l('Solo si la persona lo pide por escrito', 'Only if the person asks in writing'),
              ],
              ['b'],
              l(
                'Si la persona muestra angustia visible, los PAP van antes de la entrevista.',
                'If the person shows visible distress, PFA comes before the interview.',
              ),
            ),
            question(
              'info',
              l(
                'Al dar información a una persona afectada, usted… (marque todas las que correspondan)',
                'When giving information to an affected person, you… (tick all that apply)',
              ),
              [
                l('Dice de dónde viene la información', 'Say where the information comes from'),
                l('Dice solo lo que se sabe', 'Say only what is known'),
                l(
                  'Promete que todo saldrá bien para calmarla',
                  'Promise everything will be fine to calm them',
                ),
                l('Repite los mensajes de forma simple', 'Repeat messages simply'),
              ],
              ['a', 'b', 'd'],
              l(
                'Nunca invente información ni dé falsas esperanzas; los mensajes simples y repetidos se retienen mejor.',
                'Never make up information or give false hope; simple, repeated messages are retained better.',
              ),
            ),
          ],
        },
      },
      {
        id: 'pfa.scenario.crying',
        type: 'scenario',
        title: l(
          'Práctica: una persona llora en la sala',
          'Practice: a person crying in the waiting room',
        ),
        summary: l('Observar, escuchar y conectar.', 'Observe, listen and connect.'),
        citation: citeHubs(
          'anexo 2, principios de acción',
          'Annex 2, action principles',
          'L1743-L1876',
        ),
        dueDays: 14,
        scenarioId: 'pfa_crying',
      },
      {
        id: 'pfa.scenario.family',
        type: 'scenario',
        title: l('Práctica: una familia tras un asalto', 'Practice: a family after an assault'),
        summary: l(
          'Necesidades básicas, información y cierre.',
          'Basic needs, information and closing.',
        ),
        citation: citeHubs(
          'anexo 2, conectar y terminar la ayuda',
          'Annex 2, connect and ending help',
          'L1829-L1876',
        ),
        dueDays: 14,
        scenarioId: 'pfa_family',
      },
      {
        id: 'pfa.signoff',
        type: 'signoff',
        title: l('PAP observados por la coordinación', 'PFA observed by the coordinator'),
        summary: l(
          'En una atención real o simulada, su coordinación confirma los tres principios.',
          'In a real or role-played attention, your coordinator confirms the three principles.',
        ),
        citation: citeHubs('anexo 2', 'Annex 2', 'L1700-L1876'),
        dueDays: 45,
        task: [
          l(
            'Se presentó y preguntó si podía ayudar.',
            'Introduced themselves and asked whether they could help.',
          ),
          l('Escuchó sin presionar a hablar.', 'Listened without pressing to talk.'),
          l(
            'Conectó con servicios y cerró la ayuda con una despedida positiva.',
            'Connected with services and ended the help with a positive goodbye.',
          ),
        ],
      },
    ],
  },
  {
    id: 'form_data',
    title: l(
      'El Formulario de Ventanillas y la protección de datos',
      'The Hubs Form and data protection',
    ),
    summary: l(
      'Registrar cada caso y actividad, y cuidar los datos de las personas.',
      "Recording every case and activity, and protecting people's data.",
    ),
    citation: citeHubs(
      'anexo 3 y protección de datos',
      'Annex 3 and data protection',
      'L934-L976, L1879-L2134',
    ),
    items: [
      {
        id: 'form_data.read',
        type: 'read',
        title: l('Casos, actividades y datos sensibles', 'Cases, activities and sensitive data'),
        summary: l(
          'Qué se registra y cómo se protege.',
          'What is recorded and how it is protected.',
        ),
        citation: citeHubs(
          'anexo 3 y función 2',
          'Annex 3 and function 2',
          'L934-L976, L1895-L1923, L2062-L2066',
        ),
        dueDays: 5,
        points: [
          l(
            'Un caso es cada asesoría a una persona que visita la ventanilla: un formulario de casos por persona atendida.',
            'A case is each piece of advice given to a visitor: one cases form per person attended.',
          ),
          l(
            'Una actividad es una acción que llega a muchas personas de la comunidad: jornadas, talleres, visitas a escuelas.',
            'An activity is an action reaching many people in the community: information days, workshops, school visits.',
          ),
          l(
            'Se trabaja según el Manual de Protección de Datos de la OIM: niveles de sensibilidad, confidencialidad y bases de datos seguras.',
            'Work follows the IOM Data Protection Manual: sensitivity levels, confidentiality and secure databases.',
          ),
          l(
            'El nombre es opcional; la información de la entrevista nunca se comparte con terceros sin consentimiento.',
            'The name is optional; interview information is never shared with third parties without consent.',
          ),
        ],
      },
      {
        id: 'form_data.check',
        type: 'quiz',
        title: l('Repaso: registro y datos', 'Review: recording and data'),
        summary: l('Dos preguntas; se aprueba con ambas.', 'Two questions; both to pass.'),
        citation: citeHubs(
          'anexo 3 y protección de datos',
          'Annex 3 and data protection',
          'L946-L949, L1897-L1923',
        ),
        dueDays: 7,
        check: {
          passMark: 1,
          maxAttempts: 3,
          questions: [
            question(
              'family',
              l(
                'Atiende a una madre y a su hijo adolescente, cada uno con su consulta. ¿Cuántos formularios de casos llena?',
                'You attend a mother and her teenage son, each with their own question. How many case forms do you fill in?',
              ),
              [l('Uno', 'One'), l('Dos', 'Two'), l('Ninguno', 'None')],
              ['b'],
              l(
                'Se llena un formulario de casos por persona atendida.',
                'One case form is filled in per person attended.',
              ),
            ),
            question(
              'share',
              l(
                'Una organización pide la lista de personas atendidas este mes. ¿Qué hace?',
                'An organization asks for the list of people attended this month. What do you do?',
              ),
              [
                l('La envía por correo', 'Email it'),
                l(
                  'No comparte datos personales sin consentimiento; puede ofrecer cifras agregadas',
                  'Share no personal data without consent; aggregate figures may be offered',
                ),
              ],
              ['b'],
              l(
                'La confidencialidad se promete a cada persona entrevistada; los informes usan datos agregados.',
                'Confidentiality is promised to every interviewee; reports use aggregate data.',
              ),
            ),
          ],
        },
      },
      {
        id: 'form_data.first_case',
        type: 'read',
        title: l('Su primer caso registrado', 'Your first recorded case'),
        summary: l(
          'Se marca solo cuando registra su primer caso en el panel.',
          'Ticks itself when you record your first case in the dashboard.',
        ),
        citation: citeHubs('anexo 3, formulario de casos', 'Annex 3, cases form', 'L1918-L2059'),
        dueDays: 14,
        autoComplete: 'first_case',
        points: [
          l(
            'Registre en el panel la primera persona que atienda, con su consentimiento.',
            'Record the first person you attend in the dashboard, with their consent.',
          ),
        ],
      },
      {
        id: 'form_data.first_activity',
        type: 'read',
        title: l('Su primera actividad registrada', 'Your first recorded activity'),
        summary: l(
          'Se marca sola cuando registra su primera actividad.',
          'Ticks itself when you record your first activity.',
        ),
        citation: citeHubs(
          'anexo 3, formulario de actividades',
          'Annex 3, activities form',
          'L2062-L2134',
        ),
        dueDays: 30,
        autoComplete: 'first_activity',
        points: [
          l(
            'Registre una jornada, un taller o una visita con el número estimado de participantes.',
            'Record an information day, workshop or visit with the estimated number of participants.',
          ),
        ],
      },
    ],
  },
  {
    id: 'directory',
    title: l('El directorio local', 'The local directory'),
    summary: l(
      'A quién remitir: instituciones y organizaciones por sector.',
      'Who to refer to: institutions and organizations by sector.',
    ),
    citation: citeHubs(
      'sección 2.4, directorio local',
      'section 2.4, local directory',
      'L343-L386, L699-L703',
    ),
    items: [
      {
        id: 'directory.read',
        type: 'read',
        title: l('Qué contiene el directorio', 'What the directory holds'),
        summary: l('Campos y sectores de partida.', 'Fields and starting sectors.'),
        citation: citeHubs(
          'sección 2.4, directorio local',
          'section 2.4, local directory',
          'L343-L386',
        ),
        dueDays: 10,
        points: [
          l(
            'Cada entrada: organización, dirección, horario, contacto y descripción de servicios.',
            'Each entry: organization, address, opening hours, contact and description of services.',
          ),
          l(
            'Sectores de partida: migración, refugio y asilo, niñez, salud, educación, trabajo, mujeres o género y contactos de emergencia.',
            'Starting sectors: migration, refugees and asylum, children, health, education, work, women or gender, and emergency contacts.',
          ),
          l(
            'Sume organizaciones que ofrecen albergue, alimentación, traducción e integración. Actualícelo siempre.',
            'Add organizations offering shelter, food, translation and integration. Keep it up to date.',
          ),
        ],
      },
      {
        id: 'directory.sectors',
        type: 'read',
        title: l(
          'Directorio con protección de la niñez, refugio y trata',
          'Directory with child protection, refugee status and anti-trafficking',
        ),
        summary: l(
          'Se marca sola cuando el directorio de su ventanilla tiene entradas de estos tres sectores.',
          "Ticks itself when your hub's directory has entries in these three sectors.",
        ),
        citation: citeHubs(
          'tabla 1, remisión según condición',
          'Table 1, referral by condition',
          'L637-L683',
        ),
        dueDays: 21,
        autoComplete: 'directory_sectors',
        points: [
          l(
            'Compruebe en el panel que su directorio tiene la institución de protección de la niñez, la de determinación de la condición de refugiado y la de atención a la trata.',
            'Check in the dashboard that your directory has the child-protection institution, the refugee-status determination body and the anti-trafficking service.',
          ),
        ],
      },
    ],
  },
  {
    id: 'outreach',
    title: l('Comunicación y actividades de información', 'Communication and outreach'),
    summary: l(
      'Dar a conocer la ventanilla y prevenir la migración riesgosa.',
      'Making the hub known and preventing risky migration.',
    ),
    citation: citeHubs('función 3 y anexo 4', 'function 3 and Annex 4', 'L1121-L1200, L2135-L2428'),
    items: [
      {
        id: 'outreach.read',
        type: 'read',
        title: l(
          'La estrategia de comunicación en cuatro pasos',
          'The communication strategy in four steps',
        ),
        summary: l(
          'Investigar, planear, implementar y evaluar.',
          'Research, plan, implement and evaluate.',
        ),
        citation: citeHubs('anexo 4', 'Annex 4', 'L2135-L2339'),
        dueDays: 21,
        points: [
          l(
            'Investigación: análisis FODA y mapa de audiencias según su interés y su poder.',
            'Research: SWOT analysis and a map of audiences by interest and power.',
          ),
          l(
            'Planificación: objetivos, mensajes clave, canales, calendario y presupuesto.',
            'Planning: objectives, key messages, channels, calendar and budget.',
          ),
          l(
            'Implementación y evaluación: ¿se llegó a la audiencia y con qué efecto?',
            'Implementation and evaluation: was the audience reached and with what effect?',
          ),
          l(
            'Las actividades no se quedan en el local: la ventanilla móvil las complementa.',
            'Activities do not stay inside the premises: the mobile hub complements them.',
          ),
        ],
      },
    ],
  },
  {
    id: 'mca',
    title: l('Asesores Comunitarios en Migración', 'Migrant Community Advisors'),
    summary: l(
      'Personas voluntarias que acercan la ventanilla a la comunidad.',
      'Volunteers who bring the hub closer to the community.',
    ),
    citation: citeHubs('anexo 5', 'Annex 5', 'L2429-L2928'),
    items: [
      {
        id: 'mca.read',
        type: 'read',
        title: l('Quién es y qué hace un asesor comunitario', 'Who an advisor is and what they do'),
        summary: l('Perfil, responsabilidades y límites.', 'Profile, responsibilities and limits.'),
        citation: citeHubs('anexo 5, secciones 1 a 4', 'Annex 5, sections 1–4', 'L2429-L2579'),
        dueDays: 30,
        points: [
          l(
            'Es una persona líder de su comunidad, voluntaria, que informa sobre migración segura y remite casos a la ventanilla.',
            'A community leader and volunteer who informs about safe migration and refers cases to the hub.',
          ),
          l(
            'Trabaja con la tradición oral, en la vida diaria: la feria, el trabajo, una fiesta del barrio.',
            'Works through oral tradition, in daily life: the market, work, a neighbourhood party.',
          ),
          l(
            'Debe tener 18 años o más (16 y 17 con la persona adulta responsable); no necesita saber leer ni escribir.',
            'Must be 18 or older (16–17 with the responsible adult); reading or writing is not required.',
          ),
          l(
            'No cobra por informar ni presenta su trabajo como servicio de visas; la información de las personas es confidencial.',
            'Never charges for information nor presents the work as visa services; people’s information is confidential.',
          ),
        ],
      },
      {
        id: 'mca.check',
        type: 'quiz',
        title: l('Repaso: asesores comunitarios', 'Review: community advisors'),
        summary: l('Dos preguntas; se aprueba con ambas.', 'Two questions; both to pass.'),
        citation: citeHubs('anexo 5', 'Annex 5', 'L2573-L2652'),
        dueDays: 30,
        check: {
          passMark: 1,
          maxAttempts: 3,
          questions: [
            question(
              'charge',
              l(
                'Un asesor comunitario ofrece «tramitar visas» a cambio de una cuota. ¿Es aceptable?',
                'A community advisor offers to "process visas" for a fee. Is it acceptable?',
              ),
              [l('Sí, si la cuota es baja', 'Yes, if the fee is low'), l('No, nunca', 'No, never')],
              ['b'],
              l(
                'Los asesores no cobran por información ni actividades y no presentan su trabajo como servicio de visas.',
                'Advisors never charge for information or activities and do not present their work as visa services.',
              ),
            ),
            question(
              'literacy',
              l(
                '¿Se necesita saber leer y escribir para ser asesor comunitario?',
                'Must an advisor be able to read and write?',
              ),
              [l('Sí', 'Yes'), l('No', 'No')],
              ['b'],
              l(
                'No es un requisito: el método se basa en la comunicación oral.',
                'It is not required: the method rests on oral communication.',
              ),
            ),
          ],
        },
      },
    ],
  },
  {
    id: 'coordination',
    title: l('Coordinar la ventanilla y su equipo', 'Coordinating the hub and its team'),
    summary: l(
      'Formación continua, verificación mensual y acompañamiento de asesores.',
      'Continuing training, monthly verification and advisor follow-up.',
    ),
    citation: citeHubs(
      'recomendaciones generales y anexo 5',
      'general recommendations and Annex 5',
      'L1284-L1313, L2581-L2590',
    ),
    items: [
      {
        id: 'coordination.read',
        type: 'read',
        title: l('Mantener viva la ventanilla', 'Keeping the hub alive'),
        summary: l('Las recomendaciones generales.', 'The general recommendations.'),
        citation: citeHubs('sección 3.5', 'section 3.5', 'L1284-L1313'),
        dueDays: 14,
        points: [
          l(
            'Revise el espacio, mantenga al día el directorio y la información sobre trámites.',
            'Review the space, keep the directory and procedure information up to date.',
          ),
          l(
            'Ofrezca formación continua al personal de atención y a toda la institución.',
            'Provide continuing training to counter staff and the whole institution.',
          ),
          l(
            'Compruebe que la ventanilla produce datos al día y participe en el diálogo comunitario sobre migración.',
            'Check the hub produces up-to-date data and take part in the community dialogue on migration.',
          ),
          l(
            'Acompañe a los asesores comunitarios: inducciones, planificación conjunta y registro de los casos atendidos juntos.',
            'Support community advisors: inductions, joint planning and recording cases attended together.',
          ),
        ],
      },
      {
        id: 'coordination.signoff',
        type: 'signoff',
        title: l('Primera reunión de verificación mensual', 'First monthly verification meeting'),
        summary: l(
          'La administración confirma que preparó y llevó la reunión con la OIM.',
          'The administrator confirms you prepared and held the meeting with IOM.',
        ),
        citation: citeHubs(
          'monitoreo y evaluación, tabla 2',
          'monitoring and evaluation, Table 2',
          'L982-L1118',
        ),
        dueDays: 45,
        task: [
          l(
            'Revisó los casos y actividades del mes.',
            'Reviewed the month’s cases and activities.',
          ),
          l('Corrigió o explicó los datos incompletos.', 'Corrected or explained incomplete data.'),
        ],
      },
    ],
  },
  {
    id: 'mrc_competences',
    title: l(
      'Competencias del personal de un centro de recursos',
      'Competences of Migrant Resource Centre staff',
    ),
    summary: l(
      'Lo que debe saber y hacer quien orienta en un centro de recursos para migrantes.',
      'What a counsellor at a Migrant Resource Centre must know and do.',
    ),
    citation: citeMrc('capítulo 4.4', 'chapter 4.4', 'L4479-L4601'),
    items: [
      {
        id: 'mrc.competences',
        type: 'read',
        title: l('Lista de competencias', 'Competence checklist'),
        summary: l('Seis áreas de conocimiento.', 'Six areas of knowledge.'),
        citation: citeMrc('capítulo 4.4, competencias', 'chapter 4.4, competences', 'L4479-L4525'),
        dueDays: 7,
        points: [
          l(
            'Migración: contexto de origen y destino y sus leyes migratorias.',
            'Migration: origin and destination contexts and their migration laws.',
          ),
          l(
            'Organización: necesidades de clientes, información accesible y sensible al género, alianzas y remisiones.',
            'Organization: client needs, accessible and gender-sensitive information, partnerships and referrals.',
          ),
          l(
            'Información: servicios de información, gestión de casos y seminarios previos a la partida.',
            'Information: information services, case management and pre-departure seminars.',
          ),
          l(
            'Tecnología, seguimiento y evaluación de la calidad, e idiomas que entienda la clientela.',
            'Technology, monitoring and evaluating quality, and languages clients understand.',
          ),
        ],
      },
      {
        id: 'mrc.training_topics',
        type: 'read',
        title: l('Temas de la formación inicial y continua', 'Initial and ongoing training topics'),
        summary: l('Lo que la formación inicial debe cubrir.', 'What initial training must cover.'),
        citation: citeMrc('capítulo 4.4, formación', 'chapter 4.4, training', 'L4559-L4601'),
        dueDays: 14,
        points: [
          l(
            'Derechos legales y laborales; trámites y requisitos de visa para migrar regularmente.',
            'Legal and labour rights; procedures and visa requirements for regular migration.',
          ),
          l(
            'Reclutamiento ético y responsabilidades de las agencias; normas internacionales y enfoque de derechos.',
            'Ethical recruitment and agency responsibilities; international standards and rights-based approaches.',
          ),
          l(
            'Servicios de apoyo en origen y destino; habilidades de orientación y de información.',
            'Support services in origin and destination; counselling and information skills.',
          ),
          l(
            'Trata de personas y protección de migrantes vulnerables; fuentes de información al día.',
            'Human trafficking and protection of vulnerable migrants; keeping information sources current.',
          ),
        ],
      },
      {
        id: 'mrc.check',
        type: 'quiz',
        title: l('Repaso: normas de orientación', 'Review: counselling standards'),
        summary: l('Dos preguntas; se aprueba con ambas.', 'Two questions; both to pass.'),
        citation: citeMrc('normas de orientación', 'counselling standards', 'L3366-L3412'),
        dueDays: 14,
        check: {
          passMark: 1,
          maxAttempts: 3,
          questions: [
            question(
              'expectations',
              l(
                'Una persona pregunta si conseguirá trabajo seguro en el extranjero. ¿Qué responde?',
                'A person asks whether they will surely get a job abroad. What do you answer?',
              ),
              [
                l('Que sí, para animarla', 'Yes, to encourage them'),
                l(
                  'Lo que es realista, sin crear falsas expectativas, y todas sus opciones',
                  'What is realistic, without false expectations, and all their options',
                ),
              ],
              ['b'],
              l(
                'Las normas piden información exacta, todas las opciones y no generar falsas expectativas.',
                'The standards ask for accurate information, all options and no false expectations.',
              ),
            ),
            question(
              'harm',
              l(
                'Hay indicios de explotación. ¿Cómo se informa a las autoridades?',
                'There are signs of exploitation. How are authorities informed?',
              ),
              [
                l(
                  'De manera que no cause daño a la persona',
                  'In a way that does not harm the person',
                ),
                l('De inmediato y con todos sus datos', 'Immediately with all their details'),
              ],
              ['a'],
              l(
                'Ante todo, no hacer daño: cualquier denuncia se maneja cuidando a la persona.',
                'Do no harm first: any report is handled protecting the person.',
              ),
            ),
          ],
        },
      },
      {
        id: 'mrc.signoff',
        type: 'signoff',
        title: l('Autoevaluación de competencias revisada', 'Competence self-assessment reviewed'),
        summary: l(
          'Su coordinación revisa con usted la lista de competencias y sus necesidades de formación.',
          'Your coordinator reviews the competence checklist and your training needs with you.',
        ),
        citation: citeMrc(
          'capítulo 4.4 y desarrollo del personal',
          'chapter 4.4 and staff development',
          'L4479-L4548, L7232-L7244',
        ),
        dueDays: 30,
        task: [
          l('Marcó las competencias que ya domina.', 'Marked the competences already mastered.'),
          l('Acordó un plan para las que faltan.', 'Agreed a plan for the missing ones.'),
        ],
      },
    ],
  },
];

/** The tracks: which modules each kind of staff follows, in order. */
export const trainingTracks: Track[] = [
  {
    id: 'hub_officer',
    title: l('Personal de ventanilla', 'Hub officer'),
    summary: l(
      'Del primer día a atender con confianza.',
      'From day one to attending people with confidence.',
    ),
    moduleIds: [
      'hub_basics',
      'interview',
      'vulnerability',
      'pfa',
      'form_data',
      'directory',
      'context',
      'outreach',
      'mca',
    ],
  },
  {
    id: 'coordinator',
    title: l('Coordinación de ventanilla', 'Hub coordinator'),
    summary: l(
      'Lo mismo que el personal, más la coordinación del equipo.',
      'The same as officers, plus coordinating the team.',
    ),
    moduleIds: [
      'hub_basics',
      'interview',
      'vulnerability',
      'pfa',
      'form_data',
      'directory',
      'context',
      'outreach',
      'mca',
      'coordination',
    ],
  },
  {
    id: 'mrc_staff',
    title: l('Personal de centros de recursos para migrantes', 'Migrant Resource Centre staff'),
    summary: l(
      'Competencias y temas de formación del manual de centros de recursos.',
      'Competences and training topics of the MRC handbook.',
    ),
    moduleIds: ['mrc_competences', 'interview', 'pfa', 'form_data'],
  },
];
