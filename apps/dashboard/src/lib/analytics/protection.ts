/**
 * How the figures of an analytics page reach the viewer (API.md, "Disclosure control"):
 * perturbed for roles without clearance (reviewers), exact after a reviewer's audited reveal,
 * exact for cleared roles. Figures the page derives (sums, remainders, changes) come from the
 * published figures; a remainder or difference still shows nothing in 1..k−1 (`publishDerived`).
 */
import type { Lang } from '@ventanilla/ui';
import { analyticsT } from './translate.ts';
import type { ChartTable, Disaggregation, Protection } from './types.ts';

/** The protection of a set of answers: protected as soon as one of them is. */
export function protectionOf({
  answers,
  revealReason,
}: {
  answers: Disaggregation[];
  revealReason: string | null;
}): Protection {
  if (answers.some((a) => a.protected)) return 'protected';
  return revealReason ? 'revealed' : 'exact';
}

/** A chart's table with its `protected` flag and, when protected, the note that says so. */
export function withProtectionNote({
  table,
  answers,
  lang,
}: {
  table: Omit<ChartTable, 'protected'>;
  answers: Disaggregation[];
  lang: Lang;
}): ChartTable {
  const isProtected = answers.some((a) => a.protected);
  return {
    ...table,
    protected: isProtected,
    notes: isProtected ? [...table.notes, analyticsT(lang)('an.protected')] : table.notes,
  };
}

/** The page's one note about protection (KPI area), or null when there is nothing to say. */
export function pageProtectionNote({
  protection,
  lang,
}: {
  protection: Protection;
  lang: Lang;
}): string | null {
  const t = analyticsT(lang);
  if (protection === 'protected') return t('an.protectedPage');
  if (protection === 'revealed') return t('an.revealedPage');
  return null;
}

/**
 * A figure the page derives from published ones (a remainder, a difference of two series) obeys
 * the same rule as the API's: under protection with threshold k, nothing in 1..k−1 is shown, so
 * such a value reads 0 (it is a difference of noisy figures, not a count anyone was given).
 */
export function publishDerived({
  value,
  answers,
}: {
  value: number;
  answers: (Disaggregation | undefined)[];
}): number {
  const k = answers.find((a) => a?.protected)?.threshold ?? null;
  return k !== null && value > 0 && value < k ? 0 : value;
}

/**
 * What an empty table says (#16): "no records" only when its figures are exact. A protected
 * table is empty when every count was published as 0, which small counts also are: saying "no
 * records" would be false, and saying "there are records" would tell which zeros are not 0.
 */
export function emptyTableNote({ table, lang }: { table: ChartTable; lang: Lang }): string {
  return analyticsT(lang)(table.protected ? 'an.noDataProtected' : 'an.noData');
}
