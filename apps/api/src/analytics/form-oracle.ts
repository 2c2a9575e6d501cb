/**
 * Test-only oracle: the derivations of FORM.md §8 written from its tables (§5.8, §5.16, §5.17,
 * §5.20, §8.1–§8.4), so property tests compare the API with the specification instead of with
 * packages/domain's own `deriveCase` / `deriveActivity`. Keep it apart from that code: a change
 * of FORM.md is copied here by hand.
 */

/** §5.8: `is_minor` is true exactly for these bands. */
const minorAgeRanges = new Set(['age_0_5', 'age_6_11', 'age_12_17']);

/** §5.17: the `parent_profile` column. */
const parentProfile: Record<string, string> = {
  trafficking_offer: 'trafficking',
  documents_retained: 'trafficking',
  control_threats: 'trafficking',
  forced_labour_exploitation: 'trafficking',
  abduction_coercion: 'trafficking',
  persecution: 'refugee',
  generalized_violence: 'refugee',
  gender_based_violence: 'refugee',
  fear_of_return: 'refugee',
  asylum_seeker: 'refugee',
  violence_in_transit: 'migrant_at_risk',
  smuggling_network: 'migrant_at_risk',
  stranded: 'migrant_at_risk',
  disaster_displaced: 'migrant_at_risk',
  woman_alone_pregnant: 'migrant_at_risk',
  serious_health_problem: 'migrant_at_risk',
  chronic_illness: 'migrant_at_risk',
  disability_unaccompanied: 'migrant_at_risk',
  older_adult_alone: 'migrant_at_risk',
  language_barrier: 'migrant_at_risk',
  emotional_distress: 'migrant_at_risk',
  unaccompanied_separated_child: 'child_at_risk',
  child_with_unrelated_adult: 'child_at_risk',
  child_rights_violation: 'child_at_risk',
  lgbti: 'none',
  substance_influence: 'none',
  possibly_stateless: 'none',
  other: 'none',
};

/** §8.4: the order of `profiles`. */
const profileOrder = ['trafficking', 'refugee', 'migrant_at_risk', 'child_at_risk'];

/** §5.20: `midpoint` of `people_reached_band`. */
const peopleReachedMidpoint: Record<string, number> = {
  reach_1_10: 5.5,
  reach_11_25: 18,
  reach_26_50: 38,
  reach_51_100: 75.5,
  reach_101_250: 175.5,
  reach_251_500: 375.5,
  reach_501_1000: 750.5,
  reach_1001_2500: 1750.5,
  reach_2501_5000: 3750.5,
  reach_5001_plus: 7500,
};

/** §8.3: four_step for any observation but `none` or a minor; two_step for [none]. */
export function expectAttentionRoute({
  observation,
  ageRange,
}: {
  observation: readonly string[];
  ageRange: string | null | undefined;
}): 'four_step' | 'two_step' | 'not_recorded' {
  if (observation.some((o) => o !== 'none')) return 'four_step';
  if (ageRange && minorAgeRanges.has(ageRange)) return 'four_step';
  if (observation.length === 1 && observation[0] === 'none') return 'two_step';
  return 'not_recorded';
}

/** §8.4: the profile roll-up of A.14. */
export function expectProfiles({
  vulnerability,
  types,
}: {
  vulnerability: string | null | undefined;
  types: readonly string[];
}): string[] {
  if (vulnerability !== 'yes') return [];
  const parents = new Set(types.map((t) => parentProfile[t]));
  const profiles = profileOrder.filter((p) => parents.has(p));
  return profiles.length ? profiles : ['none'];
}

/** §8.1 / §5.16: referred when any A.11 action starts with `referred_`. */
export function expectReferred({ actions }: { actions: readonly (string | null | undefined)[] }) {
  return actions.some((a) => !!a && a.startsWith('referred_'));
}

/** §8.2: the estimates of an activity (unrounded), null when a band or percentage is missing. */
export function expectEstimates({
  peopleReached,
  pctFemale,
  pctUnder18,
}: {
  peopleReached: string | null | undefined;
  pctFemale: number | null | undefined;
  pctUnder18: number | null | undefined;
}): { est_people: number | null; est_women: number | null; est_minors: number | null } {
  const mid = peopleReached ? (peopleReachedMidpoint[peopleReached] ?? null) : null;
  const share = (pct: number | null | undefined) =>
    mid === null || pct === null || pct === undefined ? null : (mid * pct) / 100;
  return { est_people: mid, est_women: share(pctFemale), est_minors: share(pctUnder18) };
}
