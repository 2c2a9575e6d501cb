import type { Localized } from '../i18n.ts';
import { scenarios } from './scenarios.generated.ts';
import type { Citation } from './types.ts';

/** The scenarios' texts live in packages/content/training/scenarios/*.yaml (docs/content.md). */
export { scenarios };

/** How good a choice is: shown with its feedback. */
export type ChoiceQuality = 'good' | 'partial' | 'poor';

export type ScenarioChoice = {
  id: string;
  text: Localized;
  feedback: Localized;
  quality: ChoiceQuality;
  /** The node that follows (a poor choice usually leads back to the same node to try again). */
  next: string;
};

export type ScenarioNode =
  | { id: string; text: Localized; end?: false; choices: ScenarioChoice[] }
  | { id: string; text: Localized; end: true };

/** A short branching scenario drawn from hub situations, with feedback on every choice. */
export type Scenario = {
  id: string;
  title: Localized;
  intro: Localized;
  citation: Citation;
  start: string;
  nodes: ScenarioNode[];
};

/** The scenario with this id, if any. */
export function findScenario({ id }: { id: string }): Scenario | undefined {
  return scenarios.find((scenario) => scenario.id === id);
}

/** One step taken: the node shown and the choice made there. */
export type ScenarioStep = { node: ScenarioNode; choice: ScenarioChoice };

/**
 * Replays a path of choice ids from the start: the steps taken, the node reached, and whether
 * it is an ending. Unknown choices stop the walk (`valid: false`).
 */
export function walkScenario({ scenario, path }: { scenario: Scenario; path: readonly string[] }): {
  steps: ScenarioStep[];
  current: ScenarioNode;
  finished: boolean;
  valid: boolean;
} {
  const byId = new Map(scenario.nodes.map((node) => [node.id, node]));
  let current = byId.get(scenario.start)!;
  const steps: ScenarioStep[] = [];
  for (const choiceId of path) {
    if (current.end) return { steps, current, finished: true, valid: false };
    const picked = current.choices.find((c) => c.id === choiceId);
    const next = picked && byId.get(picked.next);
    if (!picked || !next) return { steps, current, finished: false, valid: false };
    steps.push({ node: current, choice: picked });
    current = next;
  }
  return { steps, current, finished: current.end === true, valid: true };
}
