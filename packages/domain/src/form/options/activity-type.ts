import { defineOptionList } from './option.ts';

/** FORM.md §5.18 `activity_type`. */
export const activityTypeList = defineOptionList({
  name: 'activity_type',
  options: [
    {
      code: 'information_day',
      en: 'Information day',
      es: 'Jornada informativa',
      requires_score: 'no',
      basis: '000:L1121-L1126',
    },
    {
      code: 'information_booth',
      en: 'Information booth at a fair or event',
      es: 'Stand informativo en feria o evento',
      requires_score: 'no',
      basis: '000:L1124-L1126',
    },
    {
      code: 'information_festival',
      en: 'Information festival',
      es: 'Festival informativo',
      requires_score: 'no',
      basis: '000:L1128-L1134',
    },
    {
      code: 'training_workshop',
      en: 'Training workshop',
      es: 'Taller de capacitación',
      requires_score: 'yes',
      basis: '000:L2086-L2087',
    },
    {
      code: 'school_activity',
      en: 'Activity at a school or education centre (incl. IOM Educational Toolkit)',
      es: 'Actividad en centro educativo (incluye herramientas educativas de la OIM)',
      requires_score: 'no',
      basis: '000:L1192-L1195, L2065-L2066',
    },
    {
      code: 'community_advisors',
      en: 'Community migration advisors (MCA) activity',
      es: 'Actividad con personas consejeras comunitarias en migración (CCM)',
      requires_score: 'no',
      basis: '000:L1161-L1165',
    },
    {
      code: 'information_campaign',
      en: 'Information campaign',
      es: 'Campaña informativa',
      requires_score: 'no',
      basis: '000:L1167-L1172',
    },
    {
      code: 'media_appearance',
      en: 'Radio, TV or press appearance',
      es: 'Participación en radio, televisión o prensa',
      requires_score: 'no',
      basis: '000:L1169-L1170',
    },
    {
      code: 'digital_session',
      en: 'Online session or digital hub activity',
      es: 'Sesión virtual o actividad de ventanilla digital',
      requires_score: 'no',
      basis: '000:L1136-L1139',
    },
    {
      code: 'job_fair',
      en: 'Job fair',
      es: 'Feria de empleo',
      requires_score: 'no',
      basis: '000:L1197-L1198',
    },
    {
      code: 'other',
      en: 'Other activity (specify)',
      es: 'Otra actividad (especifique)',
      requires_score: 'no',
      basis: '000:L2087-L2088',
    },
  ],
});

export type ActivityTypeCode = (typeof activityTypeList.options)[number]['code'];
