import { describe, expect, it } from 'vitest';
import {
  buildAudienceCsv,
  buildSwotCsv,
  buildTowsPrompts,
  campaignCycle,
  campaignSections,
  canEditCampaigns,
  canReadCampaigns,
  checkSmartObjective,
  classifyAudience,
  computeObjectiveProgress,
  countPlannedDone,
  describeAudiencePosition,
  listPriorityAudiences,
  moveAudience,
  moveSwotItem,
  normalizeCampaignDocument,
  type SmartObjective,
  type SwotItem,
} from './index.ts';

describe('campaign cycle', () => {
  it('has the four handbook steps, every section once, each with a source', () => {
    expect(campaignCycle.map((s) => s.id)).toEqual([
      'research',
      'planning',
      'implementation',
      'evaluation',
    ]);
    const sections = campaignCycle.flatMap((s) => s.sections);
    expect(new Set(sections).size).toBe(sections.length);
    expect(sections.sort()).toEqual(Object.keys(campaignSections).sort());
    for (const { source } of [...campaignCycle, ...Object.values(campaignSections)]) {
      expect(source.source).toBe('hubs');
      expect(source.section.es).toMatch(/^anexo 4, pasos? \d/);
      expect(source.section.en).toMatch(/^Annex 4, Steps? \d/);
      expect(source.lines).toMatch(/^L\d+/);
    }
  });
});

describe('audience matrix', () => {
  it('names quadrants: high interest and high power is priority', () => {
    expect(classifyAudience({ interest: 8, power: 9 })).toBe('priority');
    expect(classifyAudience({ interest: 2, power: 9 })).toBe('keepSatisfied');
    expect(classifyAudience({ interest: 9, power: 2 })).toBe('keepInformed');
    expect(classifyAudience({ interest: 5, power: 5 })).toBe('monitor');
    expect(classifyAudience({ interest: 6, power: 6 })).toBe('priority');
  });
  it('moves by arrow keys within the scale', () => {
    expect(moveAudience({ audience: { interest: 5, power: 5 }, key: 'ArrowRight' })).toEqual({
      interest: 6,
      power: 5,
    });
    expect(moveAudience({ audience: { interest: 5, power: 10 }, key: 'ArrowUp' })).toEqual({
      interest: 5,
      power: 10,
    });
    expect(moveAudience({ audience: { interest: 1, power: 3 }, key: 'ArrowLeft' })).toEqual({
      interest: 1,
      power: 3,
    });
    expect(moveAudience({ audience: { interest: 4, power: 3 }, key: 'ArrowDown' })).toEqual({
      interest: 4,
      power: 2,
    });
  });
  it('lists priority audiences strongest first and announces positions', () => {
    const audiences = [
      { id: 'a', name: 'Policía', kind: 'target' as const, interest: 7, power: 7 },
      { id: 'b', name: 'Autoridades', kind: 'target' as const, interest: 9, power: 9 },
      { id: 'c', name: 'Familias', kind: 'welcome' as const, interest: 9, power: 2 },
    ];
    expect(listPriorityAudiences({ audiences }).map((a) => a.id)).toEqual(['b', 'a']);
    expect(describeAudiencePosition({ audience: audiences[2]!, lang: 'es' })).toBe(
      'Familias: interés 9, poder 2. Cuadrante: Mantener informada.',
    );
    expect(describeAudiencePosition({ audience: audiences[2]!, lang: 'en' })).toMatch(
      /Keep informed/,
    );
  });
});

describe('SWOT and TOWS', () => {
  const items: SwotItem[] = [
    { id: 's1', quadrant: 'strengths', text: 'Personal local' },
    { id: 's2', quadrant: 'strengths', text: 'Alianza con la escuela' },
    { id: 'w1', quadrant: 'weaknesses', text: 'Sin atención 24/7' },
    { id: 'o1', quadrant: 'opportunities', text: 'Feria local' },
    { id: 't1', quadrant: 'threats', text: 'Desinformación' },
  ];
  it('builds one prompt per internal × external pair', () => {
    const prompts = buildTowsPrompts({ items, lang: 'es' });
    expect(prompts.filter((p) => p.strategy === 'SO')).toHaveLength(2);
    expect(prompts.filter((p) => p.strategy === 'WT')).toHaveLength(1);
    expect(prompts.find((p) => p.key === 'WO:w1:o1')?.text).toBe(
      '¿Cómo puede «Feria local» ayudarnos a superar «Sin atención 24/7»?',
    );
    expect(buildTowsPrompts({ items, lang: 'en', limit: 1 })).toHaveLength(4);
  });
  it('reorders within a quadrant only', () => {
    const moved = moveSwotItem({ items, id: 's2', direction: 'up' });
    expect(moved.map((i) => i.id)).toEqual(['s2', 's1', 'w1', 'o1', 't1']);
    expect(moveSwotItem({ items, id: 's1', direction: 'up' })).toEqual(items);
  });
  it('exports CSV with neutralised formulas', () => {
    const csv = buildSwotCsv({
      items: [...items, { id: 'x', quadrant: 'threats', text: '=HYPERLINK("x")' }],
      lang: 'es',
    });
    expect(csv.split('\r\n')[0]).toBe('cuadrante,analisis,orden,elemento');
    expect(csv).toContain('Amenazas,externo,2,"\'=HYPERLINK(""x"")"');
    const matrix = buildAudienceCsv({
      audiences: [{ id: 'a', name: 'Policía, local', kind: 'target', interest: 8, power: 8 }],
      lang: 'en',
    });
    expect(matrix).toBe(
      'audience,kind,interest,power,quadrant\r\n"Policía, local",target,8,8,Priority\r\n',
    );
  });
});

