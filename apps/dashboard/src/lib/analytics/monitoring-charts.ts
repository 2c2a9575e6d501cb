/**
 * The analytics page's monitoring tables (issue 16 item 8): the API's `monitoringFigures` as the
 * ChartTables every chart card, table view and download is made from, labelled from the domain.
 */
import type { Lang } from '@ventanilla/domain/i18n';
import {
  feedbackQuestions,
  type FeedbackQuestionName,
} from '@ventanilla/domain/feedback/questionnaire';
import { caseSourceLabels, caseSources, type CaseSource } from '@ventanilla/domain/people/index';
import type { ResultOf } from '@ventanilla/ui/graphql';
import type { MONITORING_FIGURES } from './documents.ts';
import { withProtectionNote } from './protection.ts';
import { analyticsT } from './translate.ts';
import type { ChartKind, ChartTable, Disaggregation } from './types.ts';

export type MonitoringFigures = ResultOf<typeof MONITORING_FIGURES>['monitoringFigures'];
type Answer = MonitoringFigures['visits']['byVisits'];

/** Each question's chart, in the questionnaire's order. */
const feedbackChartIds = {
  satisfaction: 'feedback-satisfaction',
  clear_information: 'feedback-clear-information',
  respectful: 'feedback-respectful',
  waiting: 'feedback-waiting',
  recommend: 'feedback-recommend',
} as const satisfies Record<FeedbackQuestionName, string>;

export const monitoringChartIds = [
  'people-visits',
  'cases-source',
  'cases-mca',
  ...Object.values(feedbackChartIds),
] as const;
export type MonitoringChartId = (typeof monitoringChartIds)[number];

export function isMonitoringChartId(value: string): value is MonitoringChartId {
  return (monitoringChartIds as readonly string[]).includes(value);
}

const visitBuckets = ['1', '2', '3', '4+'];
const NOT_RECORDED = 'not_recorded';

/** What a table of one `Disaggregation` shows: its codes in order, their labels, its headers. */
type Spec = {
  answer: (f: MonitoringFigures) => Answer | undefined;
  codes: readonly string[];
  label: (code: string, lang: Lang) => string;
  kind: ChartKind;
  row: 'visits' | 'source' | 'answer';
  column: 'people' | 'cases' | 'responses';
};

function bucketLabel(code: string, lang: Lang): string {
  const t = analyticsT(lang);
  return code === '4+'
    ? t('an.mon.visits.bucketMore')
    : t('an.mon.visits.bucket', { count: Number(code) });
}

function feedbackSpec(name: FeedbackQuestionName): Spec {
  const question = feedbackQuestions.find((q) => q.name === name)!;
  return {
    answer: (f) => f.feedback.questions.find((q) => q.question === name)?.answers,
    codes: question.options.map((o) => o.code),
    label: (code, lang) => question.options.find((o) => o.code === code)?.label[lang] ?? code,
    kind: 'hbar',
    row: 'answer',
    column: 'responses',
  };
}

const specs: Record<Exclude<MonitoringChartId, 'cases-mca'>, Spec> = {
  'people-visits': {
    answer: (f) => f.visits.byVisits,
    codes: visitBuckets,
    label: bucketLabel,
    kind: 'bar',
    row: 'visits',
    column: 'people',
  },
  'cases-source': {
    answer: (f) => f.sources.bySource,
    codes: [...caseSources, NOT_RECORDED],
    label: (code, lang) =>
      code === NOT_RECORDED
        ? analyticsT(lang)('an.mon.sources.notRecorded')
        : (caseSourceLabels[code as CaseSource]?.[lang] ?? code),
    kind: 'hbar',
    row: 'source',
    column: 'cases',
  },
  'feedback-satisfaction': feedbackSpec('satisfaction'),
  'feedback-clear-information': feedbackSpec('clear_information'),
  'feedback-respectful': feedbackSpec('respectful'),
  'feedback-waiting': feedbackSpec('waiting'),
  'feedback-recommend': feedbackSpec('recommend'),
};

const asDisaggregation = (answer: Answer): Disaggregation => ({
  ...answer,
  cells: answer.cells.map((c) => ({ keys: c.keys, value: c.value ?? 0 })),
});

/** The hub staff's table of cases by advisor (exact; the API gives it to no one else). */
function casesByMcaTable(figures: MonitoringFigures, lang: Lang): ChartTable {
  const t = analyticsT(lang);
  return {
    id: 'cases-mca',
    title: t('an.mon.chart.cases-mca'),
    kind: 'hbar',
    rowHeader: t('an.mon.row.mca'),
    rowField: 'mca',
    columns: [t('an.mon.col.cases')],
    columnCodes: ['cases'],
    rows: (figures.sources.byMca ?? []).map((m) => ({
      code: m.mcaId ?? 'removed',
      label: m.name ?? t('an.mon.sources.mcaRemoved'),
      values: [{ value: m.cases }],
    })),
    notes: [t('an.mon.sources.byMcaNote')],
    protected: false,
  };
}

/** One monitoring table, rows in domain order (codes the domain lacks last), empty rows left out. */
export function buildMonitoringTable({
  id,
  figures,
  lang,
  revealed = false,
}: {
  id: MonitoringChartId;
  figures: MonitoringFigures;
  lang: Lang;
  /** The page shows a reviewer's revealed (exact) figures elsewhere. */
  revealed?: boolean;
}): ChartTable {
  if (id === 'cases-mca') return casesByMcaTable(figures, lang);
  const t = analyticsT(lang);
  const spec = specs[id];
  const found = spec.answer(figures);
  const answer = asDisaggregation(
    found ?? { total: 0, protected: figures.protected, threshold: null, cells: [] },
  );
  const values = new Map(answer.cells.map((c) => [c.keys[0]!, c.value]));
  const codes = [...spec.codes, ...[...values.keys()].filter((c) => !spec.codes.includes(c))];
  const rows = codes
    .filter((code) => (values.get(code) ?? 0) > 0)
    .map((code) => ({
      code,
      label: spec.label(code, lang),
      values: [{ value: values.get(code)! }],
    }));
  const noted = withProtectionNote({
    table: {
      id,
      title: t(`an.mon.chart.${id}`),
      kind: spec.kind,
      rowHeader: t(`an.mon.row.${spec.row}`),
      rowField: spec.row,
      columns: [t(`an.mon.col.${spec.column}`)],
      columnCodes: [spec.column],
      rows,
      notes: id === 'people-visits' ? [t('an.mon.visits.definition')] : [],
    },
    answers: [answer],
    lang,
  });
  // A reviewer's reveal makes the page exact but never these: say so instead of the usual note.
  return revealed && noted.protected
    ? { ...noted, notes: [...noted.notes.slice(0, -1), t('an.mon.stillProtected')] }
    : noted;
}

/** The section's tables by group; the by-advisor table only when the API gave it (hub staff). */
export function buildMonitoringTables({
  figures,
  lang,
  revealed = false,
}: {
  figures: MonitoringFigures;
  lang: Lang;
  revealed?: boolean;
}): { visits: ChartTable[]; sources: ChartTable[]; feedback: ChartTable[] } {
  const build = (id: MonitoringChartId) => buildMonitoringTable({ id, figures, lang, revealed });
  return {
    visits: [build('people-visits')],
    sources:
      figures.sources.byMca == null
        ? [build('cases-source')]
        : [build('cases-source'), build('cases-mca')],
    feedback: feedbackQuestions.map((q) => build(feedbackChartIds[q.name])),
  };
}
