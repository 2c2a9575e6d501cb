import { deriveActivity } from '@ventanilla/domain';
import { deriveCase } from '@ventanilla/domain';
import { getParentProfile } from '@ventanilla/domain';
import type { ActivityRecord, CaseRecord } from '@ventanilla/domain';
import type { activities, cases, StoredViolation } from '../db/schema/index.ts';
import { recordFieldValues } from './fields.ts';

type Provenance = {
  validationStatus?: string | null;
  sourceUuid?: string | null;
  sourceUuidsSeen?: string[];
  sourceRootUuid?: string | null;
  sourceId?: string | null;
  sourceFormId?: string | null;
};

/** The cases row (form fields + §8 derived columns) and its child rows for a valid record. */
export function buildCaseRows({
  record,
  hubCountry,
  warnings,
  provenance = {},
}: {
  record: CaseRecord;
  hubCountry: string | null;
  warnings: StoredViolation[];
  provenance?: Provenance;
}) {
  const derived = deriveCase({ record, hubCountry });
  // Without `delete`, which would slow every later use of the row.
  const fields = recordFieldValues('case', record);
  const row = {
    ...(fields as Omit<CaseRecord, 'record_type'>),
    date: record.date!,
    month: derived.month!,
    hubCountry: derived.hub_country,
    attentionRoute: derived.attention_route,
    isMinor: derived.is_minor,
    lifeStage: derived.life_stage,
    genderGroup: derived.gender_group,
    residenceGroup: derived.residence_group,
    servicesCount: derived.services_count,
    referred: derived.referred,
    hasTrafficking: derived.profile_flags.has_trafficking,
    hasRefugee: derived.profile_flags.has_refugee,
    hasMigrantAtRisk: derived.profile_flags.has_migrant_at_risk,
    hasChildAtRisk: derived.profile_flags.has_child_at_risk,
    hasOtherVulnerability: derived.profile_flags.has_other_vulnerability,
    warnings,
    ...provenance,
  } as typeof cases.$inferInsert;
  const services = ([1, 2, 3] as const).flatMap((slot) => {
    const service = record[`a10_service_${slot}`];
    if (!service) return [];
    const action = record[`a11_action_${slot}`] ?? null;
    return [
      {
        slot,
        service,
        action,
        referralOrg: record[`a11_referral_org_${slot}`] ?? null,
        referred: !!action?.startsWith('referred_'),
      },
    ];
  });
  const vulnerabilityTypes = (record.a14_vulnerability_types ?? []).map((type) => ({
    type,
    profile: String(getParentProfile({ code: type }) ?? 'none'),
  }));
  return {
    row,
    services,
    vulnerabilityTypes,
    profiles: derived.profiles.map((profile) => ({ profile: String(profile) })),
    observations: [...new Set(record.observation ?? [])].map((observation) => ({ observation })),
  };
}

/** The activities row (form fields + §8.2 estimates) and its topic rows for a valid record. */
export function buildActivityRows({
  record,
  hubCountry,
  warnings,
  provenance = {},
}: {
  record: ActivityRecord;
  hubCountry: string | null;
  warnings: StoredViolation[];
  provenance?: Provenance;
}) {
  const derived = deriveActivity({ record, hubCountry });
  // Without `delete`, which would slow every later use of the row.
  const fields = recordFieldValues('activity', record);
  const row = {
    ...(fields as Omit<ActivityRecord, 'record_type'>),
    date: record.date!,
    month: derived.month!,
    hubCountry: derived.hub_country,
    estPeople: derived.est_people,
    estWomen: derived.est_women,
    estMinors: derived.est_minors,
    estAvgAge: derived.est_avg_age,
    estPassShare: derived.est_pass_share,
    warnings,
    ...provenance,
  } as typeof activities.$inferInsert;
  const topics = [...new Set(record.b2_topics ?? [])].map((topic) => ({ topic }));
  return { row, topics };
}
