/**
 * The analytics pages' calls to the API: one GraphQL request per chart (an alias per series),
 * one for the KPI tiles, all started together.
 */
import type { Cookies } from '@sveltejs/kit';
import { countryList } from '@ventanilla/domain/form/options/country';
import { findOption } from '@ventanilla/domain/form/options/option';
import { profileList } from '@ventanilla/domain/form/options/profile';
import type { Lang } from '@ventanilla/domain/i18n';
import type { MeasureCode } from '@ventanilla/domain/monitoring/index';
import type { ApiClient } from '@ventanilla/ui/server';
import { buildChartTable, chartQueries, hideSmall, type ChartId } from './charts.ts';
import { buildCompareTable, compareQuery, type CompareChartId } from './compare.ts';
import { getPreviousPeriod, toRecordFilter, type AnalyticsFilter } from './period.ts';
import { analyticsT } from './translate.ts';
import type {
  ChartTable,
  Disaggregation,
  HubOption,
  Kpi,
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

const FIELDS = 'total threshold suppressedCells cells { keys value suppressed }';

type Input = {
  measure: MeasureCode;
  by: string[];
  filter: ReturnType<typeof toRecordFilter>;
  revealReason?: string;
};

/** The API refuses more than 15 aliases per request (graphql-armor); stay below it. */
const aliasesPerRequest = 12;

/** Runs several `disaggregation` calls as aliases, in parallel requests of a few each. */
export async function fetchDisaggregations({
  api,
  inputs,
}: {
  api: ApiClient;
  inputs: Record<string, Input>;
}): Promise<Record<string, Disaggregation>> {
  const keys = Object.keys(inputs);
  const chunks: string[][] = [];
  for (let i = 0; i < keys.length; i += aliasesPerRequest)
    chunks.push(keys.slice(i, i + aliasesPerRequest));
  const answers = await Promise.all(
    chunks.map(async (chunk) => {
      const variables = Object.fromEntries(chunk.map((k, i) => [`i${i}`, inputs[k]]));
      const query = `query Analytics(${chunk.map((_, i) => `$i${i}: DisaggregationInput!`).join(', ')}) {\n${chunk
        .map((_, i) => `  a${i}: disaggregation(input: $i${i}) { ${FIELDS} }`)
        .join('\n')}\n}`;
      const data = await api<Record<string, Disaggregation>>(query, variables);
      return chunk.map((k, i) => [k, data[`a${i}`]!] as const);
    }),
  );
  return Object.fromEntries(answers.flat());
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

/** The answers of one chart, as its table. */
export async function fetchChart({
  api,
  id,
  filter,
  lang,
  revealReason,
}: {
  api: ApiClient;
  id: ChartId;
  filter: AnalyticsFilter;
  lang: Lang;
  revealReason: string | null;
}): Promise<ChartTable> {
  const answers = await fetchDisaggregations({
    api,
    inputs: Object.fromEntries(
      chartQueries[id].map((s) => [s.key, inputFor(s, filter, revealReason)]),
    ),
  });
  return buildChartTable({ id, answers, lang, filter });
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

const exact = (value: number): TableValue => ({ value, suppressed: false });

function profileValue(answer: Disaggregation | undefined, code: string): TableValue {
  const cell = answer?.cells.find((c) => c.keys[0] === code);
  if (!cell) return exact(0);
  return cell.suppressed ? { value: null, suppressed: true } : exact(cell.value ?? 0);
}

/**
 * The KPI tiles for the period and the previous one of the same length: totals (one call per
 * measure and period, `by: []`) and cases by profile, in requests of at most 12 aliases each.
 */
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
}): Promise<{ kpis: Kpi[]; suppressedCells: number; threshold: number | null }> {
  const t = analyticsT(lang);
  const previous = getPreviousPeriod(filter);
  const inputs: Record<string, Input> = {};
  for (const [when, period] of [
    ['c', filter],
    ['p', previous],
  ] as const) {
    for (const [key, measure] of kpiMeasures)
      inputs[`${when}_${key}`] = inputFor({ key, measure, by: [] }, filter, revealReason, period);
    inputs[`${when}_profiles`] = inputFor(
      { key: 'profiles', measure: 'CASES', by: ['VULNERABILITY_PROFILE'] },
      filter,
      revealReason,
      period,
    );
  }
  const answers = await fetchDisaggregations({ api, inputs });
  const kpis: Kpi[] = kpiMeasures.map(([key, , estimate]) => ({
    id: key,
    label: t(`an.kpi.${key}`),
    // The API gives totals unsuppressed; the page still hides a small one (1..k−1) from
    // roles under suppression, as it would a cell.
    current: hideSmall(exact(answers[`c_${key}`]!.total), answers[`c_${key}`]!.threshold),
    previous: hideSmall(exact(answers[`p_${key}`]!.total), answers[`p_${key}`]!.threshold),
    estimate,
  }));
  for (const profile of profileList.options)
    kpis.push({
      id: `profile-${profile.code}`,
      label: t('an.kpi.profile', { profile: profile[lang] }),
      current: profileValue(answers.c_profiles, profile.code),
      previous: profileValue(answers.p_profiles, profile.code),
      estimate: false,
    });
  return {
    kpis,
    suppressedCells: answers.c_profiles!.suppressedCells,
    threshold: answers.c_profiles!.threshold,
  };
}

/** The hubs the caller reaches, for the filter bar (the API scopes `hubs`). */
export async function fetchHubOptions({
  api,
  lang,
}: {
  api: ApiClient;
  lang: Lang;
}): Promise<HubOption[]> {
  const data = await api<{ hubs: { code: string; name: string; country: string; type: string }[] }>(
    'query AnalyticsHubs { hubs { code name country type } }',
  );
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
}: {
  api: ApiClient;
  id: CompareChartId;
  filter: AnalyticsFilter;
  hubs: HubOption[];
  lang: Lang;
  revealReason: string | null;
}): Promise<ChartTable> {
  const answers = await fetchDisaggregations({
    api,
    inputs: { cases: inputFor(compareQuery(id), filter, revealReason) },
  });
  return buildCompareTable({ id, answer: answers.cases!, hubs, lang, filter });
}
