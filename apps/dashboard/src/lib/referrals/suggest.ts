import type { ProfileCode } from '@ventanilla/domain/attention/annex1';
import { referralActionPrefix } from '@ventanilla/domain/form/options/action';
import { vulnerabilityTypeList } from '@ventanilla/domain/form/options/vulnerability-type';

/** What a saved case says about its referrals: A.11's three slots and A.14's types. */
export type CaseReferralAnswers = {
  a11_action_1?: string | null;
  a11_referral_org_1?: string | null;
  a11_action_2?: string | null;
  a11_referral_org_2?: string | null;
  a11_action_3?: string | null;
  a11_referral_org_3?: string | null;
  a14_vulnerability_types?: readonly string[] | null;
};

/** A referral the case form recorded in A.11 but that has no section-5 record yet. */
export type ReferralSuggestion = {
  slot: 1 | 2 | 3;
  action: string;
  institution: string;
  directoryEntryId: string | null;
  profile: ProfileCode | null;
};

/** The Annex 1 profile each specialised referral answers (Table 1 of the attention routes). */
const profileOfAction: Readonly<Record<string, ProfileCode>> = {
  referred_trafficking_authority: 'trafficking',
  referred_refugee_authority: 'refugee',
  referred_child_protection: 'child_at_risk',
};

/** The Annex 1 profiles the case concluded, from its A.14 types (FORM.md §5.17). */
export function concludedProfiles(answers: CaseReferralAnswers): ProfileCode[] {
  const found = new Set<string>();
  for (const code of answers.a14_vulnerability_types ?? []) {
    const parent = vulnerabilityTypeList.options.find((o) => o.code === code)?.parent_profile;
    if (parent && parent !== 'none') found.add(parent);
  }
  return (['trafficking', 'refugee', 'migrant_at_risk', 'child_at_risk'] as const).filter((p) =>
    found.has(p),
  );
}

const sameName = (a: string, b: string) =>
  a.trim().localeCompare(b.trim(), 'es', { sensitivity: 'base' }) === 0;

/**
 * The A.11 referrals still to be recorded in detail: one per `referred_*` slot with an
 * organization, unless a referral with that action and institution exists. The directory entry
 * of the same name is chosen, and the profile follows the action, else the one profile concluded.
 */
export function suggestReferrals({
  answers,
  existing,
  directory,
}: {
  answers: CaseReferralAnswers;
  existing: readonly { action: string | null; institution: string }[];
  directory: readonly { id: string; organization: string }[];
}): ReferralSuggestion[] {
  const profiles = concludedProfiles(answers);
  const suggestions: ReferralSuggestion[] = [];
  for (const slot of [1, 2, 3] as const) {
    const action = answers[`a11_action_${slot}`] ?? '';
    const institution = (answers[`a11_referral_org_${slot}`] ?? '').trim();
    if (!action.startsWith(referralActionPrefix) || !institution) continue;
    if (existing.some((r) => r.action === action && sameName(r.institution, institution))) continue;
    suggestions.push({
      slot,
      action,
      institution,
      directoryEntryId: directory.find((e) => sameName(e.organization, institution))?.id ?? null,
      profile: profileOfAction[action] ?? (profiles.length === 1 ? profiles[0]! : null),
    });
  }
  return suggestions;
}
