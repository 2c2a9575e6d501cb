/**
 * fast-check arbitraries for VALID canonical records: every record they generate passes
 * `validateRecord` with no errors (warnings may appear). Reusable by other packages:
 * `import { arbitraryCaseRecord } from '@ventanilla/domain/form/testing/arbitraries'`.
 */
import fc from 'fast-check';
import { actionList } from '../options/action.ts';
import { activityTopicList } from '../options/activity-topic.ts';
import { activityTypeList } from '../options/activity-type.ts';
import { ageRangeList } from '../options/age-range.ts';
import { avgAgeBandList } from '../options/avg-age-band.ts';
import { civilStatusList } from '../options/civil-status.ts';
import { countryList, nationalityList } from '../options/country.ts';
import { genderList } from '../options/gender.ts';
import { hubTypeList } from '../options/hub-type.ts';
import { labourFormalityList } from '../options/labour-formality.ts';
import { observationList } from '../options/observation.ts';
import { occupationAreaList } from '../options/occupation-area.ts';
import { occupationList } from '../options/occupation.ts';
import type { Option, OptionList } from '../options/option.ts';
import { peopleReachedBandList } from '../options/people-reached-band.ts';
import { residenceList } from '../options/residence.ts';
import { schoolLevelList } from '../options/school-level.ts';
import { serviceList } from '../options/service.ts';
import { vulnerabilityTypeList } from '../options/vulnerability-type.ts';
import { yesNoList } from '../options/yes-no.ts';
import type { ActivityRecord, CaseRecord, HubsRecord, RegistrationFields } from '../record.ts';

/** Hub codes used by the arbitraries, with their countries. */
export const sampleHubs = [
  { code: 'cri_upala', country: 'CRI' },
  { code: 'cri_los_chiles', country: 'CRI' },
  { code: 'mex_tijuana', country: 'MEX' },
  { code: 'gtm_tecun_uman', country: 'GTM' },
  { code: 'pan_darien', country: 'PAN' },
] as const;

const codes = (list: OptionList<Option>) => list.options.map((option) => option.code);
const pick = (list: OptionList<Option>) => fc.constantFrom(...codes(list));

const word = '[A-Za-z0-9ÁÉÍÓÚÑáéíóúñü][A-Za-z0-9ÁÉÍÓÚÑáéíóúñü.,-]{0,11}';
const textPattern = new RegExp(`^${word}( ${word}){0,4}$`);

/** Normalized free text (trimmed, NFC, single spaces), at most `maxLength` characters. */
export function arbitraryText({ maxLength = 100 }: { maxLength?: number } = {}) {
  return fc.stringMatching(textPattern).filter((text) => [...text].length <= maxLength);
}

const optionalText = (maxLength = 100) => fc.option(arbitraryText({ maxLength }), { nil: null });

/** A date from 2015-01-01 to `today` (YYYY-MM-DD). */
export function arbitraryDate({ today }: { today: string }) {
  const start = Date.UTC(2015, 0, 1);
  const days = Math.floor((Date.parse(`${today}T00:00:00Z`) - start) / 86_400_000);
  return fc
    .integer({ min: 0, max: Math.max(0, days) })
    .map((day) => new Date(start + day * 86_400_000).toISOString().slice(0, 10));
}

function arbitraryRegistration(today: string) {
  return fc
    .record({
      date: arbitraryDate({ today }),
      hub: fc.oneof(
        { weight: 9, arbitrary: fc.constantFrom(...sampleHubs.map((hub) => hub.code)) },
        { weight: 1, arbitrary: fc.constant('other') },
      ),
      hub_other: arbitraryText({ maxLength: 150 }),
      hub_type: pick(hubTypeList),
      officer_id: fc.stringMatching(/^[A-Z0-9][A-Z0-9._-]{0,15}$/),
    })
    .map((r): Omit<RegistrationFields, 'record_type'> => ({
      ...r,
      hub_other: r.hub === 'other' ? r.hub_other : null,
    }));
}

