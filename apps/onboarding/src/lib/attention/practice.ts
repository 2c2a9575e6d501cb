import {
  chooseAttentionRoute,
  concludeProfiles,
  indicatorsByCode,
  isInterviewStopped,
  matchReferralConditions,
  observationChecklist,
  suggestVulnerabilityTypes,
  type ProfileCode,
  type ReferralFacts,
  type RouteCode,
} from '@ventanilla/domain/attention/index';
import type { Localized } from '@ventanilla/domain/i18n';
import type { PracticeCase } from './cases.ts';

export type Verdict = 'correct' | 'missed' | 'extra' | 'acceptable';

export type ChoiceFeedback = { code: string; verdict: Verdict; note: Localized | null };

/** The trainee's answers, read from the query string of the practice form (GET). */
export type PracticeAnswers = {
  /** Last stage submitted: 0 nothing yet, 1 observation, 2 steps 1–2, 3 Annex 1, 4 follow-up. */
  stage: 0 | 1 | 2 | 3 | 4;
  observation: string[];
  urgent: 'yes' | 'no' | null;
  danger: 'yes' | 'no' | null;
  indicators: string[];
};

const observationCodes = new Set<string>(observationChecklist.options.map((o) => o.code));
const yesNo = (v: string | null) => (v === 'yes' || v === 'no' ? v : null);

export function readAnswers(params: URLSearchParams): PracticeAnswers {
  const stageNumber = Number(params.get('stage') ?? 0);
  const stage = (
    stageNumber >= 1 && stageNumber <= 4 ? stageNumber : 0
  ) as PracticeAnswers['stage'];
  return {
    stage,
    observation: [...new Set(params.getAll('o'))].filter((c) => observationCodes.has(c)),
    urgent: yesNo(params.get('u')),
    danger: yesNo(params.get('d')),
    indicators: [...new Set(params.getAll('i'))].filter((c) => indicatorsByCode.has(c)),
  };
}

/** Feedback on every ticked or expected code against the model answer. */
function gradeChoices({
  chosen,
  expected,
  acceptable = {},
  notSeen,
}: {
  chosen: readonly string[];
  expected: Partial<Record<string, Localized>>;
  acceptable?: Partial<Record<string, Localized>>;
  notSeen: Localized | null;
}): ChoiceFeedback[] {
  const codes = new Set([...chosen, ...Object.keys(expected)]);
  return [...codes].map((code) => {
    if (code in expected)
      return {
        code,
        verdict: chosen.includes(code) ? 'correct' : 'missed',
        note: expected[code] ?? null,
      };
    if (code in acceptable) return { code, verdict: 'acceptable', note: acceptable[code] ?? null };
    return { code, verdict: 'extra', note: notSeen };
  });
}

export type RouteReason =
  { kind: 'condition'; code: string } | { kind: 'minor' } | { kind: 'none' };

export type PracticeResult = {
  answers: PracticeAnswers;
  observationFeedback: ChoiceFeedback[] | null;
  /** Route from the trainee's ticks (null when nothing was ticked). */
  chosenRoute: RouteCode | null;
  reasons: RouteReason[];
  /** The case's right route; the case goes on along it. */
  modelRoute: RouteCode;
  /** Steps 1–2, once answered. */
  steps: {
    urgentRight: boolean;
    dangerRight: boolean;
    stopped: boolean;
    stopExpected: boolean;
  } | null;
  indicatorFeedback: ChoiceFeedback[] | null;
  profiles: ProfileCode[];
  vulnerabilityTypes: string[];
  /** Referral conditions (codes) from the trainee's answers and from the model answers. */
  referral: { chosen: string[]; model: string[] } | null;
  /** Facts for `suggestReferrals` from the trainee's answers. */
  facts: ReferralFacts | null;
  /** The same facts from the model answers. */
  modelFacts: ReferralFacts;
};

const modelFacts = (c: PracticeCase): ReferralFacts => ({
  observation: c.observation,
  vulnerabilityTypes: suggestVulnerabilityTypes({ indicators: Object.keys(c.indicators ?? {}) }),
  ageRange: c.ageRange,
  urgentNeeds: c.steps?.urgent ?? null,
  imminentDanger: c.steps?.danger ?? null,
});

/** Grades a practice case from the trainee's answers; pure, stores nothing. */
export function gradePractice({
  practiceCase: c,
  answers,
}: {
  practiceCase: PracticeCase;
  answers: PracticeAnswers;
}): PracticeResult {
  const modelRoute = chooseAttentionRoute({
    observation: c.observation,
    ageRange: c.ageRange,
  })!.code;
  const result: PracticeResult = {
    answers,
    observationFeedback: null,
    chosenRoute: null,
    reasons: [],
    modelRoute,
    steps: null,
    indicatorFeedback: null,
    profiles: [],
    vulnerabilityTypes: [],
    referral: null,
    facts: null,
    modelFacts: modelFacts(c),
  };
  if (answers.stage < 1) return result;

  const ticked = answers.observation;
  result.observationFeedback = gradeChoices({
    chosen: ticked,
    expected: c.observationNotes,
    ...(c.acceptable ? { acceptable: c.acceptable } : {}),
    notSeen: null,
  });
  result.chosenRoute =
    chooseAttentionRoute({ observation: ticked, ageRange: c.ageRange })?.code ?? null;
  const conditions = ticked.filter((code) => code !== 'none');
  result.reasons = conditions.map((code) => ({ kind: 'condition', code }));
  const minor = chooseAttentionRoute({ observation: [], ageRange: c.ageRange }) !== null;
  if (minor) result.reasons.push({ kind: 'minor' });
  if (result.chosenRoute === 'two_step') result.reasons = [{ kind: 'none' }];

  const modelConditions = matchReferralConditions(result.modelFacts).map((r) => r.code);

  if (modelRoute === 'two_step') {
    result.referral = { chosen: [], model: [] };
    return result;
  }
  if (answers.stage < 2 || !answers.urgent || !answers.danger || !c.steps) return result;

  const stopped = isInterviewStopped({
    urgentNeeds: answers.urgent,
    imminentDanger: answers.danger,
  });
  const stopExpected = isInterviewStopped({
    urgentNeeds: c.steps.urgent,
    imminentDanger: c.steps.danger,
  });
  result.steps = {
    urgentRight: answers.urgent === c.steps.urgent,
    dangerRight: answers.danger === c.steps.danger,
    stopped,
    stopExpected,
  };

  const facts = (indicators: string[]): ReferralFacts => ({
    observation: ticked,
    vulnerabilityTypes: suggestVulnerabilityTypes({ indicators }),
    ageRange: c.ageRange,
    urgentNeeds: answers.urgent,
    imminentDanger: answers.danger,
  });

  if (stopped || stopExpected) {
    result.facts = facts([]);
    result.referral = {
      chosen: matchReferralConditions(result.facts).map((r) => r.code),
      model: modelConditions,
    };
    return result;
  }
  if (answers.stage < 3) return result;

  result.indicatorFeedback = gradeChoices({
    chosen: answers.indicators,
    expected: c.indicators ?? {},
    notSeen: null,
  });
  result.profiles = concludeProfiles({ indicators: answers.indicators });
  result.vulnerabilityTypes = suggestVulnerabilityTypes({ indicators: answers.indicators });
  result.facts = facts(answers.indicators);
  result.referral = {
    chosen: matchReferralConditions(result.facts).map((r) => r.code),
    model: modelConditions,
  };
  return result;
}
