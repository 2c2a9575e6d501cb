import type { Lang, Localized } from '../i18n.ts';

export type SwotQuadrant = 'strengths' | 'weaknesses' | 'opportunities' | 'threats';
export const swotQuadrantOrder: readonly SwotQuadrant[] = [
  'strengths',
  'weaknesses',
  'opportunities',
  'threats',
];

export type SwotItem = { id: string; quadrant: SwotQuadrant; text: string };

/**
 * Guidance per quadrant. Strengths and weaknesses are internal (the hub itself); opportunities
 * and threats are external (local government, community, other organizations)
 * (000:L2195-L2203). The examples are the handbook's two hub examples plus our suggestions.
 */
export const swotGuidance: Readonly<
  Record<
    SwotQuadrant,
    { label: Localized; analysis: 'internal' | 'external'; guidance: Localized; example: Localized }
  >
> = {
  strengths: {
    label: { es: 'Fortalezas', en: 'Strengths' },
    analysis: 'internal',
    guidance: {
      es: 'Interno: lo que la ventanilla hace bien o tiene a su favor.',
      en: 'Internal: what the hub does well or has in its favour.',
    },
    example: {
      es: 'Ej.: personal local que conoce los problemas de la zona.',
      en: 'E.g. local staff who know the area’s problems.',
    },
  },
  weaknesses: {
    label: { es: 'Debilidades', en: 'Weaknesses' },
    analysis: 'internal',
    guidance: {
      es: 'Interno: límites propios de la ventanilla.',
      en: 'Internal: the hub’s own limits.',
    },
    example: {
      es: 'Ej.: no podemos atender las 24 horas.',
      en: 'E.g. we cannot attend around the clock.',
    },
  },
  opportunities: {
    label: { es: 'Oportunidades', en: 'Opportunities' },
    analysis: 'external',
    guidance: {
      es: 'Externo: lo que el entorno (gobierno local, comunidad, otras organizaciones) ofrece.',
      en: 'External: what the surroundings (local government, community, other organizations) offer.',
    },
    example: {
      es: 'Sugerencia: alianzas con instituciones locales, ferias, herramientas de la OIM.',
      en: 'Suggestion: partnerships with local institutions, fairs, IOM tools.',
    },
  },
  threats: {
    label: { es: 'Amenazas', en: 'Threats' },
    analysis: 'external',
    guidance: {
      es: 'Externo: lo que en el entorno puede perjudicar la campaña.',
      en: 'External: what in the surroundings can harm the campaign.',
    },
    example: {
      es: 'Sugerencia: desinformación, reclutadores fraudulentos, estereotipos.',
      en: 'Suggestion: misinformation, fraudulent recruiters, stereotypes.',
    },
  },
};

export type TowsStrategy = 'SO' | 'ST' | 'WO' | 'WT';

export const towsStrategies: Readonly<
  Record<TowsStrategy, { pair: [SwotQuadrant, SwotQuadrant]; label: Localized }>
> = {
  SO: {
    pair: ['strengths', 'opportunities'],
    label: {
      es: 'FO: usar fortalezas para aprovechar oportunidades',
      en: 'SO: use strengths to seize opportunities',
    },
  },
  ST: {
    pair: ['strengths', 'threats'],
    label: {
      es: 'FA: usar fortalezas para reducir amenazas',
      en: 'ST: use strengths to reduce threats',
    },
  },
  WO: {
    pair: ['weaknesses', 'opportunities'],
    label: {
      es: 'DO: aprovechar oportunidades para superar debilidades',
      en: 'WO: use opportunities to overcome weaknesses',
    },
  },
  WT: {
    pair: ['weaknesses', 'threats'],
    label: {
      es: 'DA: reducir debilidades y evitar amenazas',
      en: 'WT: reduce weaknesses and avoid threats',
    },
  },
};

export type TowsPrompt = {
  /** Stable key: strategy and the two item ids. */
  key: string;
  strategy: TowsStrategy;
  internalId: string;
  externalId: string;
  text: string;
};

function promptText(strategy: TowsStrategy, a: string, b: string, lang: Lang): string {
  const es: Record<TowsStrategy, string> = {
    SO: `¿Cómo puede «${a}» ayudarnos a aprovechar «${b}»?`,
    ST: `¿Cómo puede «${a}» protegernos de «${b}»?`,
    WO: `¿Cómo puede «${b}» ayudarnos a superar «${a}»?`,
    WT: `¿Qué haremos para que «${a}» no nos deje expuestos a «${b}»?`,
  };
  const en: Record<TowsStrategy, string> = {
    SO: `How can “${a}” help us make the most of “${b}”?`,
    ST: `How can “${a}” protect us from “${b}”?`,
    WO: `How can “${b}” help us overcome “${a}”?`,
    WT: `What will we do so that “${a}” does not leave us exposed to “${b}”?`,
  };
  return (lang === 'es' ? es : en)[strategy];
}

/**
 * TOWS prompts: one question per pair of an internal item (strength or weakness) with an
 * external one (opportunity or threat), in board order. `limit` caps each strategy.
 */
export function buildTowsPrompts({
  items,
  lang,
  limit = 12,
}: {
  items: readonly SwotItem[];
  lang: Lang;
  limit?: number;
}): TowsPrompt[] {
  const prompts: TowsPrompt[] = [];
  for (const strategy of ['SO', 'ST', 'WO', 'WT'] as const) {
    const [internal, external] = towsStrategies[strategy].pair;
    const ins = items.filter((i) => i.quadrant === internal && i.text.trim());
    const outs = items.filter((i) => i.quadrant === external && i.text.trim());
    let n = 0;
    for (const a of ins) {
      for (const b of outs) {
        if (n++ >= limit) break;
        prompts.push({
          key: `${strategy}:${a.id}:${b.id}`,
          strategy,
          internalId: a.id,
          externalId: b.id,
          text: promptText(strategy, a.text.trim(), b.text.trim(), lang),
        });
      }
    }
  }
  return prompts;
}

/** Moves an item one place up or down within its quadrant; other quadrants keep their order. */
export function moveSwotItem({
  items,
  id,
  direction,
}: {
  items: readonly SwotItem[];
  id: string;
  direction: 'up' | 'down';
}): SwotItem[] {
  const item = items.find((i) => i.id === id);
  if (!item) return [...items];
  const same = items.filter((i) => i.quadrant === item.quadrant);
  const at = same.indexOf(item);
  const to = direction === 'up' ? at - 1 : at + 1;
  if (to < 0 || to >= same.length) return [...items];
  [same[at], same[to]] = [same[to]!, same[at]!];
  return swotQuadrantOrder.flatMap((q) =>
    q === item.quadrant ? same : items.filter((i) => i.quadrant === q),
  );
}
