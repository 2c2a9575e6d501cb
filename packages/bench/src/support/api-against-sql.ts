import { PgDialect } from 'drizzle-orm/pg-core';
import { compileAnalytics } from '@ventanilla/api/testing';
import { pageCharts } from './page-charts.ts';
import { median } from './timing.ts';

/** Posts a GraphQL body to the API with a session token; throws on GraphQL errors. */
export async function postGraphql(url: string, token: string, body: string): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });
  const json = (await res.json()) as { errors?: unknown };
  if (json.errors) throw new Error(JSON.stringify(json.errors));
}

/**
 * Times the API and the same statements run raw, interleaved run by run after `warmup` rounds
 * (so every pooled connection has prepared its statements); medians in ms.
 */
export async function timeApiAgainstSql({
  api,
  sql,
  runs,
  warmup = 1,
}: {
  api: () => Promise<unknown>;
  sql: () => Promise<unknown>;
  runs: number;
  warmup?: number;
}): Promise<{ api: number; sql: number }> {
  for (let i = 0; i < warmup; i++) {
    await api();
    await sql();
  }
  const apiTimes: number[] = [];
  const sqlTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    await api();
    apiTimes.push(performance.now() - t);
    t = performance.now();
    await sql();
    sqlTimes.push(performance.now() - t);
  }
  return { api: median(apiTimes), sql: median(sqlTimes) };
}

/**
 * The analytics page's 14 charts as the dashboard asks for them (ONE `disaggregations`
 * request) for a filter, and the statements the API runs for it.
 */
export function pageChartsRequest(filter: { hubCodes?: string[]; from: string; to: string }) {
  const dialect = new PgDialect();
  const body = JSON.stringify({
    query: `query($inputs: [DisaggregationInput!]!) { disaggregations(inputs: $inputs) { total protected threshold cells { keys value } } }`,
    variables: { inputs: pageCharts.map(([measure, by]) => ({ measure, by, filter })) },
  });
  const statements = pageCharts.flatMap(([measure, by]) => {
    const compiled = compileAnalytics({
      measure,
      by,
      filter: {
        from: filter.from,
        to: filter.to,
        hubCodes: filter.hubCodes ?? null,
        countries: null,
        hubType: null,
      },
    });
    return [compiled.cells, ...(compiled.total ? [compiled.total] : [])].map((x) =>
      dialect.sqlToQuery(x),
    );
  });
  return { body, statements };
}
