import { diagnosisQuestions } from '@ventanilla/domain/strategy/index';
import { builder } from '../builder.ts';
import {
  AudienceKindEnum,
  ImpactCategoryEnum,
  MessageToneEnum,
  ObjectiveIndicatorEnum,
  SwotQuadrantEnum,
  TowsStrategyEnum,
} from './campaign-enums.ts';

/*
 * The campaign plan as input, the mirror of campaign-plan.ts. The API hands it to the domain's
 * normalizeCampaignDocument as it did the JSON document: texts trimmed and cut to size, scores
 * clamped to 1–10, bad dates and codes cleared, missing or repeated item ids replaced.
 */

const itemId = 'Keep the id the plan gave the item; leave it out for a new one';
const isoDate = 'YYYY-MM-DD; anything else is cleared';

const DiagnosisInput = builder.inputType('CampaignDiagnosisInput', {
  fields: (t) =>
    Object.fromEntries(
      diagnosisQuestions.map((q) => [q.id, t.string({ required: true, description: q.en })]),
    ),
});

const AudienceInput = builder.inputType('CampaignAudienceInput', {
  description: 'An audience without a name is dropped.',
  fields: (t) => ({
    id: t.string({ description: itemId }),
    name: t.string({ required: true }),
    kind: t.field({ type: AudienceKindEnum, required: true }),
    interest: t.int({ required: true, description: '1 to 10 (clamped)' }),
    power: t.int({ required: true, description: '1 to 10 (clamped)' }),
  }),
});

const SwotItemInput = builder.inputType('CampaignSwotItemInput', {
  description: 'An item without text is dropped; each quadrant keeps at most 30.',
  fields: (t) => ({
    id: t.string({ description: itemId }),
    quadrant: t.field({ type: SwotQuadrantEnum, required: true }),
    text: t.string({ required: true }),
  }),
});

const ObjectiveInput = builder.inputType('CampaignObjectiveInput', {
  fields: (t) => ({
    id: t.string({ description: itemId }),
    audience: t.string({ required: true, description: 'An audience id of the plan, or free text' }),
    impactCategory: t.field({ type: ImpactCategoryEnum }),
    effect: t.string({ required: true }),
    indicator: t.field({ type: ObjectiveIndicatorEnum }),
    target: t.int({ description: 'Zero or more; a negative target is cleared' }),
    measurementNote: t.string({ required: true }),
    periodStart: t.string({ description: isoDate }),
    periodEnd: t.string({ description: isoDate }),
  }),
});

const MessageInput = builder.inputType('CampaignMessageInput', {
  description: 'A message without text is dropped.',
  fields: (t) => ({
    id: t.string({ description: itemId }),
    text: t.string({ required: true }),
    tone: t.field({ type: MessageToneEnum }),
  }),
});

const PlannedActivityInput = builder.inputType('CampaignPlannedActivityInput', {
  description: 'An activity without a title is dropped.',
  fields: (t) => ({
    id: t.string({ description: itemId }),
    title: t.string({ required: true }),
    activityType: t.string({
      description: 'An activity type code (FORM.md B.2); others are cleared',
    }),
    objectiveId: t.string({ description: 'An objective id of this plan; others are cleared' }),
    due: t.string({ description: isoDate }),
    tows: t.field({ type: TowsStrategyEnum }),
    linkedActivityIds: t.stringList({
      required: true,
      description:
        'Recorded activities of the campaign’s hub (uuids; others are dropped, another hub’s are refused)',
    }),
  }),
});

export const CampaignPlanInput = builder.inputType('CampaignPlanInput', {
  description: 'The whole plan: saving replaces every part.',
  fields: (t) => ({
    diagnosis: t.field({ type: DiagnosisInput, required: true }),
    audiences: t.field({ type: [AudienceInput], required: true }),
    swot: t.field({ type: [SwotItemInput], required: true }),
    objectives: t.field({ type: [ObjectiveInput], required: true }),
    profile: t.string({ required: true }),
    messages: t.field({ type: [MessageInput], required: true }),
    activities: t.field({ type: [PlannedActivityInput], required: true }),
    resources: t.string({ required: true }),
    budget: t.string({ required: true }),
    validation: t.string({ required: true }),
    evaluationMethods: t.string({ required: true }),
    timeline: t.string({ required: true }),
    implementation: t.string({ required: true }),
    finalReport: t.string({ required: true }),
  }),
});
