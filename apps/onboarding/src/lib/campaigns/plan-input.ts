import { graphql, type ResultOf } from '@ventanilla/ui/graphql';
import {
  impactCategories,
  messageTones,
  normalizeCampaignDocument,
  objectiveIndicators,
  swotQuadrantOrder,
  towsStrategies,
  type CampaignDocument,
  type DiagnosisQuestionId,
} from '@ventanilla/domain/strategy/index';

/*
 * The campaign plan as the API's typed GraphQL plan (CampaignPlan, CampaignPlanInput) and back.
 * The page works on the domain's CampaignDocument: lower-case codes, '' for "not chosen". The
 * schema writes enum values in UPPER_CASE and null for "not chosen".
 */

type ItemId = { id?: string | null };

/** The variables of `campaignUpdate(plan: CampaignPlanInput)`. */
export type CampaignPlanInput = {
  diagnosis: Record<DiagnosisQuestionId, string>;
  audiences: (ItemId & { name: string; kind: string; interest: number; power: number })[];
  swot: (ItemId & { quadrant: string; text: string })[];
  objectives: (ItemId & {
    audience: string;
    impactCategory: string | null;
    effect: string;
    indicator: string | null;
    target: number | null;
    measurementNote: string;
    periodStart: string | null;
    periodEnd: string | null;
  })[];
  profile: string;
  messages: (ItemId & { text: string; tone: string | null })[];
  activities: (ItemId & {
    title: string;
    activityType: string | null;
    objectiveId: string | null;
    due: string | null;
    tows: string | null;
    linkedActivityIds: string[];
  })[];
  resources: string;
  budget: string;
  validation: string;
  evaluationMethods: string;
  timeline: string;
  implementation: string;
  finalReport: string;
};

/** The selection that reads `Campaign.plan` whole. */
export const CampaignPlanFields = graphql(`
  fragment CampaignPlanFields on CampaignPlan {
    diagnosis {
      situation
      thinking
      attitudes
      trust
      fears
      channels
      internet
    }
    audiences {
      id
      name
      kind
      interest
      power
    }
    swot {
      id
      quadrant
      text
    }
    objectives {
      id
      audience
      impactCategory
      effect
      indicator
      target
      measurementNote
      periodStart
      periodEnd
    }
    profile
    messages {
      id
      text
      tone
    }
    activities {
      id
      title
      activityType
      objectiveId
      due
      tows
      linkedActivityIds
    }
    resources
    budget
    validation
    evaluationMethods
    timeline
    implementation
    finalReport
  }
`);

/** `Campaign.plan` as the API answers it, inferred from the fragment. */
export type CampaignPlanAnswer = ResultOf<typeof CampaignPlanFields>;

/** `keepSatisfied` → `KEEP_SATISFIED`, `SO` → `SO`: the API's enum names. */
export function toEnumName(code: string): string {
  return code.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** An enum value back to the domain's code among `codes` ('' when it is none of them). */
function fromEnumName(value: string | null | undefined, codes: readonly string[]): string {
  return codes.find((code) => toEnumName(code) === value) ?? '';
}

const codesOf = (list: readonly { code: string }[]) => list.map((c) => c.code);
const codes = {
  kind: ['target', 'welcome'],
  quadrant: swotQuadrantOrder,
  impactCategory: codesOf(impactCategories),
  indicator: codesOf(objectiveIndicators),
  tone: codesOf(messageTones),
  tows: Object.keys(towsStrategies),
} as const;

const enumOrNull = (code: string) => (code ? toEnumName(code) : null);
const orNull = (text: string) => text || null;

/**
 * The page's plan as CampaignPlanInput. The plan is normalised first (as the API will do it
 * again), so every value already has the type the schema asks for: scores 1–10, known codes.
 */
export function toPlanInput({ document }: { document: CampaignDocument }): CampaignPlanInput {
  const doc = normalizeCampaignDocument({ value: document });
  return {
    diagnosis: { ...doc.diagnosis },
    audiences: doc.audiences.map((a) => ({ ...a, kind: toEnumName(a.kind) })),
    swot: doc.swot.map((s) => ({ ...s, quadrant: toEnumName(s.quadrant) })),
    objectives: doc.objectives.map((o) => ({
      ...o,
      impactCategory: enumOrNull(o.impactCategory),
      indicator: enumOrNull(o.indicator),
      periodStart: orNull(o.periodStart),
      periodEnd: orNull(o.periodEnd),
    })),
    profile: doc.profile,
    messages: doc.messages.map((m) => ({ ...m, tone: enumOrNull(m.tone) })),
    activities: doc.activities.map((a) => ({
      ...a,
      activityType: orNull(a.activityType),
      objectiveId: orNull(a.objectiveId),
      due: orNull(a.due),
      tows: enumOrNull(a.tows),
    })),
    resources: doc.resources,
    budget: doc.budget,
    validation: doc.validation,
    evaluationMethods: doc.evaluationMethods,
    timeline: doc.timeline,
    implementation: doc.implementation,
    finalReport: doc.finalReport,
  };
}

/** `Campaign.plan` as the page's CampaignDocument (normalised, like every plan the page shows). */
export function fromPlan({ plan }: { plan: CampaignPlanAnswer }): CampaignDocument {
  return normalizeCampaignDocument({
    value: {
      ...plan,
      audiences: plan.audiences.map((a) => ({ ...a, kind: fromEnumName(a.kind, codes.kind) })),
      swot: plan.swot.map((s) => ({ ...s, quadrant: fromEnumName(s.quadrant, codes.quadrant) })),
      objectives: plan.objectives.map((o) => ({
        ...o,
        impactCategory: fromEnumName(o.impactCategory, codes.impactCategory),
        indicator: fromEnumName(o.indicator, codes.indicator),
        periodStart: o.periodStart ?? '',
        periodEnd: o.periodEnd ?? '',
      })),
      messages: plan.messages.map((m) => ({ ...m, tone: fromEnumName(m.tone, codes.tone) })),
      activities: plan.activities.map((a) => ({
        ...a,
        activityType: a.activityType ?? '',
        objectiveId: a.objectiveId ?? '',
        due: a.due ?? '',
        tows: fromEnumName(a.tows, codes.tows),
      })),
    },
  });
}