describe('SMART objectives', () => {
  const complete: SmartObjective = {
    id: 'o1',
    audience: 'a1',
    impactCategory: 'cognitive',
    effect: 'sepa dónde está la ventanilla',
    indicator: 'people',
    target: 200,
    measurementNote: '',
    periodStart: '2026-03-01',
    periodEnd: '2026-06-30',
  };
  it('is complete with all five parts', () => {
    expect(checkSmartObjective({ objective: complete })).toEqual([]);
  });
  it('names each missing part in both languages', () => {
    const gaps = checkSmartObjective({ objective: { effect: ' ' } });
    expect(gaps.map((g) => g.part)).toEqual([
      'audience',
      'impactCategory',
      'effect',
      'measurement',
      'period',
    ]);
    for (const g of gaps) expect(g.message.es && g.message.en).toBeTruthy();
    expect(
      checkSmartObjective({ objective: { ...complete, periodEnd: '2026-01-01' } })[0]?.message.en,
    ).toMatch(/ends before/);
    expect(
      checkSmartObjective({ objective: { ...complete, indicator: 'other' } })[0]?.message.es,
    ).toMatch(/Describa/);
  });
  it('computes reach and planned vs done', () => {
    const [p] = computeObjectiveProgress({
      objectives: [complete],
      reachByObjective: { o1: { activities: 2, estPeople: 50, estWomen: 20, estMinors: 5 } },
    });
    expect(p).toMatchObject({ reached: 50, target: 200, share: 0.25 });
    expect(countPlannedDone({ plannedIds: ['a', 'b'], linkedCounts: { a: 3 } })).toEqual({
      planned: 2,
      done: 1,
      share: 0.5,
    });
  });
});

describe('document and access', () => {
  it('normalises untrusted JSON', () => {
    const doc = normalizeCampaignDocument({
      value: {
        audiences: [
          { id: 'a', name: ' Policía ', interest: 42, power: -3, kind: 'x' },
          { name: '' },
        ],
        swot: [
          { id: 't', quadrant: 'threats', text: 'T' },
          { id: 's', quadrant: 'strengths', text: 'S' },
          { quadrant: 'nope', text: 'x' },
        ],
        objectives: [{ id: 'o', target: '12' }],
        activities: [
          {
            title: 'Taller',
            objectiveId: 'gone',
            linkedActivityIds: ['nope', 'A0000000-0000-4000-8000-000000000000'],
          },
        ],
        extra: 'dropped',
      },
    });
    expect(doc.audiences).toEqual([
      { id: 'a', name: 'Policía', kind: 'target', interest: 10, power: 1 },
    ]);
    expect(doc.swot.map((s) => s.id)).toEqual(['s', 't']);
    expect(doc.objectives[0]!.target).toBe(12);
    expect(doc.activities[0]!.objectiveId).toBe('');
    expect(doc.activities[0]!.linkedActivityIds).toEqual(['a0000000-0000-4000-8000-000000000000']);
    expect('extra' in doc).toBe(false);
  });
  it('lets coordinators edit their hubs, officers read, reviewers nothing', () => {
    const hubs = ['cri_upala'];
    expect(canEditCampaigns({ role: 'coordinator', hub: 'cri_upala', userHubs: hubs })).toBe(true);
    expect(canEditCampaigns({ role: 'coordinator', hub: 'mex_tijuana', userHubs: hubs })).toBe(
      false,
    );
    expect(canEditCampaigns({ role: 'hub_officer', hub: 'cri_upala', userHubs: hubs })).toBe(false);
    expect(canReadCampaigns({ role: 'hub_officer', hub: 'cri_upala', userHubs: hubs })).toBe(true);
    expect(canReadCampaigns({ role: 'reviewer', hub: 'cri_upala', userHubs: [] })).toBe(false);
    expect(canEditCampaigns({ role: 'admin', hub: 'mex_tijuana', userHubs: [] })).toBe(true);
  });
});
