import { boolean, index, pgTable, primaryKey, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { recordMetaColumns, registrationColumns } from './provenance.ts';

/** One row per case (FORM.md §3). Form fields keep their field names as column names. */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...registrationColumns(),
    consent: text('consent').notNull(),
    observation: text('observation').array().notNull().default([]),
    a0_name: text('a0_name'),
    a1_nationality: text('a1_nationality').notNull(),
    a1_nationality_other: text('a1_nationality_other'),
    a1_second_nationality: text('a1_second_nationality'),
    a2_residence: text('a2_residence').notNull(),
    a3_country: text('a3_country').notNull(),
    a3_admin1: text('a3_admin1').notNull(),
    a3_admin2: text('a3_admin2').notNull(),
    a3_community: text('a3_community'),
    a4_is_migrant: text('a4_is_migrant').notNull(),
    a5_age_range: text('a5_age_range').notNull(),
    a6_gender: text('a6_gender').notNull(),
    a6_gender_other: text('a6_gender_other'),
    a7_civil_status: text('a7_civil_status').notNull(),
    a8_school_level: text('a8_school_level').notNull(),
    a9_occupation: text('a9_occupation').notNull(),
    a9_occupation_area: text('a9_occupation_area'),
    a9_occupation_area_other: text('a9_occupation_area_other'),
    a9_labour_formality: text('a9_labour_formality'),
    a10_service_1: text('a10_service_1').notNull(),
    a10_service_other_1: text('a10_service_other_1'),
    a11_action_1: text('a11_action_1'),
    a11_action_other_1: text('a11_action_other_1'),
    a11_referral_org_1: text('a11_referral_org_1'),
    a10_service_2: text('a10_service_2'),
    a10_service_other_2: text('a10_service_other_2'),
    a11_action_2: text('a11_action_2'),
    a11_action_other_2: text('a11_action_other_2'),
    a11_referral_org_2: text('a11_referral_org_2'),
    a10_service_3: text('a10_service_3'),
    a10_service_other_3: text('a10_service_other_3'),
    a11_action_3: text('a11_action_3'),
    a11_action_other_3: text('a11_action_other_3'),
    a11_referral_org_3: text('a11_referral_org_3'),
    a14_vulnerability: text('a14_vulnerability').notNull(),
    a14_vulnerability_types: text('a14_vulnerability_types').array().notNull().default([]),
    a14_vulnerability_other: text('a14_vulnerability_other'),
    // Derived (FORM.md §8.1, §8.3, §8.4), stored for GROUP BY.
    attentionRoute: text('attention_route').notNull(),
    isMinor: boolean('is_minor'),
    lifeStage: text('life_stage'),
    genderGroup: text('gender_group'),
    residenceGroup: text('residence_group'),
    servicesCount: smallint('services_count').notNull().default(1),
    referred: boolean('referred').notNull().default(false),
    hasTrafficking: boolean('has_trafficking').notNull().default(false),
    hasRefugee: boolean('has_refugee').notNull().default(false),
    hasMigrantAtRisk: boolean('has_migrant_at_risk').notNull().default(false),
    hasChildAtRisk: boolean('has_child_at_risk').notNull().default(false),
    hasOtherVulnerability: boolean('has_other_vulnerability').notNull().default(false),
    ...recordMetaColumns(),
  },
  (t) => [
    index('cases_hub_month_idx').on(t.hub, t.month),
    index('cases_month_idx').on(t.month),
    index('cases_date_idx').on(t.date),
    // A hub's list, newest first (records/list.ts): the first page without sorting the hub.
    index('cases_hub_recent_idx').on(t.hub, t.date, t.createdAt, t.id),
    index('cases_validation_idx').on(t.validationStatus),
    index('cases_source_uuid_idx').on(t.sourceUuid),
    // No GIN pending list: an import looks up every batch's uuids inside its own transaction, and
    // scanning a pending list of up to 4 MB cost ~0.3 s a batch (quadratic imports).
    index('cases_source_seen_idx').using('gin', t.sourceUuidsSeen).with({ fastupdate: false }),
    index('cases_source_id_idx').on(t.sourceId, t.sourceFormId),
    index('cases_source_root_idx').on(t.sourceRootUuid),
  ],
);

/** One row per filled service slot (FORM.md §3.1 A.10/A.11). */
export const caseServices = pgTable(
  'case_services',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    slot: smallint('slot').notNull(),
    service: text('service').notNull(),
    action: text('action'),
    referralOrg: text('referral_org'),
    referred: boolean('referred').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.slot] }),
    index('case_services_service_idx').on(t.service),
    index('case_services_action_idx').on(t.action),
  ],
);

/** One row per selected vulnerability type with its Annex 1 profile (FORM.md §5.17). */
export const caseVulnerabilityTypes = pgTable(
  'case_vulnerability_types',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    profile: text('profile').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.type] }), index('case_vuln_type_idx').on(t.type)],
);

/** One row per rolled-up profile (FORM.md §8.4). */
export const caseProfiles = pgTable(
  'case_profiles',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    profile: text('profile').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.profile] }),
    index('case_profiles_profile_idx').on(t.profile),
  ],
);

/** One row per observation code (FORM.md §5.6). */
export const caseObservations = pgTable(
  'case_observations',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    observation: text('observation').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.observation] }),
    index('case_obs_idx').on(t.observation),
  ],
);
