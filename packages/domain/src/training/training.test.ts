import { describe, expect, it } from 'vitest';
import type { Localized } from '../i18n.ts';
import { answersOf, quizAnswers } from './answers.ts';
import {
  canSignOff,
  findItem,
  findScenario,
  citationLabel,
  findScenarioItem,
  glossary,
  gradeKnowledgeCheck,
  listTrackItems,
  pfaGuide,
  pfaQuickCard,
  scenarios,
  searchGlossary,
  summarizeTrack,
  trackForRole,
  trainingModules,
  trainingTracks,
  walkScenario,
  type Citation,
  type ItemState,
} from './index.ts';

const filled = (text: Localized) => text.es.trim().length > 0 && text.en.trim().length > 0;
const cited = (citation: Citation) =>
  filled(citation.section) && /^L\d+(-L\d+)?(, L\d+(-L\d+)?)*$/.test(citation.lines);

describe('curriculum data', () => {
  const items = trainingModules.flatMap((module) => module.items);

  it('has unique item ids and every text in both languages with a citation', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const module of trainingModules) {
      expect(filled(module.title) && filled(module.summary), module.id).toBe(true);
      expect(cited(module.citation), module.id).toBe(true);
    }
    for (const item of items) {
      expect(filled(item.title) && filled(item.summary), item.id).toBe(true);
      expect(cited(item.citation), item.id).toBe(true);
      expect(item.dueDays).toBeGreaterThan(0);
      if (item.type === 'read') expect(item.points.every(filled), item.id).toBe(true);
      if (item.type === 'signoff') expect(item.task.every(filled), item.id).toBe(true);
      if (item.type === 'scenario')
        expect(findScenario({ id: item.scenarioId }), item.id).toBeDefined();
    }
  });

  it('gives every knowledge check reachable correct answers with explanations', () => {
    for (const item of items) {
      if (item.type !== 'quiz') continue;
      const { check } = item;
      expect(check.passMark).toBeGreaterThan(0);
      expect(check.passMark).toBeLessThanOrEqual(1);
      expect(check.maxAttempts).toBeGreaterThanOrEqual(2);
      const key = answersOf({ itemId: item.id });
      expect(Object.keys(key).sort()).toEqual(check.questions.map((q) => q.id).sort());
      for (const q of check.questions) {
        const ids = q.options.map((o) => o.id);
        const { correct, explanation } = key[q.id]!;
        expect(correct.length, `${item.id}.${q.id}`).toBeGreaterThan(0);
        expect(q.multiple, `${item.id}.${q.id}`).toBe(correct.length > 1);
        expect(
          correct.every((id) => ids.includes(id)),
          `${item.id}.${q.id}`,
        ).toBe(true);
        expect(
          filled(q.prompt) && filled(explanation) && q.options.every((o) => filled(o.text)),
        ).toBe(true);
      }
      const all = Object.fromEntries(check.questions.map((q) => [q.id, key[q.id]!.correct]));
      expect(gradeKnowledgeCheck({ check, key, answers: all }).passed).toBe(true);
      expect(gradeKnowledgeCheck({ check, key, answers: {} }).passed).toBe(false);
    }
  });

  it('keeps the answers out of the curriculum every page may load', () => {
    const curriculum = JSON.stringify(trainingModules);
    expect(curriculum).not.toMatch(/"correct"|"explanation"/);
    for (const questions of Object.values(quizAnswers))
      for (const { explanation } of Object.values(questions))
        expect(curriculum).not.toContain(explanation.es);
  });

  it('leaves "tick all that apply" to the page, which says it under every multiple-answer question', () => {
    for (const item of items) {
      if (item.type !== 'quiz') continue;
      for (const q of item.check.questions)
        expect(`${q.prompt.es} ${q.prompt.en}`, `${item.id}.${q.id}`).not.toMatch(
          /marque tod[ao]s?|tick all/i,
        );
    }
  });

  it('has tracks for officers, coordinators, MRC staff and community advisors over existing modules', () => {
    expect(trainingTracks.map((t) => t.id)).toEqual([
      'hub_officer',
      'coordinator',
      'mrc_staff',
      'mca_advisor',
    ]);
    // Every module a track names exists and has items; coordinators take the officers'
    // track plus the coordination module, as the coordinator track's summary says.
    const withItems = trainingModules.filter((m) => m.items.length > 0).map((m) => m.id);
    for (const track of trainingTracks)
      for (const id of track.moduleIds) expect(withItems, track.id).toContain(id);
    const [officer, coordinator] = trainingTracks;
    expect(coordinator!.moduleIds).toEqual([...officer!.moduleIds, 'coordination']);
    expect(trackForRole({ role: 'coordinator' }).id).toBe('coordinator');
    expect(trackForRole({ role: 'hub_officer' }).id).toBe('hub_officer');
    const types = new Set(
      listTrackItems({ track: trackForRole({ role: 'hub_officer' }) }).map((i) => i.type),
    );
    expect([...types].sort()).toEqual(['external', 'quiz', 'read', 'scenario', 'signoff']);
    expect(findItem({ id: 'form_data.first_case' })?.item.autoComplete).toBe('first_case');
  });

  it('has a community advisors track no role follows by default, and MCA items for staff', () => {
    const advisors = trainingTracks.find((t) => t.id === 'mca_advisor')!;
    expect(advisors.moduleIds).toEqual(['mca_advisor']);
    // Advisors have no account: the track is the induction staff go through with them.
    for (const role of ['hub_officer', 'coordinator', 'reviewer', 'admin'] as const)
      expect(trackForRole({ role }).id).not.toBe('mca_advisor');
    const advisorItems = listTrackItems({ track: advisors });
    expect(advisorItems.map((i) => i.id)).toEqual([
      'mca_advisor.role',
      'mca_advisor.commitment',
      'mca_advisor.reporting',
      'mca_advisor.channel',
      'mca_advisor.privacy',
      'mca_advisor.check',
    ]);
    expect(advisorItems.some((i) => i.autoComplete)).toBe(false);
    // Staff who coordinate advisors: letter, check-ins every 8 to 10 days, their actions.
    const officer = listTrackItems({ track: trackForRole({ role: 'hub_officer' }) }).map(
      (i) => i.id,
    );
    for (const id of ['mca.network', 'mca.records', 'mca.network_check', 'mca.first_check_in'])
      expect(officer).toContain(id);
    const records = findItem({ id: 'mca.records' })!.item;
    expect(records.type === 'read' && records.points[0]!.en).toMatch(/every 8 to 10 days/);
  });

  it('labels a citation with the handbook and its section, never the line range', () => {
    const citation = trainingModules.find((m) => m.id === 'pfa')!.citation;
    expect(citationLabel({ citation, lang: 'es' })).toBe(
      'OIM, Manual de ventanillas de información sobre migración, anexo 2',
    );
    expect(citationLabel({ citation, lang: 'en' })).toBe(
      'IOM, Information Hubs on Migration handbook, Annex 2',
    );
  });

  it('shows no line reference in any citation label of the training content', () => {
    const citations = [
      ...trainingModules.flatMap((m) => [m.citation, ...m.items.map((i) => i.citation)]),
      ...scenarios.map((s) => s.citation),
      ...pfaGuide.map((p) => p.citation),
      ...glossary.map((g) => g.citation),
    ];
    for (const citation of citations)
      for (const lang of ['es', 'en'] as const)
        expect(citationLabel({ citation, lang })).not.toMatch(/\bL\d|\d{3}:|l[íi]ne/i);
  });

  it('dates the E-Campus news item in words, in the reader’s language', () => {
    const citation = findItem({ id: 'hub_basics.ecampus' })!.item.citation;
    expect(citationLabel({ citation, lang: 'es' })).toBe(
      'OIM, nota sobre el curso de E-Campus, 20 de noviembre de 2020',
    );
    expect(citationLabel({ citation, lang: 'en' })).toBe(
      'IOM, news item on the E-Campus course, November 20, 2020',
    );
  });
});

