import type { Localized } from '../i18n.ts';

/**
 * Annex 1 of the hubs handbook: the interview guide for identifying vulnerable profiles
 * (000:L1317-L1645), as data. Indicators carry the A.14 `vulnerability_type` codes they support
 * (FORM.md §5.17, column `basis`), so a checked indicator suggests what to record in A.14.
 */

export type ProfileCode = 'trafficking' | 'refugee' | 'migrant_at_risk' | 'child_at_risk';

export type Indicator = {
  /** `P<profile>.<n>`, as FORM.md §5.17 cites them. */
  code: string;
  text: Localized;
  /** A.14 types this indicator supports (may be empty when no type fits exactly). */
  vulnerabilityTypes: string[];
  basis: string;
};

export type Annex1Profile = {
  code: ProfileCode;
  number: 1 | 2 | 3 | 4;
  /** As the Annex's conclusion box names it (000:L1562-L1585; FORM.md §5.22 `profile`). */
  title: Localized;
  indicators: Indicator[];
  basis: string;
};

const ind = (
  code: string,
  en: string,
  es: string,
  vulnerabilityTypes: string[],
  basis: string,
): Indicator => ({ code, text: { en, es }, vulnerabilityTypes, basis });

export const annex1Profiles: Annex1Profile[] = [
  {
    code: 'trafficking',
    number: 1,
    title: {
      en: 'Possible victim of trafficking in persons',
      es: 'Posible víctima de trata de personas',
    },
    basis: '000:L1458-L1493',
    indicators: [
      ind(
        'P1.1',
        'Got a job or study offer without knowing where, or who hired them or made the offer',
        'Recibió una oferta de trabajo o estudio sin saber dónde, ni quién la contrató o hizo la oferta',
        ['trafficking_offer'],
        '000:L1460-L1462',
      ),
      ind(
        'P1.2',
        'Whoever made the offer paid for the journey and provided the travel documents',
        'Quien hizo la oferta pagó el viaje y entregó los documentos de viaje',
        ['trafficking_offer'],
        '000:L1463-L1464',
      ),
      ind(
        'P1.3',
        'The person transporting or hosting them took their identity or travel documents',
        'Quien la transporta o aloja le quitó sus documentos de identidad o de viaje',
        ['documents_retained'],
        '000:L1465-L1466',
      ),
      ind(
        'P1.4',
        'Has been kept under control or surveillance',
        'Ha estado bajo control o vigilancia',
        ['control_threats'],
        '000:L1467',
      ),
      ind(
        'P1.5',
        'Lives under constant threats against themselves or their family',
        'Vive bajo amenazas constantes contra sí o su familia',
        ['control_threats'],
        '000:L1468-L1469',
      ),
      ind(
        'P1.6',
        'Was forced to work in an activity or conditions other than those promised',
        'Fue obligada a trabajar en una actividad o condiciones distintas de las prometidas',
        ['forced_labour_exploitation'],
        '000:L1470-L1472',
      ),
      ind(
        'P1.7',
        'Was forced to work to pay off a debt',
        'Fue obligada a trabajar para pagar una deuda',
        ['forced_labour_exploitation'],
        '000:L1473',
      ),
      ind(
        'P1.8',
        'Has been exploited',
        'Ha sido sometida a explotación',
        ['forced_labour_exploitation'],
        '000:L1474',
      ),
      ind(
        'P1.9',
        'Was coerced into illegal activities',
        'Fue obligada a realizar actividades ilícitas',
        ['forced_labour_exploitation'],
        '000:L1475',
      ),
      ind(
        'P1.10',
        'Suffered physical, sexual or psychological abuse to keep them subdued',
        'Sufrió abuso físico, sexual o psicológico para mantenerla sometida',
        ['control_threats'],
        '000:L1476-L1478',
      ),
      ind(
        'P1.11',
        'Someone took advantage of their vulnerability (poverty, exclusion, no opportunities, unemployment)',
        'Alguien se aprovechó de su situación de vulnerabilidad (pobreza, exclusión, falta de oportunidades, desempleo)',
        [],
        '000:L1479-L1481',
      ),
      ind(
        'P1.12',
        'Was taken from their place of origin, moved and exploited',
        'Fue sustraída de su lugar de origen, trasladada y explotada',
        ['abduction_coercion'],
        '000:L1482-L1483',
      ),
    ],
  },
  {
    code: 'refugee',
    number: 2,
    title: {
      en: 'Possible refugee or refugee status applicant',
      es: 'Posible persona refugiada o solicitante de refugio',
    },
    basis: '000:L1495-L1510',
    indicators: [
      ind(
        'P2.1',
        'Had to leave because of persecution (race, religion, nationality, social group, political opinion) or because generalized violence, conflict or serious public disorder threatened their life, safety or freedom',
        'Tuvo que salir por persecución (raza, religión, nacionalidad, grupo social, opinión política) o porque la violencia generalizada, un conflicto o una grave alteración del orden público amenazó su vida, seguridad o libertad',
        ['persecution', 'generalized_violence'],
        '000:L1497-L1503',
      ),
      ind(
        'P2.2',
        'Is applying, or wants to apply, for refugee status',
        'Está solicitando o desea solicitar la condición de refugio',
        ['asylum_seeker'],
        '000:L1504',
      ),
      ind(
        'P2.3',
        'Is afraid of returning to their country or of being persecuted',
        'Tiene temor de regresar a su país o de ser perseguida',
        ['fear_of_return'],
        '000:L1505-L1506',
      ),
    ],
  },
  {
    code: 'migrant_at_risk',
    number: 3,
    title: { en: 'Migrant at risk', es: 'Persona migrante en riesgo' },
    basis: '000:L1520-L1546',
    indicators: [
      ind(
        'P3.1',
        'A long journey, risky for their physical and emotional integrity',
        'Un tránsito largo y riesgoso para su integridad física y emocional',
        ['emotional_distress'],
        '000:L1522-L1523',
      ),
      ind(
        'P3.2',
        'Suffered assault, robbery, sexual violence, ill-treatment, kidnapping or extortion',
        'Sufrió agresiones, robos, violencia sexual, maltrato, secuestro o extorsión',
        ['violence_in_transit'],
        '000:L1524-L1526',
      ),
      ind(
        'P3.3',
        'Does not know the language or local customs',
        'No conoce el idioma ni las costumbres locales',
        ['language_barrier'],
        '000:L1527',
      ),
      ind(
        'P3.4',
        'Is stranded, unable to communicate and without resources',
        'Está varada, sin poder comunicarse y sin recursos',
        ['stranded'],
        '000:L1528-L1529',
      ),
      ind(
        'P3.5',
        'Was displaced by a natural disaster or climate factors',
        'Fue desplazada por un desastre natural o factores climáticos',
        ['disaster_displaced'],
        '000:L1530-L1531',
      ),
      ind(
        'P3.6',
        'Woman alone or pregnant without support, especially adolescents',
        'Mujer sola o embarazada sin redes de apoyo, en especial adolescentes',
        ['woman_alone_pregnant'],
        '000:L1532-L1533',
      ),
      ind(
        'P3.7',
        'Malnutrition, heat stroke or serious injuries from the journey',
        'Desnutrición, insolación o lesiones graves por las condiciones del viaje',
        ['serious_health_problem'],
        '000:L1534-L1536',
      ),
      ind(
        'P3.8',
        'Ill or injured, with a disability, or an older adult travelling alone and needing protection',
        'Enferma o herida, con discapacidad, o persona adulta mayor que viaja sola y necesita protección',
        ['chronic_illness', 'disability_unaccompanied', 'older_adult_alone'],
        '000:L1537-L1540',
      ),
      ind(
        'P3.9',
        'Has been at the mercy of a migrant smuggling network',
        'Ha estado a merced de una red de tráfico ilícito de migrantes',
        ['smuggling_network'],
        '000:L1541-L1546',
      ),
    ],
  },
  {
    code: 'child_at_risk',
    number: 4,
    title: {
      en: 'Unaccompanied, separated or at-risk child or adolescent',
      es: 'Niñez o adolescencia no acompañada, separada o en riesgo',
    },
    basis: '000:L1548-L1560',
    indicators: [
      ind(
        'P4.1',
        'Travelling alone or separated from their family',
        'Viaja sola o separada de su familia',
        ['unaccompanied_separated_child'],
        '000:L1550-L1551',
      ),
      ind(
        'P4.2',
        'Travelling with, or met, an adult who is not responsible for their care',
        'Viaja con, o se encontró con, una persona adulta que no es responsable de su cuidado',
        ['child_with_unrelated_adult'],
        '000:L1552-L1554',
      ),
      ind(
        'P4.3',
        'Victim of theft, rape, abuse, exploitation or another violation of rights',
        'Víctima de robo, violación, abuso, explotación u otra vulneración de derechos',
        ['child_rights_violation'],
        '000:L1555-L1558',
      ),
    ],
  },
];

