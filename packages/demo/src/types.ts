import type { DemoCasework } from './casework/index.ts';
import type {
  Action,
  ActivityTopic,
  ActivityType,
  AgeRange,
  AvgAgeBand,
  CivilStatus,
  Gender,
  HubType,
  LabourFormality,
  Observation,
  Occupation,
  OccupationArea,
  PeopleReachedBand,
  ProgrammeCountry,
  Residence,
  SchoolLevel,
  Service,
  VulnerabilityType,
  YesNo,
} from './codes.ts';

/** Options of `generateDemo`, `iterateCases` and `iterateActivities`. */
export interface DemoOptions {
  /** PRNG seed (default 1). */
  seed?: number;
  /** Number of case records (default 20 000). */
  cases?: number;
  /** Number of months covered, ending with `endMonth` (default 24). */
  months?: number;
  /** Last month covered, `YYYY-MM` (default: the month before `today`). */
  endMonth?: string;
  /** Number of hubs (default: all named hubs, 14). Above that, plausible extra hubs are added. */
  hubs?: number;
  /** Activity records (default: about one per 20 cases). */
  activities?: number;
  /** Today's date `YYYY-MM-DD` (default: the current UTC date). No record is dated after it. */
  today?: string;
  /**
   * Adds issue 16's casework (referrals, sources, person codes, MCAs, feedback) drawn from the
   * cases. Off by default so the small seeds the test suites assert on stay as they are; the full
   * demo (`ventanilla seed --demo`, first start) turns it on.
   */
  casework?: boolean;
}

/** A hub of the registry (FORM.md §5.2) with the place fields the app shows. */
export interface DemoHub {
  code: string;
  /** Spanish name, as the hub calls itself. */
  name: string;
  nameEn: string;
  country: ProgrammeCountry;
  admin1: string;
  admin2: string;
  type: HubType;
  active: boolean;
  /** Officer-ID prefix, e.g. `CR-UPA`. */
  officerPrefix: string;
  /** Officer IDs that register records at this hub. */
  officerIds: string[];
}

export type Role = 'hub_officer' | 'coordinator' | 'reviewer' | 'admin';

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  /** Hub codes, or `'all'`. */
  hubs: string[] | 'all';
  password: string;
  /** Officer ID for hub officers (`CR-UPA-02`), else null. */
  officerId: string | null;
  /**
   * Days before the seed's `today` this person started (their account's creation date, from
   * which training steps fall due); staggered so a demo team has people ahead and behind.
   * Absent for reviewers and admins, who follow no track.
   */
  startedDaysAgo?: number;
}

export type DirectorySector =
  | 'child_protection'
  | 'refugee_status'
  | 'anti_trafficking'
  | 'emergency_protection'
  | 'migration_authority'
  | 'health'
  | 'shelter'
  | 'employment'
  | 'humanitarian'
  | 'legal'
  | 'psychosocial'
  | 'education'
  | 'women'
  | 'lgbti';

export type DirectoryCondition =
  | 'children'
  | 'refugee_claims'
  | 'trafficking_victims'
  | 'violence_victims'
  | 'women'
  | 'lgbti'
  | 'health_emergencies'
  | 'disability'
  | 'older_adults'
  | 'families'
  | 'workers'
  | 'returnees'
  | 'any_migrant';

/** An entry of a hub's local directory (handbook §6.5, "Design of a local directory"). */
export interface DirectoryEntry {
  id: string;
  hub: string;
  organization: string;
  sector: DirectorySector;
  level: 'local' | 'state' | 'national' | 'international';
  address: string;
  openingHours: string;
  phone: string;
  email: string;
  /** Description of the services offered (Spanish). */
  services: string;
  conditions: DirectoryCondition[];
  emergency: boolean;
}

/** Generator extras, kept apart from the canonical record (KoBo metadata names, FORM.md §7.3). */
export interface DemoMeta {
  _uuid: string;
  _id: number;
  /** UTC, no offset, as in KoBo exports. */
  _submission_time: string;
  /** Normalized validation status (FORM.md §7.3). */
  _validation_status: 'approved' | 'not_approved' | 'on_hold' | 'none';
}

interface RegistrationFields {
  date: string;
  hub: string;
  hub_other: string | null;
  hub_type: HubType;
  officer_id: string;
}

/** Canonical case record (FORM.md §3.6): every field present, null when empty. */
export interface DemoCaseRecord extends RegistrationFields {
  record_type: 'case';
  consent: YesNo;
  observation: Observation[];
  a0_name: string | null;
  a1_nationality: string;
  a1_nationality_other: string | null;
  a1_second_nationality: string | null;
  a2_residence: Residence;
  a3_country: string;
  a3_admin1: string;
  a3_admin2: string;
  a3_community: string | null;
  a4_is_migrant: YesNo;
  a5_age_range: AgeRange;
  a6_gender: Gender;
  a6_gender_other: string | null;
  a7_civil_status: CivilStatus;
  a8_school_level: SchoolLevel;
  a9_occupation: Occupation;
  a9_occupation_area: OccupationArea | null;
  a9_occupation_area_other: string | null;
  a9_labour_formality: LabourFormality | null;
  a10_service_1: Service;
  a10_service_other_1: string | null;
  a11_action_1: Action;
  a11_action_other_1: string | null;
  a11_referral_org_1: string | null;
  a10_service_2: Service | null;
  a10_service_other_2: string | null;
  a11_action_2: Action | null;
  a11_action_other_2: string | null;
  a11_referral_org_2: string | null;
  a10_service_3: Service | null;
  a10_service_other_3: string | null;
  a11_action_3: Action | null;
  a11_action_other_3: string | null;
  a11_referral_org_3: string | null;
  a14_vulnerability: YesNo;
  a14_vulnerability_types: VulnerabilityType[];
  a14_vulnerability_other: string | null;
}

/** Canonical activity record (FORM.md §4.3). */
export interface DemoActivityRecord extends RegistrationFields {
  record_type: 'activity';
  b1_country: string;
  b1_admin1: string;
  b1_admin2: string;
  b1_community: string | null;
  b2_activity_type: ActivityType;
  b2_topics: ActivityTopic[];
  b2_other: string | null;
  b2_scored_above_70: number | null;
  b3_summary: string;
  b4_people_reached: PeopleReachedBand;
  b5_pct_female: number;
  b6_avg_age: AvgAgeBand;
  b7_pct_under_18: number;
  b8_unmet_needs: YesNo;
  b8_unmet_needs_text: string | null;
  b9_follow_up: string | null;
}

/** A generated case: the canonical record plus `_meta`. Use `toRecord()` to drop `_meta`. */
export type DemoCase = DemoCaseRecord & { _meta: DemoMeta };
export type DemoActivity = DemoActivityRecord & { _meta: DemoMeta };

export interface DemoData {
  hubs: DemoHub[];
  users: DemoUser[];
  cases: DemoCase[];
  activities: DemoActivity[];
  directory: DirectoryEntry[];
  /** Only with the `casework` option. */
  casework?: DemoCasework;
}
