import type { Lang, Localized } from '../i18n.ts';

/** Interest and power are scored 1 (lowest) to 10 (highest); 6 and above counts as high. */
export const audienceScale = { min: 1, max: 10, highFrom: 6 } as const;

/**
 * Target audiences are the people the message must reach; welcome audiences can strongly
 * sway the community either way (local authorities, community leaders, visitors from other
 * communities) (000:L2149-L2152).
 */
export type AudienceKind = 'target' | 'welcome';

export type Audience = {
  id: string;
  name: string;
  kind: AudienceKind;
  interest: number;
  power: number;
};

export type AudienceQuadrant = 'priority' | 'keepSatisfied' | 'keepInformed' | 'monitor';

/**
 * The quadrants of the interest/power matrix. The handbook names only the upper-right one
 * (high interest, high power: the priority audiences, 000:L2154-L2156); the other three names
 * are ours, after the usual stakeholder grid.
 */
export const audienceQuadrants: Readonly<
  Record<AudienceQuadrant, { label: Localized; advice: Localized }>
> = {
  priority: {
    label: { es: 'Prioritaria', en: 'Priority' },
    advice: {
      es: 'Mucho interés y mucho poder: diríjale la campaña y trabaje de cerca con ella.',
      en: 'High interest and high power: aim the campaign at it and work with it closely.',
    },
  },
  keepSatisfied: {
    label: { es: 'Mantener satisfecha', en: 'Keep satisfied' },
    advice: {
      es: 'Poco interés y mucho poder: despierte su interés y evite que se oponga.',
      en: 'Low interest and high power: raise its interest and keep it from opposing.',
    },
  },
  keepInformed: {
    label: { es: 'Mantener informada', en: 'Keep informed' },
    advice: {
      es: 'Mucho interés y poco poder: infórmele con regularidad; puede ser una aliada.',
      en: 'High interest and low power: keep it regularly informed; it can become an ally.',
    },
  },
  monitor: {
    label: { es: 'Observar', en: 'Monitor' },
    advice: {
      es: 'Poco interés y poco poder: vigile si su posición cambia.',
      en: 'Low interest and low power: watch whether its position changes.',
    },
  },
};

/** Keeps a score inside the scale (rounded to a whole number). */
export function clampScore({ value }: { value: number }): number {
  if (!Number.isFinite(value)) return audienceScale.min;
  return Math.min(audienceScale.max, Math.max(audienceScale.min, Math.round(value)));
}

/** The matrix quadrant of an audience. */
export function classifyAudience({
  interest,
  power,
}: {
  interest: number;
  power: number;
}): AudienceQuadrant {
  const highInterest = interest >= audienceScale.highFrom;
  const highPower = power >= audienceScale.highFrom;
  if (highInterest && highPower) return 'priority';
  if (highPower) return 'keepSatisfied';
  if (highInterest) return 'keepInformed';
  return 'monitor';
}

/** Priority audiences (high interest and high power), strongest first: they feed the planning step. */
export function listPriorityAudiences({
  audiences,
}: {
  audiences: readonly Audience[];
}): Audience[] {
  return audiences
    .filter((a) => classifyAudience(a) === 'priority')
    .sort((a, b) => b.interest + b.power - (a.interest + a.power) || a.name.localeCompare(b.name));
}

export type ArrowKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

/**
 * Moves an audience on the board by one step: left/right change interest (x axis), up/down
 * change power (y axis). Home/End-like jumps are left to the caller.
 */
export function moveAudience({
  audience,
  key,
  step = 1,
}: {
  audience: Pick<Audience, 'interest' | 'power'>;
  key: ArrowKey;
  step?: number;
}): { interest: number; power: number } {
  const { interest, power } = audience;
  switch (key) {
    case 'ArrowLeft':
      return { interest: clampScore({ value: interest - step }), power };
    case 'ArrowRight':
      return { interest: clampScore({ value: interest + step }), power };
    case 'ArrowUp':
      return { interest, power: clampScore({ value: power + step }) };
    case 'ArrowDown':
      return { interest, power: clampScore({ value: power - step }) };
  }
}

/** A sentence for screen readers after a move: "Migrantes: interés 7, poder 3 — Mantener informada". */
export function describeAudiencePosition({
  audience,
  lang,
}: {
  audience: Pick<Audience, 'name' | 'interest' | 'power'>;
  lang: Lang;
}): string {
  const quadrant = audienceQuadrants[classifyAudience(audience)].label[lang];
  return lang === 'es'
    ? `${audience.name}: interés ${audience.interest}, poder ${audience.power}. Cuadrante: ${quadrant}.`
    : `${audience.name}: interest ${audience.interest}, power ${audience.power}. Quadrant: ${quadrant}.`;
}

/** The handbook's worked example (000:L2178-L2194); positions of the last three are our guess. */
export const exampleAudiences: readonly Omit<Audience, 'id'>[] = [
  { name: 'Autoridades migratorias', kind: 'target', interest: 9, power: 9 },
  { name: 'Policía local', kind: 'target', interest: 8, power: 8 },
  { name: 'Personas migrantes', kind: 'target', interest: 9, power: 3 },
  { name: 'Familiares y amistades de personas migrantes', kind: 'welcome', interest: 8, power: 3 },
  { name: 'Programa de televisión', kind: 'welcome', interest: 3, power: 8 },
];
