import type { Localized } from '../i18n.ts';
import { deriveAttentionRoute } from '../form/derive-case.ts';
import { observationList } from '../form/options/observation.ts';
import {
  attentionPrinciples,
  attentionRoutes,
  routeQuestions,
  stopRuleTexts,
} from './content.generated.ts';

/**
 * The attention routes of the hubs handbook (Function 1, 000:L420-L717), written as data in the
 * project's words. App-agnostic: the dashboard's case form walks an officer through them and the
 * onboarding app can teach them from the same content. Each text cites the handbook lines.
 * The texts live in packages/content/attention/routes.yaml (docs/content.md); the rules stay here.
 */

/** The observation checklist is the form's `observation` list (FORM.md §5.6; 000:L440-L478). */
export const observationChecklist = observationList;

export type RouteCode = 'four_step' | 'two_step';

/** A question the officer asks, word for word where the handbook gives it. */
export type RouteQuestion = {
  /** Form-only answer name (never stored in the Hubs Form record). */
  name: string;
  text: Localized;
  /** How to ask it gently, or what to watch for. */
  guidance: Localized;
  basis: string;
};

export type RouteStep = {
  code: string;
  number: number;
  title: Localized;
  /** What the officer does in this step. */
  actions: Localized[];
  questions: RouteQuestion[];
  basis: string;
};

export type AttentionRoute = {
  code: RouteCode;
  title: Localized;
  /** Who takes this route. */
  when: Localized;
  steps: RouteStep[];
  basis: string;
};

/** A route question by its form-only answer name (the code relies on these two). */
function routeQuestion(name: string): RouteQuestion {
  const question = routeQuestions.find((candidate) => candidate.name === name);
  if (!question) throw new Error(`attention/routes.yaml lacks the question ${name}`);
  return question;
}

function attentionRoute(code: RouteCode): AttentionRoute {
  const route = attentionRoutes.find((candidate) => candidate.code === code);
  if (!route) throw new Error(`attention/routes.yaml lacks the route ${code}`);
  return route;
}

export const urgentNeedsQuestion: RouteQuestion = routeQuestion('route_urgent_needs');

export const imminentDangerQuestion: RouteQuestion = routeQuestion('route_imminent_danger');

/**
 * The stop rule of steps 1 and 2 (000:L589-L591, L582-L587): a yes to either question ends the
 * interview; the hub meets the basic needs it can and refers the person to specialized staff or
 * to an institution that guarantees protection, which continues the identification.
 */
export const stopRule = {
  appliesWhen: { route_urgent_needs: 'yes', route_imminent_danger: 'yes' },
  title: stopRuleTexts.title,
  text: stopRuleTexts.text,
  basis: stopRuleTexts.basis,
} as const;

/** True when the answers to the step 1 or step 2 question stop the interview. */
export function isInterviewStopped({
  urgentNeeds,
  imminentDanger,
}: {
  urgentNeeds: string | null | undefined;
  imminentDanger: string | null | undefined;
}): boolean {
  return urgentNeeds === 'yes' || imminentDanger === 'yes';
}

export const fourStepRoute: AttentionRoute = attentionRoute('four_step');

export const twoStepRoute: AttentionRoute = attentionRoute('two_step');

/** Principles of individual attention to vulnerable migrants (000:L625-L628). */
export { attentionPrinciples };

/**
 * Which route the form walks through, from the observation checklist and the age range (FORM.md
 * §8.3): `null` while nothing is recorded yet.
 */
export function chooseAttentionRoute({
  observation,
  ageRange,
}: {
  observation: readonly string[];
  ageRange?: string | null;
}): AttentionRoute | null {
  const code = deriveAttentionRoute({ observation: [...observation], ageRange: ageRange ?? null });
  return code === 'four_step' ? fourStepRoute : code === 'two_step' ? twoStepRoute : null;
}
