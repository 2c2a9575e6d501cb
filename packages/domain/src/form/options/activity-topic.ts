import { defineOptionList } from './option.ts';

/** FORM.md §5.19 `activity_topic`. */
export const activityTopicList = defineOptionList({
  name: 'activity_topic',
  options: [
    {
      code: 'safe_regular_migration',
      en: 'Safe, orderly and regular migration',
      es: 'Migración segura, ordenada y regular',
    },
    {
      code: 'irregular_migration_risks',
      en: 'Risks of irregular migration',
      es: 'Riesgos de la migración irregular',
    },
    {
      code: 'migrant_rights',
      en: 'Human rights of migrants',
      es: 'Derechos humanos de las personas migrantes',
    },
    {
      code: 'trafficking_prevention',
      en: 'Prevention of trafficking in persons',
      es: 'Prevención de la trata de personas',
    },
    {
      code: 'smuggling_prevention',
      en: 'Prevention of migrant smuggling',
      es: 'Prevención del tráfico ilícito de migrantes',
    },
    {
      code: 'migration_procedures',
      en: 'Migration procedures and requirements',
      es: 'Trámites y requisitos migratorios',
    },
    {
      code: 'international_protection',
      en: 'Refugee status and international protection',
      es: 'Refugio y protección internacional',
    },
    {
      code: 'access_to_services',
      en: 'Access to institutional services',
      es: 'Acceso a servicios institucionales',
    },
    {
      code: 'labour_rights_recruitment',
      en: 'Labour migration, labour rights and ethical recruitment',
      es: 'Migración laboral, derechos laborales y reclutamiento ético',
    },
    {
      code: 'opportunities',
      en: 'Employment, education and development opportunities',
      es: 'Oportunidades de empleo, educación y desarrollo',
    },
    {
      code: 'inclusion_diversity',
      en: 'Inclusion, empowerment and diversity',
      es: 'Inclusión, empoderamiento y diversidad',
    },
    { code: 'family_location', en: 'Locating family members', es: 'Localización de familiares' },
    { code: 'return_reintegration', en: 'Return and reintegration', es: 'Retorno y reintegración' },
    { code: 'hub_services', en: 'Services of the hub', es: 'Servicios de la ventanilla' },
    { code: 'iom_tools', en: 'MigApp and migrantinfo portal', es: 'MigApp y portal migrantinfo' },
    { code: 'other', en: 'Other topic (specify)', es: 'Otro tema (especifique)' },
  ],
});

export type ActivityTopicCode = (typeof activityTopicList.options)[number]['code'];
