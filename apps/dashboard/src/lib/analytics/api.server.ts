/**
 * The analytics pages' calls to the API: the KPI tiles and every chart's series go out as one
 * `disaggregations` request (one round trip and one session check for the whole page).
 */
import type { Cookies } from '@sveltejs/kit';
import { countryList } from '@ventanilla/domain/form/options/country';
import { findOption } from '@ventanilla/domain/form/options/option';
import { profileList } from '@ventanilla/domain/form/options/profile';
import type { Lang } from '@ventanilla/domain/i18n';
import type { VariablesOf } from '@ventanilla/ui/graphql';
import type { ApiClient } from '@ventanilla/ui/server';
import { ANALYTICS_HUBS, DISAGGREGATIONS } from './documents.ts';
import { buildChartTable, chartQueries, type ChartId } from './charts.ts';
import { buildCompareTable, compareQuery, type CompareChartId } from './compare.ts';
import { getPreviousPeriod, toRecordFilter, type AnalyticsFilter } from './period.ts';
import { protectionOf } from './protection.ts';
import { analyticsT } from './translate.ts';
import type {
  ChartTable,
  Disaggregation,
  HubOption,
  Kpi,
  KpiSet,
  SeriesQuery,
  TableValue,
} from './types.ts';

/** Cookie holding a reviewer's reason to see exact figures (only on /analytics, 30 minutes). */
export const REVEAL_COOKIE = 'vt_reveal';
export const REVEAL_PATH = '/analytics';
export const REVEAL_SECONDS = 30 * 60;

/** The reviewer's reason to see exact figures, when given (other roles never need one). */
export function readRevealReason({
  cookies,
  role,
}: {
  cookies: Cookies;
  role: string;
}): string | null {
  if (role !== 'reviewer') return null;
  const reason = cookies.get(REVEAL_COOKIE)?.trim() ?? '';
  return reason.length >= 10 && reason.length <= 500 ? reason : null;
}

type Input = VariablesOf<typeof DISAGGREGATIONS>['inputs'][number];

/** Runs several `disaggregation` calls as ONE `disaggregations` request (answers in order). */
export async function fetchDisaggregations({
  api,
  inputs,
}: {
  api: ApiClient;
  inputs: Record<string, Input>;
}): Promise<Record<string, Disaggregation>> {
  const keys = Object.keys(inputs);
  if (!keys.length) return {};
  const data = await api(DISAGGREGATIONS, { inputs: keys.map((key) => inputs[key]!) });
  return Object.fromEntries(
    keys.map((key, i) => {
      const answer = data.disaggregations[i]!;
      const cells = answer.cells.map((cell) => ({ keys: cell.keys, value: cell.value ?? 0 }));
      return [key, { ...answer, cells }];
    }),
  );
}

function inputFor(
  series: SeriesQuery,
  filter: AnalyticsFilter,
  revealReason: string | null,
  period?: { from: string; to: string },
): Input {
  return {
    measure: series.measure,
    by: series.by,
    filter: toRecordFilter({ filter, period }),
    ...(revealReason ? { revealReason } : {}),
  };
}

/** The `disaggregation` inputs of one chart, keyed `<chart>.<series>`. */
export function chartInputs({
  id,
  filter,
  revealReason,
}: {
  id: ChartId;
  filter: AnalyticsFilter;
  revealReason: string | null;
}): Record<string, Input> {
  return Object.fromEntries(
    chartQueries[id].map((s) => [`${id}.${s.key}`, inputFor(s, filter, revealReason)]),
  );
}

/** One chart's table from answers fetched with `chartInputs`. */
export function chartFromAnswers({
  id,
  answers,
  filter,
  lang,
  runningMonth,
}: {
  id: ChartId;
  answers: Record<string, Disaggregation>;
  filter: AnalyticsFilter;
  lang: Lang;
  runningMonth: string;
}): ChartTable {
  const own = Object.fromEntries(chartQueries[id].map((s) => [s.key, answers[`${id}.${s.key}`]!]));
  return buildChartTable({ id, answers: own, lang, filter, runningMonth });
}

/** The answers of one chart, as its table. */
export async function fetchChart({
  api,
  id,
  filter,
  lang,
  revealReason,
  runningMonth,
}: {
  api: ApiClient;
  id: ChartId;
  filter: AnalyticsFilter;
  lang: Lang;
  revealReason: string | null;
  runningMonth: string;
}): Promise<ChartTable> {
  const answers = await fetchDisaggregations({
    api,
    inputs: chartInputs({ id, filter, revealReason }),
  });
  return chartFromAnswers({ id, answers, filter, lang, runningMonth });
}

