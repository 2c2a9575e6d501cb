import { describe, expect, it } from 'vitest';
import {
  createEmptyCampaignDocument,
  diagnosisQuestions,
  type CampaignDocument,
} from '@ventanilla/domain/strategy/index';
import {
  CampaignPlanFields,
  fromPlan,
  toEnumName,
  toPlanInput,
  type CampaignPlanAnswer,
} from './plan-input.ts';

const plan: CampaignDocument = {
  ...createEmptyCampaignDocument(),
  audiences: [
    { id: 'a1', name: 'Policía', kind: 'welcome', interest: 15, power: 2 },
    { id: 'a2', name: 'Migrantes', kind: 'target', interest: 9, power: 3 },
  ],
  swot: [{ id: 's1', quadrant: 'opportunities', text: 'Ferias' }],
  objectives: [
    {
      id: 'o1',
      audience: 'a2',
      impactCategory: 'action',
      effect: 'pida información',
      indicator: '',
      target: null,
      measurementNote: '',
      periodStart: '2026-01-01',
      periodEnd: '',
    },
  ],
  messages: [{ id: 'm1', text: 'Pregunte antes de viajar', tone: 'warm' }],
  activities: [
    {
      id: 'p1',
      title: 'Feria',
      activityType: '',
      objectiveId: 'o1',
      due: '',
      tows: 'WO',
      linkedActivityIds: [],
    },
  ],
  budget: 'USD 300',
};

describe('the page’s plan as the API’s typed plan', () => {
  it('writes enums in UPPER_CASE, null for "not chosen", scores clamped as the domain does', () => {
    const input = toPlanInput({ document: plan });
    expect(input.audiences[0]).toEqual({
      id: 'a1',
      name: 'Policía',
      kind: 'WELCOME',
      interest: 10,
      power: 2,
    });
    expect(input.swot[0]!.quadrant).toBe('OPPORTUNITIES');
    expect(input.objectives[0]).toMatchObject({
      impactCategory: 'ACTION',
      indicator: null,
      periodStart: '2026-01-01',
      periodEnd: null,
    });
    expect(input.messages[0]!.tone).toBe('WARM');
    expect(input.activities[0]).toMatchObject({ tows: 'WO', due: null, activityType: null });
    expect(toEnumName('keepSatisfied')).toBe('KEEP_SATISFIED');
  });

  it('reads the answer back into the same plan', () => {
    const input = toPlanInput({ document: plan });
    // The answer carries every id and the API's enum names; the round trip is the point here.
    expect(fromPlan({ plan: input as unknown as CampaignPlanAnswer })).toEqual(
      toPlanInputRoundTrip(plan),
    );
  });

  it('selects every diagnosis question', () => {
    for (const q of diagnosisQuestions)
      expect(JSON.stringify(CampaignPlanFields)).toContain(`"value":"${q.id}"`);
  });
});

/** What the round trip must give: the plan, with the one out-of-scale score clamped. */
function toPlanInputRoundTrip(document: CampaignDocument): CampaignDocument {
  return {
    ...document,
    audiences: document.audiences.map((a) => ({ ...a, interest: Math.min(a.interest, 10) })),
  };
}