describe('knowledge-check grading', () => {
  const check = findItem({ id: 'pfa.check' })!.item;
  if (check.type !== 'quiz') throw new Error('not a quiz');

  it('needs exactly the correct options for a multiple-answer question', () => {
    const answers = { who: ['b'], not: ['a'], when: ['b'], info: ['a', 'b'] };
    const key = answersOf({ itemId: 'pfa.check' });
    const grade = gradeKnowledgeCheck({ check: check.check, key, answers });
    expect(grade.correctCount).toBe(3);
    expect(grade.results.find((r) => r.questionId === 'info')).toMatchObject({
      correct: false,
      correctOptions: ['a', 'b', 'd'],
    });
    expect(grade.passed).toBe(true); // 3 of 4 meets the 3/4 pass mark
    const failed = gradeKnowledgeCheck({
      check: check.check,
      key,
      answers: { ...answers, who: ['a'] },
    });
    expect(failed).toMatchObject({ passed: false, correctCount: 2, score: 0.5 });
  });
});

describe('scenarios', () => {
  it('each scenario of the PFA guide has one training item that it ticks', () => {
    for (const scenario of scenarios.filter((s) => s.id.startsWith('pfa_'))) {
      const item = findScenarioItem({ scenarioId: scenario.id });
      expect(item?.type === 'scenario' && item.scenarioId, scenario.id).toBe(scenario.id);
    }
    expect(findScenarioItem({ scenarioId: 'pfa_family' })?.id).toBe('pfa.scenario.family');
    expect(findScenarioItem({ scenarioId: 'nope' })).toBeUndefined();
  });

  it('pfa_family ends with a case form for each person attended, as the handbook says', () => {
    const end = findScenario({ id: 'pfa_family' })!.nodes.find((n) => n.end)!;
    expect(end.text.es).toMatch(/cada persona atendida/);
    expect(end.text.en).toMatch(/for each person attended/);
    expect(`${end.text.es} ${end.text.en}`).not.toMatch(/adult/i);
  });

  it('have no dead ends: every node is reachable and leads to an ending, with feedback on every choice', () => {
    for (const scenario of scenarios) {
      const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
      expect(byId.has(scenario.start), scenario.id).toBe(true);
      expect(filled(scenario.title) && filled(scenario.intro) && cited(scenario.citation)).toBe(
        true,
      );
      const reachable = new Set<string>([scenario.start]);
      const queue = [scenario.start];
      while (queue.length) {
        const node = byId.get(queue.shift()!)!;
        expect(filled(node.text)).toBe(true);
        if (node.end) continue;
        expect(node.choices.length, node.id).toBeGreaterThanOrEqual(2);
        for (const c of node.choices) {
          expect(byId.has(c.next), `${scenario.id}.${c.id}`).toBe(true);
          expect(filled(c.text) && filled(c.feedback)).toBe(true);
          if (!reachable.has(c.next)) {
            reachable.add(c.next);
            queue.push(c.next);
          }
        }
        expect(
          node.choices.some((c) => c.quality === 'good'),
          node.id,
        ).toBe(true);
      }
      expect(reachable.size, scenario.id).toBe(scenario.nodes.length);
      // From every node an ending can be reached.
      const leadsToEnd = new Set(scenario.nodes.filter((n) => n.end).map((n) => n.id));
      let grew = true;
      while (grew) {
        grew = false;
        for (const n of scenario.nodes) {
          if (!leadsToEnd.has(n.id) && !n.end && n.choices.some((c) => leadsToEnd.has(c.next))) {
            leadsToEnd.add(n.id);
            grew = true;
          }
        }
      }
      expect(leadsToEnd.size, scenario.id).toBe(scenario.nodes.length);
    }
  });

  it("leaves the verdict to the page, which names it before every choice's feedback", () => {
    for (const scenario of scenarios)
      for (const node of scenario.nodes)
        for (const c of node.end ? [] : node.choices)
          expect(`${c.feedback.es} | ${c.feedback.en}`, `${scenario.id}.${node.id}`).not.toMatch(
            /^(Bien|Good|Mejor no|Better not):|\| (Good|Better not):/,
          );
  });

  it('replays a path of choices', () => {
    const scenario = findScenario({ id: 'pfa_crying' })!;
    const walk = walkScenario({
      scenario,
      path: ['form', 'introduce', 'private', 'breathe', 'connect'],
    });
    expect(walk).toMatchObject({ finished: true, valid: true });
    expect(walk.steps).toHaveLength(5);
    expect(walkScenario({ scenario, path: ['nope'] }).valid).toBe(false);
  });
});

