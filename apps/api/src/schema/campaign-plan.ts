import {
  classifyAudience,
  diagnosisQuestions,
  type Audience,
  type CampaignDocument,
  type KeyMessage,
  type PlannedActivity,
  type SmartObjective,
  type SwotItem,
} from '@ventanilla/domain/strategy/index';
import { builder } from '../builder.ts';
import {
  AudienceKindEnum,
  AudienceQuadrantEnum,
  ImpactCategoryEnum,
  MessageToneEnum,
  ObjectiveIndicatorEnum,
  SwotQuadrantEnum,
  TowsStrategyEnum,
} from './campaign-enums.ts';

/*
 * The campaign plan as GraphQL types, one per part of packages/domain's CampaignDocument.
 * The domain writes "not chosen" as ''; here it is null. Item ids are Strings, not IDs: they are
 * short and unique only within one plan, so a client cache must not key on them.
 */

const orNull = <T extends string>(value: T | ''): T | null => (value === '' ? null : value);

const itemId = 'Unique within the plan; other parts refer to the item by it';

const Diagnosis = builder.objectRef<CampaignDocument['diagnosis']>('CampaignDiagnosis').implement({
  description: 'Answers to the diagnosis questions (empty string when not answered).',
  fields: (t) =>
    Object.fromEntries(
      diagnosisQuestions.map((q) => [q.id, t.exposeString(q.id, { description: q.en })]),
    ),
});

const CampaignAudience = builder.objectRef<Audience>('CampaignAudience').implement({
  description: 'An audience placed on the interest × power matrix (each scored 1 to 10).',
  fields: (t) => ({
    id: t.exposeString('id', { description: itemId }),
    name: t.exposeString('name'),
    kind: t.field({ type: AudienceKindEnum, resolve: (a) => a.kind }),
    interest: t.exposeInt('interest'),
    power: t.exposeInt('power'),
    quadrant: t.field({ type: AudienceQuadrantEnum, resolve: (a) => classifyAudience(a) }),
  }),
});

const CampaignSwotItem = builder.objectRef<SwotItem>('CampaignSwotItem').implement({
  fields: (t) => ({
    id: t.exposeString('id', { description: itemId }),
    quadrant: t.field({ type: SwotQuadrantEnum, resolve: (s) => s.quadrant }),
    text: t.exposeString('text'),
  }),
});

const CampaignObjective = builder.objectRef<SmartObjective>('CampaignObjective').implement({
  description: 'A SMART objective: audience, impact category, effect, measurement and period.',
  fields: (t) => ({
    id: t.exposeString('id', { description: itemId }),
    audience: t.exposeString('audience', {
      description: 'An audience id of the plan, or free text',
    }),
    impactCategory: t.field({
      type: ImpactCategoryEnum,
      nullable: true,
      resolve: (o) => orNull(o.impactCategory),
    }),
    effect: t.exposeString('effect'),
    indicator: t.field({
      type: ObjectiveIndicatorEnum,
      nullable: true,
      resolve: (o) => orNull(o.indicator),
    }),
    target: t.exposeInt('target', { nullable: true }),
    measurementNote: t.exposeString('measurementNote'),
    periodStart: t.string({
      nullable: true,
      description: 'YYYY-MM-DD',
      resolve: (o) => orNull(o.periodStart),
    }),
    periodEnd: t.string({
      nullable: true,
      description: 'YYYY-MM-DD',
      resolve: (o) => orNull(o.periodEnd),
    }),
  }),
});

const CampaignMessage = builder.objectRef<KeyMessage>('CampaignMessage').implement({
  description: 'A key message of the campaign.',
  fields: (t) => ({
    id: t.exposeString('id', { description: itemId }),
    text: t.exposeString('text'),
    tone: t.field({ type: MessageToneEnum, nullable: true, resolve: (m) => orNull(m.tone) }),
  }),
});

const CampaignPlannedActivity = builder
  .objectRef<PlannedActivity>('CampaignPlannedActivity')
  .implement({
    description:
      'An activity or product the plan foresees; recorded activities are linked to it by id.',
    fields: (t) => ({
      id: t.exposeString('id', { description: itemId }),
      title: t.exposeString('title'),
      activityType: t.string({
        nullable: true,
        description: 'An activity type code (FORM.md B.2)',
        resolve: (a) => orNull(a.activityType),
      }),
      objectiveId: t.string({
        nullable: true,
        description: 'The objective it serves',
        resolve: (a) => orNull(a.objectiveId),
      }),
      due: t.string({ nullable: true, description: 'YYYY-MM-DD', resolve: (a) => orNull(a.due) }),
      tows: t.field({
        type: TowsStrategyEnum,
        nullable: true,
        description: 'Set when the action came from a TOWS prompt (a SWOT pairing)',
        resolve: (a) => orNull(a.tows),
      }),
      linkedActivityIds: t.idList({
        description: 'Recorded activities (of the campaign’s hub) that carry it out',
        resolve: (a) => a.linkedActivityIds,
      }),
    }),
  });

export const CampaignPlan = builder.objectRef<CampaignDocument>('CampaignPlan').implement({
  description:
    'A campaign plan by step of the campaign cycle (hubs handbook Annex 4), normalised by packages/domain.',
  fields: (t) => ({
    diagnosis: t.field({ type: Diagnosis, resolve: (d) => d.diagnosis }),
    audiences: t.field({ type: [CampaignAudience], resolve: (d) => d.audiences }),
    swot: t.field({
      type: [CampaignSwotItem],
      description: 'In board order: strengths, weaknesses, opportunities, threats',
      resolve: (d) => d.swot,
    }),
    objectives: t.field({ type: [CampaignObjective], resolve: (d) => d.objectives }),
    profile: t.exposeString('profile'),
    messages: t.field({ type: [CampaignMessage], resolve: (d) => d.messages }),
    activities: t.field({ type: [CampaignPlannedActivity], resolve: (d) => d.activities }),
    resources: t.exposeString('resources'),
    budget: t.exposeString('budget'),
    validation: t.exposeString('validation'),
    evaluationMethods: t.exposeString('evaluationMethods'),
    timeline: t.exposeString('timeline'),
    implementation: t.exposeString('implementation'),
    finalReport: t.exposeString('finalReport'),
  }),
});
