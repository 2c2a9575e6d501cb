import type { Localized } from '../i18n.ts';
import type { RecordKind } from './dimensions.ts';

export const measureCodes = [
  'CASES',
  'ACTIVITIES',
  'PEOPLE_REACHED_ESTIMATE',
  'WOMEN_REACHED_ESTIMATE',
  'MINORS_REACHED_ESTIMATE',
  'REFERRALS',
  'VULNERABLE_CASES',
] as const;

/** The `Measure` enum of the `disaggregation` contract (API.md), plus VULNERABLE_CASES. */
export type MeasureCode = (typeof measureCodes)[number];

/**
 * What a measure adds up: `count` counts records (those matching `where`, when set); `sum`
 * adds an unrounded derived estimate (FORM.md 8.2) and rounds only after summing.
 */
export type MeasureDef = {
  readonly code: MeasureCode;
  readonly kind: RecordKind;
  readonly aggregate: 'count' | 'sum';
  /** Derived field summed (sum) or the boolean a counted record must have (count). */
  readonly field: 'est_people' | 'est_women' | 'est_minors' | 'referred' | 'vulnerable' | null;
  readonly label: Localized;
};

export const measures: Readonly<Record<MeasureCode, MeasureDef>> = {
  CASES: {
    code: 'CASES',
    kind: 'case',
    aggregate: 'count',
    field: null,
    label: { en: 'Cases', es: 'Casos' },
  },
  ACTIVITIES: {
    code: 'ACTIVITIES',
    kind: 'activity',
    aggregate: 'count',
    field: null,
    label: { en: 'Activities', es: 'Actividades' },
  },
  PEOPLE_REACHED_ESTIMATE: {
    code: 'PEOPLE_REACHED_ESTIMATE',
    kind: 'activity',
    aggregate: 'sum',
    field: 'est_people',
    label: { en: 'People reached (estimate)', es: 'Personas alcanzadas (aprox.)' },
  },
  WOMEN_REACHED_ESTIMATE: {
    code: 'WOMEN_REACHED_ESTIMATE',
    kind: 'activity',
    aggregate: 'sum',
    field: 'est_women',
    label: { en: 'Women and girls reached (estimate)', es: 'Mujeres y niñas alcanzadas (aprox.)' },
  },
  MINORS_REACHED_ESTIMATE: {
    code: 'MINORS_REACHED_ESTIMATE',
    kind: 'activity',
    aggregate: 'sum',
    field: 'est_minors',
    label: { en: 'Minors reached (estimate)', es: 'Personas menores alcanzadas (aprox.)' },
  },
  // REFERRALS counts referred cases (FORM.md 8.1 `referred`: any a11_action_n starting with
  // `referred_`), not referral actions: a case referred twice counts once, as in `hubs.stats`.
  REFERRALS: {
    code: 'REFERRALS',
    kind: 'case',
    aggregate: 'count',
    field: 'referred',
    label: { en: 'Referred cases', es: 'Casos referidos' },
  },
  // Added beside API.md's measures: cases with A.14 = yes (FORM.md 8.4 vulnerability rate).
  VULNERABLE_CASES: {
    code: 'VULNERABLE_CASES',
    kind: 'case',
    aggregate: 'count',
    field: 'vulnerable',
    label: { en: 'Cases with a vulnerability', es: 'Casos con alguna vulnerabilidad' },
  },
};
