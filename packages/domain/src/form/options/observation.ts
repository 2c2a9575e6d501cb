import { defineOptionList } from './option.ts';

/** FORM.md §5.6 `observation`. */
export const observationList = defineOptionList({
  name: 'observation',
  options: [
    {
      code: 'unaccompanied_child',
      en: 'Unaccompanied or separated child or adolescent',
      es: 'Niña, niño o adolescente no acompañado o separado',
      item: 1,
    },
    {
      code: 'disability_unaccompanied',
      en: 'Person with a physical or mental disability, unaccompanied',
      es: 'Persona con discapacidad física o mental, sin acompañante',
      item: 2,
    },
    {
      code: 'physical_health_signs',
      en: 'Visible signs of poor physical health (dehydration, malnutrition, extreme weakness, bruises, fractures, injuries)',
      es: 'Señales visibles de salud física afectada (deshidratación, desnutrición, debilidad extrema, hematomas, fracturas, lesiones)',
      item: 3,
    },
    {
      code: 'emotional_distress',
      en: 'Altered emotional state or shock (disorientation, fear, extreme anxiety, crying)',
      es: 'Estado emocional alterado o shock (desorientación, miedo, ansiedad extrema, llanto)',
      item: 4,
    },
    {
      code: 'possible_trafficking',
      en: 'Possible victim of trafficking in persons',
      es: 'Posible víctima de trata de personas',
      item: 5,
    },
    {
      code: 'violence_signs',
      en: 'Signs of violence, exploitation or abuse',
      es: 'Señales de violencia, explotación o abuso',
      item: 6,
    },
    { code: 'asylum_seeker', en: 'Asylum seeker', es: 'Solicitante de asilo o refugio', item: 7 },
    {
      code: 'lgbti',
      en: 'LGBTI person (diverse sexual orientation or gender identity)',
      es: 'Persona LGBTI (orientación sexual o identidad de género diversa)',
      item: 8,
    },
    {
      code: 'substance_influence',
      en: 'Appears to be under the influence of drugs or medication',
      es: 'Parece estar bajo efectos de drogas o medicamentos',
      item: 9,
    },
    {
      code: 'extracontinental',
      en: 'From another continent, with clear cultural differences or no fluent communication',
      es: 'Persona de otro continente, con diferencias culturales evidentes o sin comunicación fluida',
      item: 10,
    },
    {
      code: 'controlled_by_companion',
      en: 'Appears controlled or watched by a companion, or communicates only through a third person',
      es: 'Parece controlada o vigilada por su acompañante, o se comunica solo a través de otra persona',
      item: 11,
    },
    {
      code: 'disoriented_country',
      en: 'Does not know what country they are in',
      es: 'No sabe en qué país se encuentra',
      item: 12,
    },
    {
      code: 'requests_protection',
      en: 'Expressly asks for help or protection',
      es: 'Pide expresamente ayuda o protección',
      item: 13,
    },
    {
      code: 'woman_at_risk',
      en: 'Migrant woman with any of the conditions above',
      es: 'Mujer migrante con alguna de las condiciones anteriores',
      item: 14,
    },
    {
      code: 'none',
      en: 'None of these conditions observed',
      es: 'No se observó ninguna de estas condiciones',
      item: null,
    },
  ],
});

export type ObservationCode = (typeof observationList.options)[number]['code'];
