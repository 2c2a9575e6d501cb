import type { ActivityTopic, ActivityType } from './codes.ts';

/** How a hub names each activity type at the start of a summary (B.3). */
export const TYPE_PHRASES: Record<ActivityType, string> = {
  information_day: 'Jornada informativa',
  information_booth: 'Stand informativo en feria comunitaria',
  information_festival: 'Festival informativo',
  training_workshop: 'Taller de capacitación',
  school_activity: 'Actividad en centro educativo',
  community_advisors: 'Reunión con personas consejeras comunitarias en migración',
  information_campaign: 'Campaña informativa en redes sociales y radio local',
  media_appearance: 'Entrevista en radio local',
  digital_session: 'Sesión virtual',
  job_fair: 'Feria de empleo',
  other: 'Actividad comunitaria',
};

/** Topic phrases for summaries (lowercase, to follow "sobre"). */
export const TOPIC_PHRASES: Record<ActivityTopic, string> = {
  safe_regular_migration: 'migración segura, ordenada y regular',
  irregular_migration_risks: 'los riesgos de la migración irregular',
  migrant_rights: 'los derechos humanos de las personas migrantes',
  trafficking_prevention: 'prevención de la trata de personas',
  smuggling_prevention: 'prevención del tráfico ilícito de migrantes',
  migration_procedures: 'trámites y requisitos migratorios',
  international_protection: 'refugio y protección internacional',
  access_to_services: 'acceso a servicios institucionales',
  labour_rights_recruitment: 'derechos laborales y reclutamiento ético',
  opportunities: 'oportunidades de empleo y educación',
  inclusion_diversity: 'inclusión y diversidad',
  family_location: 'localización de familiares',
  return_reintegration: 'retorno y reintegración',
  hub_services: 'los servicios de la ventanilla',
  iom_tools: 'MigApp y el portal migrantinfo',
  other: 'otros temas de interés comunitario',
};

/** Audiences by activity type, to end a summary. */
export const AUDIENCES: Record<ActivityType, readonly string[]> = {
  information_day: ['personas migrantes y población local', 'familias de la comunidad'],
  information_booth: ['público general de la feria'],
  information_festival: ['familias de la comunidad', 'juventudes y familias'],
  training_workshop: [
    'funcionariado municipal',
    'personal de salud y educación',
    'personas migrantes en albergue',
    'líderes comunitarios',
  ],
  school_activity: ['estudiantes'],
  community_advisors: ['personas consejeras comunitarias'],
  information_campaign: ['población general del municipio'],
  media_appearance: ['audiencia de la radio local'],
  digital_session: ['personas migrantes conectadas en línea', 'personal de instituciones aliadas'],
  job_fair: ['personas migrantes y refugiadas que buscan empleo'],
  other: ['vecinas y vecinos de la comunidad'],
};

export const OTHER_ACTIVITY_TEXTS = [
  'Visita casa a casa en la comunidad',
  'Recorrido informativo en la terminal de buses',
  'Mesa de trabajo con la municipalidad',
];

export const OTHER_TOPIC_TEXTS = [
  'Uso seguro de remesas',
  'Prevención de estafas por falsos gestores',
  'Salud sexual y reproductiva',
];

export const UNMET_NEEDS_TEXTS = [
  'Requisitos del permiso de trabajo para personas solicitantes de refugio.',
  'Acceso a la educación para niñas y niños sin documentos.',
  'Costos y requisitos de la renovación de la residencia temporal.',
  'Información sobre vías regulares de trabajo temporal en el extranjero.',
  'Dónde tramitar documentos de identidad del país de origen.',
  'Atención en salud mental cerca de la comunidad.',
];

export const FOLLOW_UP_TEXTS = [
  'Se realizará una segunda jornada el próximo mes.',
  'Coordinar con la escuela una sesión para madres y padres.',
  'Enviar material informativo a las personas participantes.',
  'Referir las consultas individuales a la ventanilla.',
  'Evaluar con la municipalidad una actividad en otra comunidad.',
];

/** Places where activities happen (B.1 community), by type. */
export const ACTIVITY_PLACES: Partial<Record<ActivityType, readonly string[]>> = {
  school_activity: ['Escuela Líder', 'Colegio Técnico Profesional', 'Liceo Nocturno'],
  information_booth: ['Parque central', 'Mercado municipal'],
  information_festival: ['Parque central', 'Cancha comunal'],
  information_day: [
    'Salón comunal',
    'Albergue temporal',
    'Terminal de buses',
    'Iglesia parroquial',
  ],
  training_workshop: ['Salón de sesiones de la municipalidad', 'Albergue temporal'],
  job_fair: ['Gimnasio municipal'],
};
