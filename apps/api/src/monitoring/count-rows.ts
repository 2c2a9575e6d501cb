import type { DisaggregationResult } from '../analytics/disaggregate.ts';
import { countFigure, publish, type Figure } from '../disclosure/figure.ts';
import type { Protection } from '../disclosure/protection.ts';

/** A grouped SQL row of a count: records `v` and the sum of their record keys `ks`. */
export type CountRow = { v: number | string; ks: number | string };

/** The count figure of a row (0 records when the group is absent). */
export const figureOfRow = (row: CountRow | undefined, protection: Protection): Figure =>
  countFigure(Number(row?.v ?? 0), Number(row?.ks ?? 0), protection);

/**
 * A one-key table from grouped rows, as `disaggregation` answers: cells published 0 left out,
 * sorted by key; the total is a figure of its own (the union of the cells' records).
 */
export function tableOfRows<R extends CountRow>(
  rows: R[],
  code: (row: R) => string | null,
  protection: Protection,
): DisaggregationResult {
  const own = rows.filter((r) => code(r) != null);
  const total = countFigure(
    own.reduce((s, r) => s + Number(r.v), 0),
    own.reduce((s, r) => s + Number(r.ks), 0),
    protection,
  );
  const cells = own
    .map((r) => ({ keys: [code(r)!], figure: figureOfRow(r, protection) }))
    .filter((c) => publish(c.figure) !== 0)
    .sort((a, b) => (a.keys[0]! < b.keys[0]! ? -1 : 1));
  return { total, protection, cells };
}
