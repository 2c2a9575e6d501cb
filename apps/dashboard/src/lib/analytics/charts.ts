/**
 * The charts of the analytics pages: which `disaggregation` calls each one makes and how their
 * answers become the one table the chart, its table view and its downloads all show.
 * Server-side only (labels come from the domain lists, whose country names are heavy).
 */
import { optionLists, type ListName } from '@ventanilla/domain/form/options/index';
import { ageRangeList } from '@ventanilla/domain/form/options/age-range';
import { genderList } from '@ventanilla/domain/form/options/gender';
import { genderGroupList } from '@ventanilla/domain/form/options/gender-group';
import { residenceList } from '@ventanilla/domain/form/options/residence';
import type { Lang } from '@ventanilla/domain/i18n';
import { dimensions, type DimensionCode } from '@ventanilla/domain/monitoring/index';
import { dimensionFieldNames } from './field-names.ts';
import { listMonths, type AnalyticsFilter } from './period.ts';
import { publishDerived, withProtectionNote } from './protection.ts';
import { markRunningMonth } from './running-month.ts';
import { analyticsT } from './translate.ts';
import type { ChartKind, ChartTable, Disaggregation, SeriesQuery, TableValue } from './types.ts';

export const chartIds = [
  'cases-by-month',
  'age-gender',
  'nationality',
  'residence',
  'school-level',
  'occupation',
  'services',
  'actions',
  'profiles',
  'vulnerability-types',
  'attention-route',
  'activity-types',
  'topics',
  'unmet-needs',
] as const;

export type ChartId = (typeof chartIds)[number];

export function isChartId(value: string): value is ChartId {
  return (chartIds as readonly string[]).includes(value);
}

/** How many nationalities the nationality chart shows before "the rest". */
export const TOP_NATIONALITIES = 8;

/** The calls of each chart (one GraphQL request per chart; one alias per series). */
export const chartQueries: Record<ChartId, SeriesQuery[]> = {
  'cases-by-month': [{ key: 'cases', measure: 'CASES', by: ['MONTH'] }],
  'age-gender': [{ key: 'cases', measure: 'CASES', by: ['AGE_RANGE', 'GENDER'] }],
  nationality: [{ key: 'cases', measure: 'CASES', by: ['NATIONALITY'] }],
  residence: [{ key: 'cases', measure: 'CASES', by: ['RESIDENCE'] }],
  'school-level': [{ key: 'cases', measure: 'CASES', by: ['SCHOOL_LEVEL'] }],
  occupation: [{ key: 'cases', measure: 'CASES', by: ['OCCUPATION'] }],
  services: [{ key: 'cases', measure: 'CASES', by: ['SERVICE'] }],
  actions: [{ key: 'cases', measure: 'CASES', by: ['ACTION'] }],
  profiles: [{ key: 'cases', measure: 'CASES', by: ['VULNERABILITY_PROFILE'] }],
  'vulnerability-types': [{ key: 'cases', measure: 'CASES', by: ['VULNERABILITY_TYPE'] }],
  'attention-route': [{ key: 'cases', measure: 'CASES', by: ['ATTENTION_ROUTE'] }],
  'activity-types': [
    { key: 'activities', measure: 'ACTIVITIES', by: ['ACTIVITY_TYPE'] },
    { key: 'people', measure: 'PEOPLE_REACHED_ESTIMATE', by: ['ACTIVITY_TYPE'] },
  ],
  topics: [
    { key: 'activities', measure: 'ACTIVITIES', by: ['TOPIC'] },
    { key: 'people', measure: 'PEOPLE_REACHED_ESTIMATE', by: ['TOPIC'] },
  ],
  'unmet-needs': [
    { key: 'requested', measure: 'CASES', by: ['SERVICE'] },
    { key: 'referred', measure: 'REFERRALS', by: ['SERVICE'] },
  ],
};

type Answers = Record<string, Disaggregation>;