describe('PFA guide and glossary', () => {
  it('covers the guide pages in order, each in both languages with a citation', () => {
    expect(pfaGuide.map((p) => p.id)).toEqual([
      'what',
      'when',
      'responsibly',
      'prepare',
      'observe',
      'listen',
      'connect',
      'information',
      'ending',
    ]);
    for (const page of pfaGuide) {
      expect(filled(page.title) && filled(page.intro) && cited(page.citation)).toBe(true);
      for (const list of [...page.lists, ...(page.questions ? [page.questions] : [])]) {
        expect(list.items.length).toBeGreaterThan(0);
        expect(list.items.every(filled)).toBe(true);
      }
    }
    expect(pfaQuickCard.every((b) => filled(b.title) && b.lines.every(filled))).toBe(true);
  });

  it('searches the glossary without caring for accents', () => {
    expect(glossary.every((t) => filled(t.term) && filled(t.definition) && cited(t.citation))).toBe(
      true,
    );
    expect(searchGlossary({ query: 'migracion irregular', lang: 'es' })[0]!.id).toBe(
      'irregular_migration',
    );
    expect(searchGlossary({ query: 'transit', lang: 'en' }).map((t) => t.id)).toContain(
      'country_transit',
    );
    expect(searchGlossary({ query: '', lang: 'es' })).toHaveLength(glossary.length);
    expect(searchGlossary({ query: 'zzzz', lang: 'es' })).toEqual([]);
  });
});

