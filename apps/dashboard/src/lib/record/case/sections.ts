import type { FormSection } from '../sections.ts';

/** A.0–A.9, in form order. */
export const personFields = [
  'a0_name',
  'a1_nationality',
  'a1_nationality_other',
  'a1_second_nationality',
  'a2_residence',
  'a3_country',
  'a3_admin1',
  'a3_admin2',
  'a3_community',
  'a4_is_migrant',
  'a5_age_range',
  'a6_gender',
  'a6_gender_other',
  'a7_civil_status',
  'a8_school_level',
  'a9_occupation',
  'a9_occupation_area',
  'a9_occupation_area_other',
  'a9_labour_formality',
] as const;

/** The three service slots (A.10–A.11, FORM.md §3.2). */
export const slots = [1, 2, 3] as const;

/** A slot's questions before its referral organization. */
export const slotFields = (n: number) => [
  `a10_service_${n}`,
  `a10_service_other_${n}`,
  `a11_action_${n}`,
  `a11_action_other_${n}`,
];

/** The case's sections after registration; the error summary follows them. */
export const caseSections: FormSection[] = [
  { title: 'case.consentAndObservation', names: ['consent', 'observation'] },
  { title: 'case.person', names: personFields },
  {
    title: 'case.vulnerability',
    names: ['a14_vulnerability', 'a14_vulnerability_types', 'a14_vulnerability_other'],
  },
  {
    title: 'case.services',
    names: slots.flatMap((n) => [...slotFields(n), `a11_referral_org_${n}`]),
  },
];