const kpiMeasures = [
  ['cases', 'CASES', false],
  ['vulnerable', 'VULNERABLE_CASES', false],
  ['referrals', 'REFERRALS', false],
  ['activities', 'ACTIVITIES', false],
  ['people', 'PEOPLE_REACHED_ESTIMATE', true],
  ['women', 'WOMEN_REACHED_ESTIMATE', true],
  ['minors', 'MINORS_REACHED_ESTIMATE', true],
] as const;

/** The published value of a profile's cell (a missing cell is a 0: the API leaves out zeros). */
function profileValue(answer: Disaggregation | undefined, code: string): TableValue {
  return { value: answer?.cells.find((c) => c.keys[0] === code)?.value ?? 0 };
}

/**
 * The KPI tiles' inputs for the period and the previous one of the same length: totals (one
 * per measure and period, `by: []`) and cases by profile, keyed `kpi.<c|p>_<measure>`.
 */
export function kpiInputs({
  filter,
  revealReason,
}: {
  filter: AnalyticsFilter;
  revealReason: string | null;
}): Record<string, Input> {
  const previous = getPreviousPeriod(filter);
  const inputs: Record<string, Input> = {};
  for (const [when, period] of [
    ['c', filter],
    ['p', previous],
  ] as const) {
    for (const [key, measure] of kpiMeasures)
      inputs[`kpi.${when}_${key}`] = inputFor(
        { key, measure, by: [] },
        filter,
        revealReason,
        period,
      );
    inputs[`kpi.${when}_profiles`] = inputFor(
      { key: 'profiles', measure: 'CASES', by: ['VULNERABILITY_PROFILE'] },
      filter,
      revealReason,
      period,
    );
  }
  return inputs;
}

/**
 * The KPI tiles from answers fetched with `kpiInputs`. Every figure is the API's published total
 * or cell; the change from the previous period is worked out from them, as published.
 */
export function kpisFromAnswers({
  answers,
  lang,
  revealReason,
}: {
  answers: Record<string, Disaggregation>;
  lang: Lang;
  revealReason: string | null;
}): KpiSet {
  const t = analyticsT(lang);
  const answer = (key: string) => answers[`kpi.${key}`]!;
  const kpis: Kpi[] = kpiMeasures.map(([key, , estimate]) => ({
    id: key,
    label: t(`an.kpi.${key}`),
    current: { value: answer(`c_${key}`).total },
    previous: { value: answer(`p_${key}`).total },
    estimate,
  }));
  for (const profile of profileList.options)
    kpis.push({
      id: `profile-${profile.code}`,
      label: t('an.kpi.profile', { profile: profile[lang] }),
      current: profileValue(answer('c_profiles'), profile.code),
      previous: profileValue(answer('p_profiles'), profile.code),
      estimate: false,
    });
  const own = Object.entries(answers).filter(([key]) => key.startsWith('kpi.'));
  return { kpis, protection: protectionOf({ answers: own.map(([, a]) => a), revealReason }) };
}

/** The KPI tiles alone (the comparison page asks for them hub by hub). */
export async function fetchKpis({
  api,
  filter,
  lang,
  revealReason,
}: {
  api: ApiClient;
  filter: AnalyticsFilter;
  lang: Lang;
  revealReason: string | null;
}): Promise<KpiSet> {
  const answers = await fetchDisaggregations({ api, inputs: kpiInputs({ filter, revealReason }) });
  return kpisFromAnswers({ answers, lang, revealReason });
}

/** The hubs the caller reaches, for the filter bar (the API scopes `hubs`). */
export async function fetchHubOptions({
  api,
  lang,
}: {
  api: ApiClient;
  lang: Lang;
}): Promise<HubOption[]> {
  const data = await api(ANALYTICS_HUBS);
  return data.hubs
    .map((hub) => ({
      code: hub.code,
      name: hub.name,
      country: hub.country,
      countryName: findOption({ list: countryList, code: hub.country })?.[lang] ?? hub.country,
      type: (hub.type.toLowerCase() === 'mobile' ? 'mobile' : 'permanent') as HubOption['type'],
    }))
    .sort(
      (a, b) =>
        a.countryName.localeCompare(b.countryName, lang) || a.name.localeCompare(b.name, lang),
    );
}

/** One comparison chart (CASES by HUB and a dimension) for 2–4 hubs. */
export async function fetchCompareChart({
  api,
  id,
  filter,
  hubs,
  lang,
  revealReason,
  runningMonth,
}: {
  api: ApiClient;
  id: CompareChartId;
  filter: AnalyticsFilter;
  hubs: HubOption[];
  lang: Lang;
  revealReason: string | null;
  runningMonth: string;
}): Promise<ChartTable> {
  const answers = await fetchDisaggregations({
    api,
    inputs: { cases: inputFor(compareQuery(id), filter, revealReason) },
  });
  return buildCompareTable({ id, answer: answers.cases!, hubs, lang, filter, runningMonth });
}