/** Section 3 of Annex 1: questions that reveal a profile, with the Annex's markers. */
export type InterviewQuestion = {
  number: number;
  text: Localized;
  /** † in the Annex: answers may point to trafficking; * : to refugee status. */
  markers: ('trafficking' | 'refugee')[];
  basis: string;
};

const q = (
  number: number,
  en: string,
  es: string,
  markers: InterviewQuestion['markers'],
  basis: string,
): InterviewQuestion => ({ number, text: { en, es }, markers, basis });

export const identificationQuestions: InterviewQuestion[] = [
  q(
    15,
    'When did you leave your place of origin or residence?',
    '¿Cuándo salió de su lugar de origen o residencia?',
    [],
    '000:L1385',
  ),
  q(
    17,
    'Which places or countries have you passed through since you left?',
    '¿Por qué lugares o países ha pasado desde que salió?',
    [],
    '000:L1389-L1395',
  ),
  q(
    18,
    'Do you know what country you are in, when you arrived and where you came in?',
    '¿Sabe en qué país se encuentra, cuándo llegó y por dónde entró?',
    [],
    '000:L1397',
  ),
  q(
    19,
    'Why did you leave your place of origin? (a job offer from a third person, fraud, persecution, violence, conflict, discrimination…)',
    '¿Por qué salió de su lugar de origen? (oferta de trabajo de terceros, engaño, persecución, violencia, conflicto, discriminación…)',
    ['trafficking', 'refugee'],
    '000:L1399-L1407',
  ),
  q(
    20,
    'How did you leave? (on your own, helped by someone, paying someone, against your will)',
    '¿Cómo salió? (por sus propios medios, con ayuda de alguien, pagando a alguien, en contra de su voluntad)',
    ['trafficking'],
    '000:L1416-L1422',
  ),
  q(
    21,
    'Did the people who contacted, helped, transported or housed you threaten, abuse, beat, extort or assault you?',
    '¿Las personas que la contactaron, ayudaron, transportaron o alojaron la amenazaron, maltrataron, golpearon, extorsionaron o agredieron?',
    ['trafficking'],
    '000:L1424-L1425',
  ),
  q(
    22,
    'Did you have documents when you set out? Did anyone take them or keep them for you?',
    '¿Tenía documentos al iniciar el viaje? ¿Alguien se los quitó o se los guarda?',
    ['trafficking'],
    '000:L1427-L1428',
  ),
  q(
    23,
    'Has any authority abused or mistreated you? Did you report it?',
    '¿Alguna autoridad la ha maltratado o abusado de usted? ¿Lo denunció?',
    [],
    '000:L1430-L1432',
  ),
  q(
    25,
    'Was this country your destination when you set out?',
    '¿Este país era su destino cuando inició el viaje?',
    [],
    '000:L1434-L1436',
  ),
  q(
    26,
    'Do you want to go back to your country? If not, why? (detention, violence, fear of reprisals, persecution, discrimination…)',
    '¿Desea regresar a su país? Si no, ¿por qué? (detención, violencia, temor a represalias, persecución, discriminación…)',
    ['trafficking', 'refugee'],
    '000:L1438-L1443',
  ),
];

