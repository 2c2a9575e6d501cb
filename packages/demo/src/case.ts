import {
  OBSERVATIONS,
  VULNERABILITY_TYPES,
  isReferral,
  type Action,
  type AgeRange,
  type Gender,
  type Observation,
  type Residence,
  type Service,
  type VulnerabilityType,
  type YesNo,
} from './codes.ts';
import { referralKey, type HubContext } from './hub-context.ts';
import { fakeCommunity, fakeName } from './names.ts';
import {
  AGES_RESIDENT,
  AGES_TRANSIT,
  OTHER_GENDER_TEXTS,
  pickCivilStatus,
  pickGender,
  pickOccupation,
  pickSchoolLevel,
  pickWork,
} from './person.ts';
import type { Rng } from './prng.ts';
import type { Scenario, SlotPlan } from './scenarios.ts';
import { OTHER_NATIONALITY_TEXTS, SECOND_NATIONALITIES } from './second-nationality.ts';
import { OTHER_ACTION_TEXTS, OTHER_SERVICE_TEXTS, type Audience } from './services.ts';
import type { DemoCaseRecord, DemoMeta } from './types.ts';
import { pickWeighted } from './weighted.ts';

const OBS_ORDER = new Map<string, number>(OBSERVATIONS.map((c, i) => [c, i]));
const TYPE_ORDER = new Map<string, number>(VULNERABILITY_TYPES.map((c, i) => [c, i]));

function sortedUnique<T extends string>(codes: T[], order: Map<string, number>): T[] {
  if (codes.length < 2) return codes.slice();
  return [...new Set(codes)].sort((a, b) => order.get(a)! - order.get(b)!);
}

interface Slot {
  service: Service;
  serviceOther: string | null;
  action: Action;
  actionOther: string | null;
  org: string | null;
}

/** Resolves a planned slot against the hub: usual action if none, organization for referrals. */
function resolveSlot(rng: Rng, ctx: HubContext, plan: SlotPlan): Slot {
  let action = plan.action ?? pickWeighted(rng, ctx.actions[plan.service]);
  let orgs = isReferral(action)
    ? ctx.referralOrgs.get(referralKey(plan.service, action))
    : undefined;
  if (isReferral(action) && !orgs) {
    action = pickWeighted(rng, ctx.actions[plan.service]);
    orgs = isReferral(action) ? ctx.referralOrgs.get(referralKey(plan.service, action)) : undefined;
  }
  return {
    service: plan.service,
    serviceOther: plan.service === 'other' ? rng.pick(OTHER_SERVICE_TEXTS) : null,
    action,
    actionOther: action === 'other' ? rng.pick(OTHER_ACTION_TEXTS) : null,
    org: orgs ? rng.pick(orgs) : null,
  };
}

/** Adds usual services for the audience until `count` distinct services are planned. */
function fillSlots(
  rng: Rng,
  ctx: HubContext,
  audience: Audience,
  plans: SlotPlan[],
  count: number,
): SlotPlan[] {
  const out = plans.slice(0, 3);
  for (let tries = 0; out.length < count && tries < 12; tries++) {
    const service = pickWeighted(rng, ctx.services[audience]);
    if (!out.some((p) => p.service === service)) out.push({ service, action: null });
  }
  return out;
}

function slotCount(rng: Rng): number {
  const r = rng.next();
  return r < 0.55 ? 1 : r < 0.9 ? 2 : 3;
}

