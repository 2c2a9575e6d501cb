/**
 * The analytics page's referral tables (issue 16 item 8): the API's `referralFigures` as the
 * ChartTables every chart card, table view and download is made from, labelled from the domain.
 */
import type { Lang } from '@ventanilla/domain/i18n';
import {
  labelReferralSector,
  referralOutcomeLabels,
  referralOutcomes,
  referralSectorCodes,
  referralStateLabels,
  referralStates,
  type ReferralOutcome,
  type ReferralState,
} from '@ventanilla/domain/referrals/index';
import type { ResultOf } from '@ventanilla/ui/graphql';
import type { ReferralFiguresFields } from './documents.ts';
import { withProtectionNote } from './protection.ts';
import { analyticsT } from './translate.ts';
import type { ChartKind, ChartTable, Disaggregation } from './types.ts';

export const referralChartIds = [
  'referrals-state',
  'referrals-outcome',
  'referrals-sector',
] as const;
export type ReferralChartId = (typeof referralChartIds)[number];

export function isReferralChartId(value: string): value is ReferralChartId {
  return (referralChartIds as readonly string[]).includes(value);
}

export type ReferralFigures = ResultOf<typeof ReferralFiguresFields>;

/** What each table shows: its answer, its codes in domain order, their labels. */
const specs: Record<
  ReferralChartId,
  {
    answer: (f: ReferralFigures) => ReferralFigures['byState'];
    codes: readonly string[];
    label: (code: string, lang: Lang) => string;
    kind: ChartKind;
    /** Row header key and the codes download's field name. */
    row: 'state' | 'outcome' | 'sector';
  }
> = {
  'referrals-state': {
    answer: (f) => f.byState,
    codes: referralStates,
    label: (code, lang) => referralStateLabels[code as ReferralState]?.[lang] ?? code,
    kind: 'bar',
    row: 'state',
  },
  'referrals-outcome': {
    answer: (f) => f.byOutcome,
    codes: referralOutcomes,
    label: (code, lang) => referralOutcomeLabels[code as ReferralOutcome]?.[lang] ?? code,
    kind: 'hbar',
    row: 'outcome',
  },
  'referrals-sector': {
    answer: (f) => f.bySector,
    codes: referralSectorCodes,
    label: (code, lang) => labelReferralSector({ code, lang }),
    kind: 'hbar',
    row: 'sector',
  },
};

/** An answer with missing values read as 0 (the API leaves zeros out; never null since 2026-12). */
function asDisaggregation(answer: ReferralFigures['byState']): Disaggregation {
  return { ...answer, cells: answer.cells.map((c) => ({ keys: c.keys, value: c.value ?? 0 })) };
}

/** One referral table, rows in domain order (codes the domain lacks last), empty rows left out. */
export function buildReferralTable({
  id,
  figures,
  lang,
  revealed = false,
}: {
  id: ReferralChartId;
  figures: ReferralFigures;
  lang: Lang;
  /** The page shows a reviewer's revealed (exact) figures elsewhere. */
  revealed?: boolean;
}): ChartTable {
  const t = analyticsT(lang);
  const spec = specs[id];
  const answer = asDisaggregation(spec.answer(figures));
  const values = new Map(answer.cells.map((c) => [c.keys[0]!, c.value]));
  const codes = [...spec.codes, ...[...values.keys()].filter((c) => !spec.codes.includes(c))];
  const rows = codes
    .filter((code) => (values.get(code) ?? 0) > 0)
    .map((code) => ({
      code,
      label: spec.label(code, lang),
      values: [{ value: values.get(code)! }],
    }));
  const table = {
    id,
    title: t(`an.ref.chart.${spec.row}`),
    kind: spec.kind,
    rowHeader: t(`an.ref.row.${spec.row}`),
    rowField: spec.row,
    columns: [t('an.ref.col.referrals')],
    columnCodes: ['referrals'],
    rows,
    notes: spec.row === 'sector' ? [t('an.ref.note.sector')] : [],
  };
  const noted = withProtectionNote({ table, answers: [answer], lang });
  // A reviewer's reveal makes the page exact but never these: say so instead of the usual note.
  return revealed && noted.protected
    ? { ...noted, notes: [...table.notes, t('an.ref.stillProtected')] }
    : noted;
}

/** Every referral table of the section. */
export function buildReferralTables({
  figures,
  lang,
  revealed = false,
}: {
  figures: ReferralFigures;
  lang: Lang;
  revealed?: boolean;
}): ChartTable[] {
  return referralChartIds.map((id) => buildReferralTable({ id, figures, lang, revealed }));
}