/** Every indicator, by code. */
export const indicatorsByCode: ReadonlyMap<string, Indicator & { profile: ProfileCode }> = new Map(
  annex1Profiles.flatMap((profile) =>
    profile.indicators.map((indicator) => [
      indicator.code,
      { ...indicator, profile: profile.code },
    ]),
  ),
);

/** The profiles (Annex order) that the checked indicators point to; profiles may combine. */
export function concludeProfiles({ indicators }: { indicators: readonly string[] }): ProfileCode[] {
  const found = new Set(indicators.map((code) => indicatorsByCode.get(code)?.profile));
  return annex1Profiles.map((p) => p.code).filter((code) => found.has(code));
}

/** A.14 types suggested by the checked indicators, without repeats, in indicator order. */
export function suggestVulnerabilityTypes({
  indicators,
}: {
  indicators: readonly string[];
}): string[] {
  const types = new Set<string>();
  for (const profile of annex1Profiles)
    for (const indicator of profile.indicators)
      if (indicators.includes(indicator.code))
        for (const type of indicator.vulnerabilityTypes) types.add(type);
  return [...types];
}

/** The Annex 1 indicators that support an A.14 type (to show beside it in a form). */
export function listIndicatorsForType({ type }: { type: string }): Indicator[] {
  return annex1Profiles.flatMap((p) =>
    p.indicators.filter((indicator) => indicator.vulnerabilityTypes.includes(type)),
  );
}
