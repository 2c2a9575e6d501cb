import { extraMessages } from '../rules/catalog.ts';
import { tenStepPercentages } from '../rules/percentage.ts';
import type { FieldDef } from './field-def.ts';
import { message, otherText, warningNote, withDefaults, type Spec } from './spec.ts';

const pctConstraint = '. >= 0 and . <= 100 and . mod 10 = 0';

const activitySpecs: Spec[] = [
  {
    name: 'b1_country',
    type: 'select_one',
    list: 'country',
    required: true,
    label: { en: 'B.1 Place of the activity: country', es: 'B.1 Lugar de la actividad: país' },
    appearance: 'minimal autocomplete',
  },
  {
    name: 'b1_admin1',
    type: 'text',
    maxLength: 100,
    required: true,
    label: {
      en: 'B.1 Place: state, province or department',
      es: 'B.1 Lugar: estado, provincia o departamento',
    },
  },
  {
    name: 'b1_admin2',
    type: 'text',
    maxLength: 100,
    required: true,
    label: {
      en: 'B.1 Place: municipality, canton or district',
      es: 'B.1 Lugar: municipio, cantón o distrito',
    },
  },
  {
    name: 'b1_community',
    type: 'text',
    maxLength: 100,
    label: {
      en: 'B.1 Place: community or neighbourhood',
      es: 'B.1 Lugar: comunidad, barrio, colonia o aldea',
    },
  },
  {
    name: 'b2_activity_type',
    type: 'select_one',
    list: 'activity_type',
    required: true,
    label: { en: 'B.2 Type of activity', es: 'B.2 Tipo de actividad' },
  },
  {
    name: 'b2_topics',
    type: 'select_multiple',
    list: 'activity_topic',
    required: true,
    label: {
      en: 'B.2 Topics covered (tick all that apply)',
      es: 'B.2 Temas abordados (marque todos los que apliquen)',
    },
  },
  otherText({
    name: 'b2_other',
    type: 'text',
    maxLength: 200,
    label: {
      en: 'B.2 Other activity or topic (specify)',
      es: 'B.2 Otra actividad o tema (especifique)',
    },
    relevant: "${b2_activity_type} = 'other' or selected(${b2_topics}, 'other')",
  }),
  {
    name: 'b2_scored_above_70',
    type: 'integer',
    requiredWhenRelevant: true,
    required_message: message('R36'),
    label: {
      en: 'B.2 Number of participants who scored above 70 in the training evaluation',
      es: 'B.2 Número de participantes con más de 70 puntos en la evaluación del taller',
    },
    hint: {
      en: 'Participants with more than 70 points (out of 100) in the training evaluation. Enter 0 if none.',
      es: 'Participantes con más de 70 puntos (de 100) en la evaluación del taller. Escriba 0 si ninguno.',
    },
    relevant: "${b2_activity_type} = 'training_workshop'",
    constraint: '. >= 0',
    constraint_message: message('R38'),
  },
  {
    name: 'b3_summary',
    type: 'text',
    maxLength: 1000,
    required: true,
    label: { en: 'B.3 Brief summary of the activity', es: 'B.3 Breve resumen de la actividad' },
  },
  {
    name: 'b4_people_reached',
    type: 'select_one',
    list: 'people_reached_band',
    required: true,
    label: {
      en: 'B.4 Approximate number of people reached',
      es: 'B.4 Número aproximado de personas alcanzadas',
    },
    constraint:
      "${b2_scored_above_70} = '' or ${b2_scored_above_70} <= if(. = 'reach_1_10', 10, if(. = 'reach_11_25', 25, if(. = 'reach_26_50', 50, if(. = 'reach_51_100', 100, if(. = 'reach_101_250', 250, if(. = 'reach_251_500', 500, if(. = 'reach_501_1000', 1000, if(. = 'reach_1001_2500', 2500, if(. = 'reach_2501_5000', 5000, 999999999)))))))))",
    constraint_message: extraMessages.passCountFormVersion,
  },
  {
    name: 'b5_pct_female',
    type: 'integer',
    required: true,
    label: {
      en: 'B.5 Approximate percentage of female participants',
      es: 'B.5 Porcentaje aproximado de participantes mujeres',
    },
    hint: {
      en: 'Approximate, including girls. Choose 0, 10, 20 … 100.',
      es: 'Aproximado, incluye niñas. Elija 0, 10, 20 … 100.',
    },
    constraint: pctConstraint,
    allowedPercentages: tenStepPercentages,
    constraint_message: message('R40'),
  },
  {
    name: 'b6_avg_age',
    type: 'select_one',
    list: 'avg_age_band',
    required: true,
    label: {
      en: 'B.6 Average age of the people reached',
      es: 'B.6 Edad promedio de las personas alcanzadas',
    },
    hint: {
      en: 'Choose the range that contains the average age.',
      es: 'Elija el rango que contiene la edad promedio.',
    },
  },
  {
    name: 'b7_pct_under_18',
    type: 'integer',
    required: true,
    label: {
      en: 'B.7 Approximate percentage of participants under 18',
      es: 'B.7 Porcentaje aproximado de participantes menores de 18 años',
    },
    hint: { en: 'Approximate. Choose 0, 10, 20 … 100.', es: 'Aproximado. Elija 0, 10, 20 … 100.' },
    constraint: pctConstraint,
    allowedPercentages: tenStepPercentages,
    constraint_message: message('R40'),
  },
  warningNote(
    'R43',
    "(${b6_avg_age} = 'avg_under_12' or ${b6_avg_age} = 'avg_12_17') and ${b7_pct_under_18} = 0",
  ),
  warningNote(
    'R44',
    "${b7_pct_under_18} = 100 and ${b6_avg_age} != '' and ${b6_avg_age} != 'avg_under_12' and ${b6_avg_age} != 'avg_12_17'",
  ),
  {
    name: 'b8_unmet_needs',
    type: 'select_one',
    list: 'yes_no',
    required: true,
    label: {
      en: 'B.8 Were unmet information needs detected?',
      es: 'B.8 ¿Se detectaron necesidades de información no atendidas?',
    },
  },
  {
    name: 'b8_unmet_needs_text',
    type: 'text',
    maxLength: 500,
    requiredWhenRelevant: true,
    required_message: message('R41'),
    label: {
      en: 'B.8 Information needs detected (brief)',
      es: 'B.8 Necesidades de información detectadas (breve)',
    },
    relevant: "${b8_unmet_needs} = 'yes'",
  },
  {
    name: 'b9_follow_up',
    type: 'text',
    maxLength: 500,
    label: { en: 'B.9 Follow-up actions', es: 'B.9 Acciones de seguimiento' },
    hint: {
      en: 'For example: a second information day will be held.',
      es: 'Por ejemplo: se realizará una segunda jornada informativa.',
    },
  },
];

/** The `activity` group rows (§4.1, §4.2), in form order, form-only rows included. */
export const activityFields: readonly FieldDef[] = activitySpecs.map((spec) =>
  withDefaults('activity', spec),
);
