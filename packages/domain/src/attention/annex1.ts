import type { Localized } from '../i18n.ts';
import { annex1Profiles, identificationQuestions } from './content.generated.ts';

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

/** The profiles and their indicators; texts in packages/content/attention/annex1.yaml. */
export { annex1Profiles };

/** Section 3 of Annex 1: questions that reveal a profile, with the Annex's markers. */
export type InterviewQuestion = {
  number: number;
  text: Localized;
  /** † in the Annex: answers may point to trafficking; * : to refugee status. */
  markers: ('trafficking' | 'refugee')[];
  basis: string;
};

/** The Annex's identification questions; texts in packages/content/attention/annex1.yaml. */
export { identificationQuestions };

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
