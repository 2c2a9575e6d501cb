import { describe, expect, it } from 'vitest';
import { actionList } from '../form/options/action.ts';
import { observationList } from '../form/options/observation.ts';
import { profileList } from '../form/options/profile.ts';
import { vulnerabilityTypeList } from '../form/options/vulnerability-type.ts';
import {
  annex1Profiles,
  concludeProfiles,
  listIndicatorsForType,
  suggestVulnerabilityTypes,
} from './annex1.ts';
import { directoryConditionList, directorySectorList } from './directory.ts';
import {
  matchReferralConditions,
  referralConditions,
  sectorsByAction,
  suggestReferrals,
} from './referral.ts';
import {
  chooseAttentionRoute,
  fourStepRoute,
  isInterviewStopped,
  observationChecklist,
  twoStepRoute,
} from './route.ts';

const localizedOk = (t: { en: string; es: string }) => t.en.trim() !== '' && t.es.trim() !== '';

describe('attention routes', () => {
  it('reuses the form’s observation list as the checklist', () => {
    expect(observationChecklist).toBe(observationList);
  });

  it('has the 4 and 2 steps of the handbook, in order, every text in both languages', () => {
    expect(fourStepRoute.steps.map((s) => s.code)).toEqual([
      'urgent_needs',
      'imminent_danger',
      'identification_interview',
      'immediate_referral',
    ]);
    expect(twoStepRoute.steps.map((s) => s.number)).toEqual([1, 2]);
    for (const route of [fourStepRoute, twoStepRoute]) {
      expect(localizedOk(route.title) && localizedOk(route.when)).toBe(true);
      for (const step of route.steps) {
        expect(step.basis).toMatch(/^000:L\d+/);
        expect(step.actions.every(localizedOk)).toBe(true);
        expect(step.questions.every((q) => localizedOk(q.text) && localizedOk(q.guidance))).toBe(
          true,
        );
      }
    }
    expect(fourStepRoute.steps[0]!.questions[0]!.name).toBe('route_urgent_needs');
    expect(fourStepRoute.steps[1]!.questions[0]!.name).toBe('route_imminent_danger');
  });

  it('chooses the route as FORM.md §8.3 does', () => {
    expect(chooseAttentionRoute({ observation: ['lgbti'], ageRange: 'age_25_34' })).toBe(
      fourStepRoute,
    );
    expect(chooseAttentionRoute({ observation: ['none'], ageRange: 'age_25_34' })).toBe(
      twoStepRoute,
    );
    expect(chooseAttentionRoute({ observation: ['none'], ageRange: 'age_12_17' })).toBe(
      fourStepRoute,
    );
    expect(chooseAttentionRoute({ observation: [], ageRange: 'age_6_11' })).toBe(fourStepRoute);
    expect(chooseAttentionRoute({ observation: [] })).toBeNull();
  });

  it('stops the interview on a yes to urgent needs or imminent danger', () => {
    expect(isInterviewStopped({ urgentNeeds: 'no', imminentDanger: 'no' })).toBe(false);
    expect(isInterviewStopped({ urgentNeeds: 'yes', imminentDanger: 'no' })).toBe(true);
    expect(isInterviewStopped({ urgentNeeds: null, imminentDanger: 'yes' })).toBe(true);
    expect(isInterviewStopped({ urgentNeeds: null, imminentDanger: undefined })).toBe(false);
  });
});

describe('Annex 1', () => {
  it('has the four profiles of §5.22 with 12, 3, 9 and 3 indicators', () => {
    expect(annex1Profiles.map((p) => p.code)).toEqual(
      profileList.options.map((o) => o.code).filter((c) => c !== 'none'),
    );
    expect(annex1Profiles.map((p) => p.indicators.length)).toEqual([12, 3, 9, 3]);
  });

  it('maps indicators only to A.14 types of the same parent profile', () => {
    const parent = new Map<string, string>(
      vulnerabilityTypeList.options.map((o) => [o.code, o.parent_profile]),
    );
    for (const profile of annex1Profiles)
      for (const indicator of profile.indicators) {
        expect(localizedOk(indicator.text)).toBe(true);
        for (const type of indicator.vulnerabilityTypes)
          expect(parent.get(type)).toBe(profile.code);
      }
  });

  it('covers every A.14 type whose FORM.md basis cites an Annex 1 indicator', () => {
    const cited = vulnerabilityTypeList.options.filter((o) => /\bP\d\.\d/.test(String(o.basis)));
    expect(cited.length).toBeGreaterThan(20);
    for (const option of cited)
      expect(listIndicatorsForType({ type: option.code }).length).toBeGreaterThan(0);
  });

  it('concludes possibly several profiles and suggests A.14 types', () => {
    expect(concludeProfiles({ indicators: ['P4.1', 'P1.4', 'P1.5'] })).toEqual([
      'trafficking',
      'child_at_risk',
    ]);
    expect(suggestVulnerabilityTypes({ indicators: ['P1.4', 'P1.5', 'P4.1'] })).toEqual([
      'control_threats',
      'unaccompanied_separated_child',
    ]);
    expect(concludeProfiles({ indicators: ['nonsense'] })).toEqual([]);
  });
});