/** The hub country to validate a generated record with (undefined for `other`). */
export function getSampleHubCountry({ hub }: { hub: string | null }): string | undefined {
  return sampleHubs.find((h) => h.code === hub)?.country;
}

type SlotValues = {
  service: string;
  serviceOther: string | null;
  action: string;
  actionOther: string | null;
  referralOrg: string | null;
};

/**
 * FORM.md §5.16: an action needs a referral organization exactly when its code starts with
 * `referred_`. Written from the specification, not with the code under test.
 */
const needsReferralOrg = (code: string) => code.startsWith('referred_');

const arbitrarySlot: fc.Arbitrary<SlotValues> = fc
  .record({
    service: pick(serviceList),
    action: pick(actionList),
    serviceOther: arbitraryText(),
    actionOther: arbitraryText(),
    referralOrg: arbitraryText({ maxLength: 150 }),
  })
  .map((s) => ({
    service: s.service,
    serviceOther: s.service === 'other' ? s.serviceOther : null,
    action: s.action,
    actionOther: s.action === 'other' ? s.actionOther : null,
    referralOrg: needsReferralOrg(s.action) ? s.referralOrg : null,
  }));

const isPlain = (s: SlotValues) =>
  s.service !== 'other' && s.action !== 'other' && !needsReferralOrg(s.action);

/** 1 to 3 filled service slots with no repeated plain slot (R26). */
export const arbitrarySlots = fc
  .array(arbitrarySlot, { minLength: 1, maxLength: 3 })
  .filter((slots) =>
    slots.every(
      (s, n) =>
        !isPlain(s) ||
        slots.slice(0, n).every((m) => m.service !== s.service || m.action !== s.action),
    ),
  );

const nonNoneObservations = codes(observationList).filter((code) => code !== 'none');
const countryCodes = codes(countryList);
const workCodes = ['work', 'study_and_work'];

/** A valid case record (no errors; warnings possible). */
export function arbitraryCaseRecord({ today = '2025-06-30' }: { today?: string } = {}) {
  return fc
    .record({
      registration: arbitraryRegistration(today),
      consent: pick(yesNoList),
      observation: fc.oneof(
        fc.constant<string[]>([]),
        fc.constant(['none']),
        fc.subarray(nonNoneObservations, { minLength: 1 }),
      ),
      name: optionalText(),
      nationality: pick(nationalityList),
      nationalityOther: arbitraryText(),
      second: fc.option(fc.constantFrom(...countryCodes), { nil: null }),
      residence: pick(residenceList),
      country: fc.constantFrom(...countryCodes),
      admin1: arbitraryText(),
      admin2: arbitraryText(),
      community: optionalText(),
      migrant: fc.constantFrom('yes', 'no'),
      age: pick(ageRangeList),
      gender: pick(genderList),
      genderOther: arbitraryText(),
      civil: pick(civilStatusList),
      school: pick(schoolLevelList),
      occupation: pick(occupationList),
      area: pick(occupationAreaList),
      areaOther: arbitraryText(),
      formality: pick(labourFormalityList),
      slots: arbitrarySlots,
      vulnerability: fc.constantFrom('yes', 'no'),
      types: fc.subarray(codes(vulnerabilityTypeList), { minLength: 1 }),
      typesOther: arbitraryText(),
    })
    .map((r): CaseRecord => {
      const working = workCodes.includes(r.occupation);
      const slot = (n: 0 | 1 | 2) => r.slots[n];
      const slotFields = (n: 1 | 2 | 3) => {
        const s = slot((n - 1) as 0 | 1 | 2);
        return {
          [`a10_service_${n}`]: s?.service ?? null,
          [`a10_service_other_${n}`]: s?.serviceOther ?? null,
          [`a11_action_${n}`]: s?.action ?? null,
          [`a11_action_other_${n}`]: s?.actionOther ?? null,
          [`a11_referral_org_${n}`]: s?.referralOrg ?? null,
        };
      };
      const vulnerable = r.vulnerability === 'yes';
      return {
        record_type: 'case',
        ...r.registration,
        consent: r.consent,
        observation: r.observation,
        a0_name: r.consent === 'yes' ? r.name : null,
        a1_nationality: r.nationality,
        a1_nationality_other: r.nationality === 'other' ? r.nationalityOther : null,
        a1_second_nationality:
          r.nationality === 'stateless' || r.second === r.nationality ? null : r.second,
        a2_residence: r.residence,
        a3_country: r.country,
        a3_admin1: r.admin1,
        a3_admin2: r.admin2,
        a3_community: r.consent === 'yes' ? r.community : null,
        a4_is_migrant: r.migrant,
        a5_age_range: r.age,
        a6_gender: r.gender,
        a6_gender_other: r.gender === 'other' ? r.genderOther : null,
        a7_civil_status: r.civil,
        a8_school_level: r.school,
        a9_occupation: r.occupation,
        a9_occupation_area: working ? r.area : null,
        a9_occupation_area_other: working && r.area === 'other' ? r.areaOther : null,
        a9_labour_formality: working ? r.formality : null,
        ...slotFields(1),
        ...slotFields(2),
        ...slotFields(3),
        a14_vulnerability: r.vulnerability,
        a14_vulnerability_types: vulnerable ? r.types : [],
        a14_vulnerability_other: vulnerable && r.types.includes('other') ? r.typesOther : null,
      } as CaseRecord;
    });
}

