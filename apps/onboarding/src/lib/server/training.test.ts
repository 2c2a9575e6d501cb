import { describe, expect, it } from 'vitest';
import { locateAfterAction, pickTrackFor, readScenarioPath } from './training.ts';

describe('locateAfterAction', () => {
  it('drops the ?/action key and keeps the rest of the query', () => {
    const at = (href: string) => locateAfterAction(new URL(href, 'http://localhost'));
    expect(at('/training/pfa.scenario.crying?/finish')).toBe('/training/pfa.scenario.crying');
    expect(at('/pfa/scenarios/pfa_family?path=basic.honest.goodbye&/finish')).toBe(
      '/pfa/scenarios/pfa_family?path=basic.honest.goodbye',
    );
    expect(at('/training/x?track=coordinator')).toBe('/training/x?track=coordinator');
  });
});

describe('readScenarioPath', () => {
  it('splits the posted path into choices, ignoring empty parts', () => {
    const form = new FormData();
    form.set('path', 'basic..honest.goodbye');
    expect(readScenarioPath(form)).toEqual(['basic', 'honest', 'goodbye']);
    expect(readScenarioPath(new FormData())).toEqual([]);
  });
});

describe('pickTrackFor', () => {
  it('takes the asked track, else the role’s own when it holds the module', () => {
    expect(pickTrackFor({ asked: 'coordinator', role: 'hub_officer', moduleId: 'pfa' })).toBe(
      'coordinator',
    );
    expect(pickTrackFor({ asked: 'nope', role: 'hub_officer', moduleId: 'pfa' })).toBe(
      'hub_officer',
    );
  });
});