/** Labels of a dimension's codes in `lang`, from the domain option lists (hubs from the API). */
export function labelCode({
  dimension,
  code,
  lang,
  hubNames,
}: {
  dimension: DimensionCode;
  code: string;
  lang: Lang;
  hubNames?: Map<string, string>;
}): string {
  if (dimension === 'MONTH') return formatMonth({ month: code, lang });
  if (dimension === 'HUB' && hubNames?.has(code)) return hubNames.get(code)!;
  const list = dimensions[dimension].list;
  return list ? labelOf({ list, code, lang }) : code;
}

function labelOf({ list, code, lang }: { list: ListName; code: string; lang: Lang }): string {
  const option = (
    optionLists[list].options as readonly { code: string; es: string; en: string }[]
  ).find((o) => o.code === code);
  return option ? option[lang] : code;
}

const monthFormats = new Map<Lang, Intl.DateTimeFormat>();

/** "sep 2026" / "Sep 2026". */
export function formatMonth({ month, lang }: { month: string; lang: Lang }): string {
  let format = monthFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'es' ? 'es' : 'en-GB', {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    monthFormats.set(lang, format);
  }
  return format.format(new Date(`${month}-01T00:00:00Z`));
}

/** The published value of the cell with `keys`; a missing cell is a 0 (the API omits zeros). */
function valueAt(answer: Disaggregation | undefined, keys: string[]): TableValue {
  const cell = answer?.cells.find(
    (c) => c.keys.length === keys.length && c.keys.every((k, i) => k === keys[i]),
  );
  return { value: cell?.value ?? 0 };
}

/** The sum of published values (a group of codes the API counts apart). */
function sumValues(values: TableValue[]): TableValue {
  return { value: values.reduce((s, v) => s + v.value, 0) };
}

/** Codes of `dimension` in list order, followed by any the API returned that the list lacks. */
function codesOf(
  dimension: DimensionCode,
  answers: (Disaggregation | undefined)[],
  at = 0,
): string[] {
  const list = dimensions[dimension].list;
  const known: string[] = list
    ? (optionLists[list].options as readonly { code: string }[]).map((o) => o.code)
    : [];
  const seen = new Set(known);
  for (const answer of answers)
    for (const cell of answer?.cells ?? []) {
      const code = cell.keys[at];
      if (code != null && !seen.has(code)) {
        seen.add(code);
        known.push(code);
      }
    }
  return known;
}

/** A table of one or more series over one dimension; rows with nothing anywhere are dropped. */
function simpleTable({
  dimension,
  series,
  answers,
  lang,
  keepEmpty = false,
  codes,
}: {
  dimension: DimensionCode;
  /** `key` is the series' alias in the answers and its code in the codes download. */
  series: { key: string; header: string; estimate?: boolean }[];
  answers: Answers;
  lang: Lang;
  keepEmpty?: boolean;
  codes?: string[];
}) {
  const all =
    codes ??
    codesOf(
      dimension,
      series.map((s) => answers[s.key]),
    );
  const rows = all
    .map((code) => ({
      code,
      label: labelCode({ dimension, code, lang }),
      values: series.map((s) => ({
        ...valueAt(answers[s.key], [code]),
        estimate: s.estimate ?? false,
      })),
    }))
    .filter((row) => keepEmpty || row.values.some((v) => v.value > 0));
  return {
    rowHeader: dimensions[dimension].label[lang],
    rowField: dimensionFieldNames[dimension],
    columns: series.map((s) => s.header),
    columnCodes: series.map((s) => s.key),
    rows,
  };
}

/**
 * The table a chart shows, from its answers. Every value is the API's published figure or one
 * derived from published figures (a sum, a remainder, a difference); a derived remainder or
 * difference follows the same 1..k−1 rule (`publishDerived`), and the notes say when the figures
 * are protected.
 */
