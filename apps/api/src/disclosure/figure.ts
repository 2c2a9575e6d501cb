import { perturbCount, perturbMagnitude } from '@ventanilla/domain/monitoring/index';
import type { Protection } from './protection.ts';

/**
 * A figure on its way out of the API: the true value, the sum of the record keys of the records
 * it counts (or sums), and the protection of the answer it belongs to. Only `publish` turns it
 * into a number; `figureField` (fields.ts) is how the schema exposes one.
 */
export type Figure = {
  value: number;
  keySum: number;
  /** count: records; magnitude: a sum of estimates (people reached). */
  kind: 'count' | 'magnitude';
  protection: Protection;
};

/** The number a caller sees: exact when the protection allows, else perturbed consistently. */
export function publish(figure: Figure): number {
  const { value, keySum, kind, protection } = figure;
  if (protection.exact) return kind === 'magnitude' ? Math.round(value) : value;
  const params = protection.params;
  return kind === 'magnitude'
    ? perturbMagnitude({ value, keySum, params })
    : perturbCount({ value, keySum, params });
}

/** A count figure. */
export const countFigure = (value: number, keySum: number, protection: Protection): Figure => ({
  value,
  keySum,
  kind: 'count',
  protection,
});

/** A count already published upstream (a data-quality finding's, from published metrics). */
export const publishedFigure = (value: number): Figure =>
  countFigure(value, 0, { exact: true, why: 'published' });
