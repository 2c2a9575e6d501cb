import {
  audienceQuadrants,
  impactCategories,
  messageTones,
  objectiveIndicators,
  swotGuidance,
  swotQuadrantOrder,
  towsStrategies,
  type AudienceKind,
  type AudienceQuadrant,
  type SwotQuadrant,
  type TowsStrategy,
} from '@ventanilla/domain/strategy/index';
import { builder } from '../builder.ts';

/** `keepSatisfied` → `KEEP_SATISFIED`: GraphQL enum names are UPPER_CASE, domain codes are not. */
export function toEnumName(code: string): string {
  return code.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/**
 * Enum values from a domain code list, so that a code added in packages/domain appears in the
 * schema without a second list to keep in step.
 */
function valuesOf<T extends string>(codes: readonly { code: T; description: string }[]) {
  return Object.fromEntries(
    codes.map(({ code, description }) => [toEnumName(code), { value: code, description }]),
  ) as Record<string, { value: T; description: string }>;
}

export const SwotQuadrantEnum = builder.enumType('SwotQuadrant', {
  description:
    'Strengths and weaknesses are internal (the hub); opportunities and threats external.',
  values: valuesOf<SwotQuadrant>(
    swotQuadrantOrder.map((code) => ({ code, description: swotGuidance[code].guidance.en })),
  ),
});

export const TowsStrategyEnum = builder.enumType('TowsStrategy', {
  description: 'The TOWS pairing of an internal SWOT quadrant with an external one.',
  values: valuesOf<TowsStrategy>(
    (Object.keys(towsStrategies) as TowsStrategy[]).map((code) => ({
      code,
      description: towsStrategies[code].label.en,
    })),
  ),
});

export const AudienceKindEnum = builder.enumType('AudienceKind', {
  values: valuesOf<AudienceKind>([
    { code: 'target', description: 'The people the message must reach' },
    {
      code: 'welcome',
      description: 'People who can strongly sway the community (authorities, leaders, visitors)',
    },
  ]),
});

export const AudienceQuadrantEnum = builder.enumType('AudienceQuadrant', {
  description: 'Where an audience falls on the interest × power matrix (6 and above is high).',
  values: valuesOf<AudienceQuadrant>(
    (Object.keys(audienceQuadrants) as AudienceQuadrant[]).map((code) => ({
      code,
      description: audienceQuadrants[code].advice.en,
    })),
  ),
});

export const ImpactCategoryEnum = builder.enumType('ImpactCategory', {
  values: valuesOf(impactCategories.map((c) => ({ code: c.code, description: c.en }))),
});

export const ObjectiveIndicatorEnum = builder.enumType('ObjectiveIndicator', {
  description:
    'What an objective counts; people, women and minors are compared with linked activities.',
  values: valuesOf(objectiveIndicators.map((c) => ({ code: c.code, description: c.en }))),
});

export const MessageToneEnum = builder.enumType('MessageTone', {
  values: valuesOf(messageTones.map((c) => ({ code: c.code, description: c.en }))),
});
