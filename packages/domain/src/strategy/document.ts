import { activityTypeList } from '../form/options/activity-type.ts';
import { clampScore, type Audience } from './audiences.ts';
import {
  diagnosisQuestions,
  messageTones,
  type DiagnosisQuestionId,
  type MessageTone,
} from './cycle.ts';
import {
  impactCategories,
  objectiveIndicators,
  type ImpactCategory,
  type ObjectiveIndicator,
  type SmartObjective,
} from './smart.ts';
import { swotQuadrantOrder, type SwotItem, type TowsStrategy } from './swot.ts';

export type KeyMessage = { id: string; text: string; tone: MessageTone | '' };

/** An activity or product the plan foresees; recorded activities (B.*) are linked to it by id. */
export type PlannedActivity = {
  id: string;
  title: string;
  /** An activity type code (B.2) or ''. */
  activityType: string;
  objectiveId: string;
  due: string;
  /** Set when the action came from a TOWS prompt. */
  tows: TowsStrategy | '';
  linkedActivityIds: string[];
};

/** Everything a campaign plan holds, by step (see campaignCycle). Stored as one JSON document. */
export type CampaignDocument = {
  diagnosis: Record<DiagnosisQuestionId, string>;
  audiences: Audience[];
  swot: SwotItem[];
  objectives: SmartObjective[];
  profile: string;
  messages: KeyMessage[];
  activities: PlannedActivity[];
  resources: string;
  budget: string;
  validation: string;
  evaluationMethods: string;
  timeline: string;
  implementation: string;
  finalReport: string;
};

export const campaignLimits = {
  shortText: 300,
  longText: 4000,
  audiences: 40,
  swotPerQuadrant: 30,
  objectives: 20,
  messages: 20,
  activities: 60,
  linksPerActivity: 50,
} as const;

export function createEmptyCampaignDocument(): CampaignDocument {
  return {
    diagnosis: Object.fromEntries(diagnosisQuestions.map((q) => [q.id, ''])) as Record<
      DiagnosisQuestionId,
      string
    >,
    audiences: [],
    swot: [],
    objectives: [],
    profile: '',
    messages: [],
    activities: [],
    resources: '',
    budget: '',
    validation: '',
    evaluationMethods: '',
    timeline: '',
    implementation: '',
    finalReport: '',
  };
}

const idPattern = /^[A-Za-z0-9_-]{1,40}$/;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function text(value: unknown, max: number): string {
  return typeof value === 'string' ? value.normalize('NFC').trim().slice(0, max) : '';
}
function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
function list(value: unknown, max: number): Record<string, unknown>[] {
  return Array.isArray(value) ? value.slice(0, max).map(record) : [];
}
function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | '' {
  return allowed.includes(value as T) ? (value as T) : '';
}

/** A short random id for a new item (not a secret). */
export function newItemId(): string {
  return Math.random().toString(36).slice(2, 10);
}

/**
 * Turns untrusted JSON into a well-formed campaign document: unknown keys dropped, texts trimmed
 * and cut to size, scores clamped, codes checked, ids kept when well formed (else new ones),
 * links to objectives that no longer exist cleared.
 */
export function normalizeCampaignDocument({ value }: { value: unknown }): CampaignDocument {
  const raw = record(value);
  const doc = createEmptyCampaignDocument();
  const seen = new Set<string>();
  const id = (v: unknown) => {
    let out = typeof v === 'string' && idPattern.test(v) && !seen.has(v) ? v : newItemId();
    while (seen.has(out)) out = newItemId();
    seen.add(out);
    return out;
  };
  const diagnosis = record(raw.diagnosis);
  for (const q of diagnosisQuestions)
    doc.diagnosis[q.id] = text(diagnosis[q.id], campaignLimits.longText);

  doc.audiences = list(raw.audiences, campaignLimits.audiences)
    .map((a) => ({
      id: id(a.id),
      name: text(a.name, campaignLimits.shortText),
      kind: a.kind === 'welcome' ? ('welcome' as const) : ('target' as const),
      interest: clampScore({ value: Number(a.interest) }),
      power: clampScore({ value: Number(a.power) }),
    }))
    .filter((a) => a.name);

  const swot = list(raw.swot, campaignLimits.swotPerQuadrant * 4)
    .map((s) => ({
      id: id(s.id),
      quadrant: oneOf(s.quadrant, swotQuadrantOrder),
      text: text(s.text, campaignLimits.shortText),
    }))
    .filter((s): s is SwotItem => s.quadrant !== '' && s.text !== '');
  doc.swot = swotQuadrantOrder.flatMap((q) =>
    swot.filter((s) => s.quadrant === q).slice(0, campaignLimits.swotPerQuadrant),
  );

  doc.objectives = list(raw.objectives, campaignLimits.objectives).map((o) => {
    const target = Number(o.target);
    return {
      id: id(o.id),
      audience: text(o.audience, campaignLimits.shortText),
      impactCategory: oneOf(
        o.impactCategory,
        impactCategories.map((c) => c.code) as ImpactCategory[],
      ),
      effect: text(o.effect, campaignLimits.shortText * 2),
      indicator: oneOf(o.indicator, objectiveIndicators.map((c) => c.code) as ObjectiveIndicator[]),
      target:
        o.target !== null && o.target !== '' && Number.isFinite(target) && target >= 0
          ? Math.min(Math.round(target), 10_000_000)
          : null,
      measurementNote: text(o.measurementNote, campaignLimits.shortText),
      periodStart: isoDate.test(String(o.periodStart)) ? String(o.periodStart) : '',
      periodEnd: isoDate.test(String(o.periodEnd)) ? String(o.periodEnd) : '',
    };
  });
  const objectiveIds = new Set(doc.objectives.map((o) => o.id));

  doc.messages = list(raw.messages, campaignLimits.messages)
    .map((m) => ({
      id: id(m.id),
      text: text(m.text, campaignLimits.shortText),
      tone: oneOf(
        m.tone,
        messageTones.map((t) => t.code),
      ),
    }))
    .filter((m) => m.text);

  const typeCodes = activityTypeList.options.map((o) => o.code as string);
  doc.activities = list(raw.activities, campaignLimits.activities)
    .map((a) => ({
      id: id(a.id),
      title: text(a.title, campaignLimits.shortText),
      activityType: oneOf(a.activityType, typeCodes),
      objectiveId:
        typeof a.objectiveId === 'string' && objectiveIds.has(a.objectiveId) ? a.objectiveId : '',
      due: isoDate.test(String(a.due)) ? String(a.due) : '',
      tows: oneOf(a.tows, ['SO', 'ST', 'WO', 'WT'] as const),
      linkedActivityIds: [
        ...new Set(
          (Array.isArray(a.linkedActivityIds) ? a.linkedActivityIds : [])
            .filter((v): v is string => typeof v === 'string' && uuidPattern.test(v))
            .map((v) => v.toLowerCase()),
        ),
      ].slice(0, campaignLimits.linksPerActivity),
    }))
    .filter((a) => a.title);

  for (const key of [
    'profile',
    'resources',
    'validation',
    'evaluationMethods',
    'timeline',
    'implementation',
    'finalReport',
  ] as const) {
    doc[key] = text(raw[key], campaignLimits.longText);
  }
  doc.budget = text(raw.budget, campaignLimits.shortText);
  return doc;
}

/** Every recorded-activity id the plan links to. */
export function listLinkedActivityIds({ document }: { document: CampaignDocument }): string[] {
  return [...new Set(document.activities.flatMap((a) => a.linkedActivityIds))];
}