describe('Table 1 referral routing', () => {
  const directory = [
    { organization: 'PANI Upala', sector: 'child_protection', conditions: ['children'] },
    { organization: 'Unidad de Refugio', sector: 'refugee_status', conditions: ['refugee_claims'] },
    { organization: 'Clínica Upala', sector: 'health', conditions: ['health_emergencies'] },
    { organization: 'Albergue Luz', sector: 'shelter', conditions: ['children', 'families'] },
    { organization: 'CATTP', sector: 'anti_trafficking', conditions: ['trafficking_victims'] },
  ];

  it('uses only real sectors, conditions and referred_* actions that require an organization', () => {
    const sectors = new Set(directorySectorList.options.map((o) => o.code));
    const conditions = new Set(directoryConditionList.options.map((o) => o.code));
    const actions = new Map<string, string>(
      actionList.options.map((o) => [o.code, o.requires_referral_org]),
    );
    for (const condition of referralConditions) {
      expect(condition.sectors.every((s) => sectors.has(s))).toBe(true);
      expect(condition.directoryConditions.every((c) => conditions.has(c))).toBe(true);
      for (const action of condition.actions) expect(actions.get(action)).toBe('yes');
    }
    for (const [action, list] of Object.entries(sectorsByAction)) {
      expect(actions.get(action)).toBe('yes');
      expect(list.every((s) => sectors.has(s))).toBe(true);
    }
    expect(referralConditions.filter((c) => c.table1).length).toBe(4);
  });

  it('routes an unaccompanied child to child protection, from the hub’s own directory', () => {
    const [first, ...rest] = suggestReferrals({
      facts: {
        observation: ['unaccompanied_child'],
        vulnerabilityTypes: [],
        ageRange: 'age_12_17',
      },
      directory,
    });
    expect(rest).toEqual([]);
    expect(first!.condition.code).toBe('unaccompanied_child');
    expect(first!.condition.actions).toEqual(['referred_child_protection']);
    // Sector match first, then an organization that takes children.
    expect(first!.entries.map((e) => e.organization)).toEqual(['PANI Upala', 'Albergue Luz']);
  });

  it('routes a refugee child to both authorities and a trafficking sign to the anti-trafficking office', () => {
    const codes = matchReferralConditions({
      observation: ['asylum_seeker', 'possible_trafficking'],
      vulnerabilityTypes: [],
      ageRange: 'age_6_11',
    }).map((c) => c.code);
    expect(codes).toEqual(['refugee_child', 'trafficking', 'refugee']);
  });

  it('says the hub must refer a trafficking case, asking informed consent, not only if the person agrees (R31)', () => {
    const trafficking = referralConditions.find((c) => c.code === 'trafficking')!;
    const texts = [trafficking.referTo, trafficking.note!];
    for (const text of texts) {
      expect(text.en).not.toMatch(/if the person agrees/i);
      expect(text.es).not.toMatch(/si la persona está de acuerdo/i);
    }
    expect(trafficking.referTo.en).toMatch(/must refer/);
    expect(trafficking.referTo.es).toMatch(/debe referir/);
    expect(trafficking.note!.en).toMatch(/informed consent/);
    expect(trafficking.note!.es).toMatch(/consentimiento informado/);
  });

  it('adds urgent referrals from steps 1 and 2, and nothing for the 2-step route', () => {
    expect(
      matchReferralConditions({
        observation: ['emotional_distress'],
        vulnerabilityTypes: [],
        urgentNeeds: 'yes',
        imminentDanger: 'yes',
      }).map((c) => c.code),
    ).toEqual(['imminent_danger', 'urgent_health']);
    expect(matchReferralConditions({ observation: ['none'], vulnerabilityTypes: [] })).toEqual([]);
  });
});