/** Builds one canonical case record at the hub of `ctx` on `date`. */
export function makeCase(
  rng: Rng,
  ctx: HubContext,
  date: string,
  meta: DemoMeta,
): DemoCaseRecord & { _meta: DemoMeta } {
  const { spec } = ctx;
  const scenario: Scenario | null = rng.chance(ctx.vulnerableShare)
    ? pickWeighted(rng, ctx.scenarios)
    : null;

  // Nationality and migration situation.
  let nationality: string;
  if (scenario?.nationalities) nationality = pickWeighted(rng, scenario.nationalities);
  else if (scenario?.foreign || scenario?.inTransit)
    nationality = pickWeighted(rng, ctx.foreignNationalities);
  else nationality = pickWeighted(rng, ctx.nationalities);
  if (nationality === spec.country && (scenario?.foreign || scenario?.inTransit)) {
    nationality = pickWeighted(rng, ctx.foreignNationalities);
  }
  const national = nationality === spec.country;
  let residence: Residence;
  if (national) residence = rng.chance(spec.returned) ? 'returned' : 'resident';
  else if (scenario?.inTransit) residence = 'in_transit';
  else residence = rng.chance(spec.transit) ? 'in_transit' : 'resident';
  const isMigrant: YesNo =
    residence === 'resident' && (national ? rng.chance(0.9) : rng.chance(0.02)) ? 'no' : 'yes';
  const audience: Audience = national
    ? residence === 'returned'
      ? 'returnee'
      : 'national_resident'
    : residence === 'in_transit'
      ? 'in_transit'
      : 'foreign_resident';

  const secondOptions = SECOND_NATIONALITIES[nationality];
  const second = secondOptions && rng.chance(0.025) ? rng.pick(secondOptions) : null;

  // Person.
  const age: AgeRange = pickWeighted(
    rng,
    scenario?.ages ?? (residence === 'in_transit' ? AGES_TRANSIT : AGES_RESIDENT),
  );
  const gender: Gender = scenario?.genders
    ? pickWeighted(rng, scenario.genders)
    : pickGender(rng, age);
  const occupation = pickOccupation(rng, age, gender);
  const work =
    occupation === 'work' || occupation === 'study_and_work'
      ? pickWork(rng, spec.country, residence)
      : null;

  // Observation, vulnerability and services.
  const outcome = scenario?.build(rng, { age, gender, residence });
  let observation: Observation[];
  let types: VulnerabilityType[] = [];
  let plans: SlotPlan[] = [];
  if (outcome) {
    observation = outcome.observation;
    const womanLike = gender === 'woman' || gender === 'trans_woman';
    const seen = observation.length > 0 && !observation.includes('none');
    if (womanLike && seen && !national && rng.chance(0.5))
      observation = [...observation, 'woman_at_risk'];
    types = sortedUnique(outcome.types, TYPE_ORDER);
    plans = outcome.slots;
  } else {
    observation = rng.chance(0.86) ? ['none'] : [];
  }
  const count = Math.max(plans.length, slotCount(rng));
  const slots = fillSlots(rng, ctx, audience, plans, Math.min(3, count)).map((p) =>
    resolveSlot(rng, ctx, p),
  );
  const [s1, s2, s3] = slots as [Slot, Slot?, Slot?];

  // Consent, name and place.
  const consent: YesNo = rng.chance(0.93) ? 'yes' : 'no';
  const named = consent === 'yes' && rng.chance(0.3);
  const withCommunity = consent === 'yes' && rng.chance(residence === 'in_transit' ? 0.08 : 0.22);
  const [admin1, admin2] = pickWeighted(rng, ctx.places);
  const hubType = spec.type === 'mobile' || rng.chance(0.08) ? 'mobile' : 'permanent';

  return {
    record_type: 'case',
    date,
    hub: spec.code,
    hub_other: null,
    hub_type: hubType,
    officer_id: pickWeighted(rng, ctx.officers),
    consent,
    observation: sortedUnique(observation, OBS_ORDER),
    a0_name: named
      ? fakeName(rng, nationality, gender === 'woman' || gender === 'trans_woman')
      : null,
    a1_nationality: nationality,
    a1_nationality_other: nationality === 'other' ? rng.pick(OTHER_NATIONALITY_TEXTS) : null,
    a1_second_nationality: second,
    a2_residence: residence,
    a3_country: spec.country,
    a3_admin1: admin1,
    a3_admin2: admin2,
    a3_community: withCommunity ? fakeCommunity(rng, spec.country) : null,
    a4_is_migrant: isMigrant,
    a5_age_range: age,
    a6_gender: gender,
    a6_gender_other: gender === 'other' ? rng.pick(OTHER_GENDER_TEXTS) : null,
    a7_civil_status: pickCivilStatus(rng, age),
    a8_school_level: pickSchoolLevel(rng, age, nationality),
    a9_occupation: occupation,
    a9_occupation_area: work?.area ?? null,
    a9_occupation_area_other: work?.areaOther ?? null,
    a9_labour_formality: work?.formality ?? null,
    a10_service_1: s1.service,
    a10_service_other_1: s1.serviceOther,
    a11_action_1: s1.action,
    a11_action_other_1: s1.actionOther,
    a11_referral_org_1: s1.org,
    a10_service_2: s2?.service ?? null,
    a10_service_other_2: s2?.serviceOther ?? null,
    a11_action_2: s2?.action ?? null,
    a11_action_other_2: s2?.actionOther ?? null,
    a11_referral_org_2: s2?.org ?? null,
    a10_service_3: s3?.service ?? null,
    a10_service_other_3: s3?.serviceOther ?? null,
    a11_action_3: s3?.action ?? null,
    a11_action_other_3: s3?.actionOther ?? null,
    a11_referral_org_3: s3?.org ?? null,
    a14_vulnerability: outcome ? 'yes' : 'no',
    a14_vulnerability_types: types,
    a14_vulnerability_other: outcome?.other ?? null,
    _meta: meta,
  };
}