const percentages = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100];

/** A valid activity record (no errors; warnings possible). */
export function arbitraryActivityRecord({ today = '2025-06-30' }: { today?: string } = {}) {
  return fc
    .record({
      registration: arbitraryRegistration(today),
      country: fc.constantFrom(...countryCodes),
      admin1: arbitraryText(),
      admin2: arbitraryText(),
      community: optionalText(),
      type: pick(activityTypeList),
      topics: fc.subarray(codes(activityTopicList), { minLength: 1 }),
      other: arbitraryText({ maxLength: 200 }),
      band: pick(peopleReachedBandList),
      passShare: fc.double({ min: 0, max: 1, noNaN: true }),
      summary: arbitraryText({ maxLength: 1000 }),
      pctFemale: fc.constantFrom(...percentages),
      avgAge: pick(avgAgeBandList),
      pctMinors: fc.constantFrom(...percentages),
      unmet: fc.constantFrom('yes', 'no'),
      unmetText: arbitraryText({ maxLength: 500 }),
      followUp: optionalText(500),
    })
    .map((r): ActivityRecord => {
      const band = peopleReachedBandList.options.find((o) => o.code === r.band);
      const upper = typeof band?.upper === 'number' ? band.upper : 10_000;
      return {
        record_type: 'activity',
        ...r.registration,
        b1_country: r.country,
        b1_admin1: r.admin1,
        b1_admin2: r.admin2,
        b1_community: r.community,
        b2_activity_type: r.type,
        b2_topics: r.topics,
        b2_other: r.type === 'other' || r.topics.includes('other') ? r.other : null,
        b2_scored_above_70: r.type === 'training_workshop' ? Math.floor(r.passShare * upper) : null,
        b3_summary: r.summary,
        b4_people_reached: r.band,
        b5_pct_female: r.pctFemale,
        b6_avg_age: r.avgAge,
        b7_pct_under_18: r.pctMinors,
        b8_unmet_needs: r.unmet,
        b8_unmet_needs_text: r.unmet === 'yes' ? r.unmetText : null,
        b9_follow_up: r.followUp,
      };
    });
}

/** A valid record of either type. */
export function arbitraryHubsRecord({ today = '2025-06-30' }: { today?: string } = {}) {
  return fc.oneof(
    arbitraryCaseRecord({ today }) as fc.Arbitrary<HubsRecord>,
    arbitraryActivityRecord({ today }) as fc.Arbitrary<HubsRecord>,
  );
}
