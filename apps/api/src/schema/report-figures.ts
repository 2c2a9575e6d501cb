import { builder } from '../builder.ts';
import type { StoredFigures } from '../db/schema/index.ts';
import { countFigure, publish, type Figure } from '../disclosure/figure.ts';
import { figureField } from '../disclosure/fields.ts';
import type { Protection } from '../disclosure/protection.ts';
import { emptyFigures, figureKeys, type FigureKey, type Figures } from '../reports/figures.ts';

/** A report's Table 2 figures as GraphQL types, each protected like every figure. */

type CellShape = { code: string; figure: Figure };
const FigureCell = builder.objectRef<CellShape>('FigureCell').implement({
  fields: (t) => ({
    code: t.exposeString('code', { description: 'FORM.md code (ISO3 for nationalities)' }),
    value: t.int({
      nullable: true,
      ...figureField<CellShape>((c) => c.figure, 'Exact, or perturbed for roles without clearance'),
    }),
    suppressed: t.boolean({
      deprecationReason: 'Since 2026-12 figures are perturbed, never suppressed: always false.',
      resolve: () => false,
    }),
  }),
});

export type FiguresShape = Figures & { protection: Protection };
/** Estimates of people reached are sums (magnitudes); every other figure counts records. */
const magnitudes = new Set<FigureKey>(['peopleReached', 'womenReached', 'minorsReached']);
const figureOf = (f: FiguresShape, key: FigureKey): Figure => ({
  value: f[key],
  keySum: f.keySums?.[key] ?? 0,
  kind: magnitudes.has(key) ? 'magnitude' : 'count',
  protection: f.protection,
});

export const ReportFigures = builder.objectRef<FiguresShape>('ReportFigures').implement({
  description:
    'Table 2 figures of a hub-month, computed live from the records (not_approved left out), protected like every figure.',
  fields: (t) => ({
    month: t.exposeString('month'),
    exact: t.boolean({
      description:
        'True when these figures are exact (a role with clearance, or a reviewer while a verification meeting of the month is open); false when perturbed',
      resolve: (f) => f.protection.exact,
    }),
    ...Object.fromEntries(
      figureKeys.map((key) => [key, t.int(figureField<FiguresShape>((f) => figureOf(f, key)))]),
    ),
    topNationalities: t.field({
      type: [FigureCell],
      resolve: (f) =>
        f.topNationalities
          .map((c) => ({ code: c.code, figure: countFigure(c.value, c.keySum ?? 0, f.protection) }))
          .filter((c) => publish(c.figure) > 0)
          .sort((a, b) => publish(b.figure) - publish(a.figure)),
    }),
  }),
});

type ChangeShape = { figure: FigureKey; before: FiguresShape; after: FiguresShape };
export const FigureChange = builder.objectRef<ChangeShape>('FigureChange').implement({
  fields: (t) => ({
    figure: t.exposeString('figure'),
    before: t.int(
      figureField<ChangeShape>((c) => figureOf(c.before, c.figure), 'At the latest verification'),
    ),
    after: t.int(figureField<ChangeShape>((c) => figureOf(c.after, c.figure), 'Now')),
  }),
});

/** A stored snapshot read back as figures (older snapshots have no key sums: 0). */
export function storedAsFigures(
  f: StoredFigures,
  month: string,
  protection: Protection,
): FiguresShape {
  const figures = emptyFigures(month);
  for (const k of figureKeys) figures[k] = Number(f[k] ?? 0);
  const keySums = f.keySums as Record<string, number> | undefined;
  for (const k of figureKeys) figures.keySums[k] = Number(keySums?.[k] ?? 0);
  const top = (f.topNationalities ?? []) as { code: string; value: number; keySum?: number }[];
  figures.topNationalities = top.map((c) => ({ ...c, keySum: c.keySum ?? 0 }));
  return { ...figures, protection };
}

/** Figures whose true value changed since the snapshot (the published values are shown). */
export function changes(before: FiguresShape | null, after: FiguresShape): ChangeShape[] {
  if (!before) return [];
  return figureKeys
    .filter((k) => before[k] !== after[k])
    .map((figure) => ({ figure, before, after }));
}
