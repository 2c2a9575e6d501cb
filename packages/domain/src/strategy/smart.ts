import type { Lang, Localized } from '../i18n.ts';

/** Impact categories of an objective (000:L2245-L2247). */
export const impactCategories = [
  {
    code: 'cognitive',
    es: 'Cognitivo (saber)',
    en: 'Cognitive (knowing)',
    hint: {
      es: 'Que el público conozca o entienda algo.',
      en: 'The audience knows or understands something.',
    },
  },
  {
    code: 'affective',
    es: 'Afectivo (sentir)',
    en: 'Affective (feeling)',
    hint: { es: 'Que cambie una actitud o una opinión.', en: 'An attitude or opinion changes.' },
  },
  {
    code: 'action',
    es: 'Acción (hacer)',
    en: 'Action (doing)',
    hint: { es: 'Que el público haga algo concreto.', en: 'The audience does something specific.' },
  },
  {
    code: 'production',
    es: 'Producción (crear)',
    en: 'Production (making)',
    hint: {
      es: 'Que se produzca algo: materiales, alianzas, un servicio.',
      en: 'Something gets made: materials, partnerships, a service.',
    },
  },
] as const;

export type ImpactCategory = (typeof impactCategories)[number]['code'];

/** What an objective counts. people/women/minors are compared with the linked activities' estimates. */
export const objectiveIndicators = [
  { code: 'people', es: 'Personas alcanzadas (estimado)', en: 'People reached (estimated)' },
  { code: 'women', es: 'Mujeres alcanzadas (estimado)', en: 'Women reached (estimated)' },
  { code: 'minors', es: 'Menores de 18 alcanzados (estimado)', en: 'Minors reached (estimated)' },
  { code: 'activities', es: 'Actividades realizadas', en: 'Activities done' },
  { code: 'other', es: 'Otra medida (descríbala)', en: 'Other measure (describe it)' },
] as const;

export type ObjectiveIndicator = (typeof objectiveIndicators)[number]['code'];

export type SmartObjective = {
  id: string;
  /** An audience id from the matrix, or free text. */
  audience: string;
  impactCategory: ImpactCategory | '';
  effect: string;
  indicator: ObjectiveIndicator | '';
  target: number | null;
  measurementNote: string;
  periodStart: string;
  periodEnd: string;
};

export type SmartPart = 'audience' | 'impactCategory' | 'effect' | 'measurement' | 'period';

export type SmartGap = { part: SmartPart; message: Localized };

const gapMessages: Record<SmartPart | 'periodOrder' | 'otherNote', Localized> = {
  audience: {
    es: 'Falta el público: ¿a quién se dirige este objetivo?',
    en: 'Audience missing: whom is this objective for?',
  },
  impactCategory: {
    es: 'Falta la categoría de impacto: cognitivo, afectivo, acción o producción.',
    en: 'Impact category missing: cognitive, affective, action or production.',
  },
  effect: {
    es: 'Falta el efecto: ¿qué cambiará en ese público?',
    en: 'Effect missing: what will change for that audience?',
  },
  measurement: {
    es: 'Falta la medición: elija qué se cuenta y una meta mayor que cero.',
    en: 'Measurement missing: choose what is counted and a target above zero.',
  },
  otherNote: {
    es: 'Describa la otra medida que usará.',
    en: 'Describe the other measure you will use.',
  },
  period: {
    es: 'Falta el plazo: indique fecha de inicio y de fin.',
    en: 'Period missing: give a start and an end date.',
  },
  periodOrder: {
    es: 'El plazo termina antes de empezar.',
    en: 'The period ends before it starts.',
  },
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What an objective still lacks to be SMART in the handbook's sense: target audience, impact
 * category, effect, measurement and time period (000:L2245-L2247). Empty means complete.
 */
export function checkSmartObjective({
  objective,
}: {
  objective: Partial<SmartObjective>;
}): SmartGap[] {
  const gaps: SmartGap[] = [];
  const filled = (v: unknown) => typeof v === 'string' && v.trim().length > 0;
  if (!filled(objective.audience)) gaps.push({ part: 'audience', message: gapMessages.audience });
  if (!impactCategories.some((c) => c.code === objective.impactCategory))
    gaps.push({ part: 'impactCategory', message: gapMessages.impactCategory });
  if (!filled(objective.effect)) gaps.push({ part: 'effect', message: gapMessages.effect });
  const indicatorOk = objectiveIndicators.some((i) => i.code === objective.indicator);
  const targetOk = typeof objective.target === 'number' && objective.target > 0;
  if (!indicatorOk || !targetOk)
    gaps.push({ part: 'measurement', message: gapMessages.measurement });
  else if (objective.indicator === 'other' && !filled(objective.measurementNote))
    gaps.push({ part: 'measurement', message: gapMessages.otherNote });
  const start = objective.periodStart ?? '';
  const end = objective.periodEnd ?? '';
  if (!isoDate.test(start) || !isoDate.test(end))
    gaps.push({ part: 'period', message: gapMessages.period });
  else if (end < start) gaps.push({ part: 'period', message: gapMessages.periodOrder });
  return gaps;
}

/** One readable sentence for a (possibly incomplete) objective, for the plan and the print view. */
export function describeObjective({
  objective,
  audienceName,
  lang,
}: {
  objective: SmartObjective;
  audienceName: string;
  lang: Lang;
}): string {
  const category = impactCategories.find((c) => c.code === objective.impactCategory)?.[lang] ?? '…';
  const indicator =
    objective.indicator === 'other'
      ? objective.measurementNote || '…'
      : (objectiveIndicators.find((i) => i.code === objective.indicator)?.[lang] ?? '…');
  const target = objective.target ?? '…';
  const from = objective.periodStart || '…';
  const to = objective.periodEnd || '…';
  return lang === 'es'
    ? `Entre ${from} y ${to}, ${audienceName || '…'}: ${objective.effect || '…'} [${category}]. Meta: ${target} (${indicator}).`
    : `Between ${from} and ${to}, ${audienceName || '…'}: ${objective.effect || '…'} [${category}]. Target: ${target} (${indicator}).`;
}