export function buildChartTable({
  id,
  answers,
  lang,
  filter,
  runningMonth = null,
}: {
  id: ChartId;
  answers: Answers;
  lang: Lang;
  filter: AnalyticsFilter;
  /** The month still running (YYYY-MM), marked as partial in the time series. */
  runningMonth?: string | null;
}): ChartTable {
  const table = markRunningMonth({
    table: chartTable({ id, answers, lang, filter }),
    runningMonth,
    lang,
  });
  return withProtectionNote({ table, answers: Object.values(answers), lang });
}

/** The chart's table before the protection note. */
function chartTable({
  id,
  answers,
  lang,
  filter,
}: {
  id: ChartId;
  answers: Answers;
  lang: Lang;
  filter: AnalyticsFilter;
}): Omit<ChartTable, 'protected'> {
  const t = analyticsT(lang);
  const cases = t('an.col.cases');
  const first = Object.values(answers)[0];
  const base = { id, notes: [] as string[] };
  const multiNote = t('an.note.multi', { total: first?.total ?? 0 });
  const one = (
    kind: ChartKind,
    title: string,
    dimension: DimensionCode,
    notes: string[] = [],
  ): Omit<ChartTable, 'protected'> => ({
    ...base,
    kind,
    title,
    notes,
    ...simpleTable({ dimension, series: [{ key: 'cases', header: cases }], answers, lang }),
  });

  switch (id) {
    case 'cases-by-month':
      return {
        ...base,
        kind: 'line',
        title: t('an.chart.casesByMonth'),
        ...simpleTable({
          dimension: 'MONTH',
          series: [{ key: 'cases', header: cases }],
          answers,
          lang,
          keepEmpty: true,
          codes: listMonths(filter),
        }),
      };
    case 'age-gender': {
      const answer = answers.cases;
      const groups = genderGroupList.options.map((g) => g.code);
      const rows = ageRangeList.options.map((age) => ({
        code: age.code,
        label: age[lang],
        values: groups.map((group) =>
          sumValues(
            genderList.options
              .filter((g) => g.gender_group === group)
              .map((g) => valueAt(answer, [age.code, g.code])),
          ),
        ),
      }));
      // A pyramid keeps every age band, so no group goes blank; nothing at all is no data.
      const any = rows.some((row) => row.values.some((v) => v.value > 0));
      return {
        ...base,
        kind: 'pyramid',
        title: t('an.chart.ageGender'),
        rowHeader: dimensions.AGE_RANGE.label[lang],
        rowField: dimensionFieldNames.AGE_RANGE,
        columns: genderGroupList.options.map((g) => g[lang]),
        columnCodes: groups,
        rows: any ? rows : [],
        notes: [t('an.note.gender')],
      };
    }
    case 'nationality': {
      const answer = answers.cases;
      const shown = (answer?.cells ?? [])
        .filter((c) => c.value > 0)
        .sort((a, b) => b.value - a.value || a.keys[0]!.localeCompare(b.keys[0]!))
        .slice(0, TOP_NATIONALITIES);
      const rows = shown.map((c) => ({
        code: c.keys[0]!,
        label: labelCode({ dimension: 'NATIONALITY', code: c.keys[0]!, lang }),
        values: [{ value: c.value }],
      }));
      // NATIONALITY is single-valued, so the rest is the total minus the nationalities shown,
      // all published figures. The total is protected on its own: when it is not above the
      // sum shown, there is no rest to draw.
      const rest = publishDerived({
        value: (answer?.total ?? 0) - shown.reduce((s, c) => s + c.value, 0),
        answers: [answer],
      });
      if (rest > 0) rows.push({ code: 'rest', label: t('an.rest'), values: [{ value: rest }] });
      return {
        ...base,
        kind: 'hbar',
        title: t('an.chart.nationality', { n: TOP_NATIONALITIES }),
        rowHeader: dimensions.NATIONALITY.label[lang],
        rowField: dimensionFieldNames.NATIONALITY,
        columns: [cases],
        columnCodes: ['cases'],
        rows,
      };
    }
    case 'residence': {
      const answer = answers.cases;
      const groups = [...new Set(residenceList.options.map((r) => r.handbook_group))];
      const rows = groups.map((group) => {
        const members = residenceList.options.filter((r) => r.handbook_group === group);
        return {
          code: group,
          label: members.map((m) => m[lang]).join(' + '),
          values: [sumValues(members.map((m) => valueAt(answer, [m.code])))],
        };
      });
      return {
        ...base,
        kind: 'doughnut',
        title: t('an.chart.residence'),
        rowHeader: dimensions.RESIDENCE.label[lang],
        // Rows are the handbook's groups, whose codes are a2_residence codes too.
        rowField: dimensionFieldNames.RESIDENCE,
        columns: [cases],
        columnCodes: ['cases'],
        rows: rows.filter((r) => r.values.some((v) => v.value > 0)),
        notes: [t('an.note.residence')],
      };
    }
    case 'school-level':
      return one('hbar', t('an.chart.schoolLevel'), 'SCHOOL_LEVEL');
    case 'occupation':
      return one('hbar', t('an.chart.occupation'), 'OCCUPATION');
    case 'services':
      return one('hbar', t('an.chart.services'), 'SERVICE', [multiNote]);
    case 'actions':
      return one('hbar', t('an.chart.actions'), 'ACTION', [multiNote]);
    case 'profiles':
      return one('hbar', t('an.chart.profiles'), 'VULNERABILITY_PROFILE', [t('an.note.profiles')]);
    case 'vulnerability-types':
      return one('hbar', t('an.chart.vulnerabilityTypes'), 'VULNERABILITY_TYPE', [multiNote]);
    case 'attention-route':
      return one('doughnut', t('an.chart.route'), 'ATTENTION_ROUTE', [t('an.note.route')]);
    case 'activity-types':
    case 'topics':
      return {
        ...base,
        kind: 'hbar',
        title: t(id === 'topics' ? 'an.chart.topics' : 'an.chart.activityTypes'),
        notes: [t('an.note.estimate'), ...(id === 'topics' ? [t('an.note.topics')] : [])],
        // Counts of tens beside reach in thousands: each drawn on a scale of its own.
        draw: { panels: [[0], [1]] },
        ...simpleTable({
          dimension: id === 'topics' ? 'TOPIC' : 'ACTIVITY_TYPE',
          series: [
            { key: 'activities', header: t('an.col.activities') },
            { key: 'people', header: t('an.col.people'), estimate: true },
          ],
          answers,
          lang,
        }),
      };
    case 'unmet-needs': {
      const table = simpleTable({
        dimension: 'SERVICE',
        series: [
          { key: 'requested', header: t('an.col.requested') },
          { key: 'referred', header: t('an.col.referred') },
        ],
        answers,
        lang,
      });
      const rows = table.rows.map((row) => {
        const [requested, referred] = row.values as [TableValue, TableValue];
        // Both are published figures, each protected on its own, so they can cross: the cases
        // not referred are then 0, never a negative count.
        const gap: TableValue = {
          value: publishDerived({
            value: Math.max(0, requested.value - referred.value),
            answers: [answers.requested, answers.referred],
          }),
        };
        return { ...row, values: [requested, referred, gap] };
      });
      return {
        ...base,
        kind: 'hbar',
        title: t('an.chart.unmetNeeds'),
        notes: [t('an.note.unmet'), multiNote],
        rowHeader: table.rowHeader,
        rowField: table.rowField,
        columns: [...table.columns, t('an.col.notReferred')],
        columnCodes: [...table.columnCodes, 'not_referred'],
        // The largest unmet needs first.
        rows: rows.sort(
          (a, b) =>
            b.values[2]!.value - a.values[2]!.value || b.values[0]!.value - a.values[0]!.value,
        ),
        // Each service one bar of the cases requesting it: referred, then not referred.
        draw: { panels: [[1, 2]], stacked: true },
      };
    }
  }
}
