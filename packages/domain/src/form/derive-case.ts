import { ageRangeList } from './options/age-range.ts';
import type { AttentionRouteCode } from './options/attention-route.ts';
import { genderList } from './options/gender.ts';
import type { LifeStageCode } from './options/life-stage.ts';
import type { ProfileCode } from './options/profile.ts';
import { residenceList } from './options/residence.ts';
import { getParentProfile } from './options/vulnerability-type.ts';
import { toGroupingKey } from './grouping-key.ts';
import type { CaseRecord } from './record.ts';

export type ProfileFlags = {
  has_trafficking: boolean;
  has_refugee: boolean;
  has_migrant_at_risk: boolean;
  has_child_at_risk: boolean;
  has_other_vulnerability: boolean;
};

/** §8.1 derived values of a case. */
export type CaseDerived = {
  hub_country: string | null;
  month: string | null;
  is_minor: boolean | null;
  life_stage: LifeStageCode | null;
  gender_group: string | null;
  residence_group: string | null;
  services: string[];
  services_count: number;
  actions: string[];
  referred: boolean;
  referral_orgs: string[];
  attention_route: AttentionRouteCode;
  profiles: ProfileCode[];
  profile_flags: ProfileFlags;
  admin1_key: string | null;
  admin2_key: string | null;
};

const profileOrder: readonly ProfileCode[] = [
  'trafficking',
  'refugee',
  'migrant_at_risk',
  'child_at_risk',
];

/** `YYYY-MM` of a `YYYY-MM-DD` date. */
export function getMonth({ date }: { date: string | null | undefined }): string | null {
  return date && /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : null;
}

/** §8.3 attention route, from the observation and the age range. */
export function deriveAttentionRoute({
  observation,
  ageRange,
}: {
  observation: readonly string[];
  ageRange: string | null;
}): AttentionRouteCode {
  const minor = ageRangeList.options.some((o) => o.code === ageRange && o.is_minor === 'yes');
  if (observation.some((code) => code !== 'none') || minor) return 'four_step';
  if (observation.length === 1 && observation[0] === 'none') return 'two_step';
  return 'not_recorded';
}

/** §8.4 profile roll-up. */
export function deriveProfiles({
  vulnerability,
  types,
}: {
  vulnerability: string | null;
  types: readonly string[];
}): ProfileCode[] {
  if (vulnerability !== 'yes') return [];
  const parents = new Set(types.map((code) => getParentProfile({ code })));
  const profiles = profileOrder.filter((profile) => parents.has(profile));
  return profiles.length ? profiles : ['none'];
}

/** §8.4 profile flags. */
export function deriveProfileFlags({
  profiles,
}: {
  profiles: readonly ProfileCode[];
}): ProfileFlags {
  return {
    has_trafficking: profiles.includes('trafficking'),
    has_refugee: profiles.includes('refugee'),
    has_migrant_at_risk: profiles.includes('migrant_at_risk'),
    has_child_at_risk: profiles.includes('child_at_risk'),
    has_other_vulnerability: profiles.includes('none'),
  };
}

/** Distinct non-empty texts, grouped by `toGroupingKey`, keeping the first spelling. */
function groupTexts(values: readonly (string | null)[]): string[] {
  const seen = new Map<string, string>();
  for (const value of values) {
    const text = value?.trim();
    if (!text) continue;
    const key = toGroupingKey({ text });
    if (!seen.has(key)) seen.set(key, text);
  }
  return [...seen.values()];
}

type CaseInput = CaseRecord | { record: CaseRecord; hubCountry?: string | null };

/**
 * §8.1 derived values of a case. Takes the record, or `{ record, hubCountry }` to pass the hub's
 * country through (it comes from the registry, §2.4).
 */
export function deriveCase(input: CaseInput): CaseDerived {
  const { record, hubCountry } =
    'record' in input && !('record_type' in input)
      ? input
      : { record: input as CaseRecord, hubCountry: null };
  const age = ageRangeList.options.find((o) => o.code === record.a5_age_range);
  const slots = [1, 2, 3] as const;
  const services = [
    ...new Set(
      slots
        .map((n) => record[`a10_service_${n}`])
        .filter((code): code is string => typeof code === 'string' && code !== ''),
    ),
  ];
  const actions = slots
    .map((n) => record[`a11_action_${n}`])
    .filter((code): code is string => typeof code === 'string' && code !== '');
  const profiles = deriveProfiles({
    vulnerability: record.a14_vulnerability,
    types: record.a14_vulnerability_types ?? [],
  });
  return {
    hub_country: hubCountry ?? null,
    month: getMonth({ date: record.date }),
    is_minor: age && age.is_minor !== null ? age.is_minor === 'yes' : null,
    life_stage: (age?.life_stage as LifeStageCode | undefined) ?? null,
    gender_group: genderList.options.find((o) => o.code === record.a6_gender)?.gender_group ?? null,
    residence_group:
      residenceList.options.find((o) => o.code === record.a2_residence)?.handbook_group ?? null,
    services,
    services_count: services.length,
    actions,
    referred: actions.some((code) => code.startsWith('referred_')),
    referral_orgs: groupTexts(slots.map((n) => record[`a11_referral_org_${n}`])),
    attention_route: deriveAttentionRoute({
      observation: record.observation ?? [],
      ageRange: record.a5_age_range,
    }),
    profiles,
    profile_flags: deriveProfileFlags({ profiles }),
    admin1_key: record.a3_admin1 ? toGroupingKey({ text: record.a3_admin1 }) : null,
    admin2_key: record.a3_admin2 ? toGroupingKey({ text: record.a3_admin2 }) : null,
  };
}