describe('progress', () => {
  const track = trackForRole({ role: 'hub_officer' });
  const start = new Date('2026-01-01T00:00:00Z');

  it('counts completions, finds overdue items and dates a finished track', () => {
    const states = new Map<string, ItemState>();
    const now = new Date('2026-01-06T00:00:00Z');
    let summary = summarizeTrack({ track, states, startDate: start, now });
    expect(summary.completed).toBe(0);
    expect(summary.overdue).toContain('hub_basics.read'); // due after 3 days
    expect(summary.nextItemId).toBe('hub_basics.read');
    const items = listTrackItems({ track });
    items.forEach((item, i) =>
      states.set(item.id, {
        status: 'completed',
        completedAt: new Date(start.getTime() + i * 1000),
      }),
    );
    summary = summarizeTrack({ track, states, startDate: start, now });
    expect(summary).toMatchObject({ completed: items.length, overdue: [], nextItemId: null });
    expect(summary.completedAt).toEqual(new Date(start.getTime() + (items.length - 1) * 1000));
  });

  it('lets coordinators of a shared hub and admins sign off, never oneself', () => {
    const trainee = { id: 'u1', hubCodes: ['cri_upala'] };
    expect(
      canSignOff({ signer: { id: 'c', role: 'coordinator', hubCodes: ['cri_upala'] }, trainee }),
    ).toBe(true);
    expect(
      canSignOff({ signer: { id: 'c', role: 'coordinator', hubCodes: ['mex_tijuana'] }, trainee }),
    ).toBe(false);
    expect(canSignOff({ signer: { id: 'a', role: 'admin', hubCodes: [] }, trainee })).toBe(true);
    expect(canSignOff({ signer: { id: 'r', role: 'reviewer', hubCodes: [] }, trainee })).toBe(
      false,
    );
    expect(
      canSignOff({ signer: { id: 'u1', role: 'coordinator', hubCodes: ['cri_upala'] }, trainee }),
    ).toBe(false);
  });
});
