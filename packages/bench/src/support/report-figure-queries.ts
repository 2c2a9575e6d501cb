import type { SQL } from 'drizzle-orm';
import { figureStatements } from '@ventanilla/api/testing';

/**
 * The monthly report figures (issue 17) as a reviewer asks for them: one hub-month's report,
 * and every hub's reports of a year (the report list). Each with the statements the API runs
 * for it: the months asked for and the three before each (a report shows its previous months),
 * from the summaries unless ANALYTICS_SUMMARIES=off.
 */
export type ReportFigureQuery = {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  statements: SQL[];
};

const fields = `month cases referrals vulnerableCases minorCases womenCases inTransitCases
  activities peopleReached womenReached minorsReached activitiesWithUnmetNeeds
  topNationalities { code value }`;

/** YYYY-MM `n` months before `month`. */
function shift(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 - n, 1)).toISOString().slice(0, 7);
}

const withPrevious = (months: string[]) => [
  ...new Set(months.flatMap((m) => [m, shift(m, 1), shift(m, 2), shift(m, 3)])),
];

function statementsOf(hubs: string[], months: string[]): SQL[] {
  const s = figureStatements({ hubs, months: withPrevious(months) });
  return [s.cases, s.activities, s.nationalities];
}

export function reportFigureQueries({
  hub,
  hubs,
  end,
}: {
  hub: string;
  hubs: string[];
  end: string;
}): ReportFigureQuery[] {
  const year = Array.from(
    { length: 12 },
    (_, i) => `${end.slice(0, 4)}-${String(i + 1).padStart(2, '0')}`,
  );
  return [
    {
      name: 'report figures: 1 hub × 1 month',
      query: `query($h: String!, $m: String!) { monthlyReport(hub: $h, month: $m) { figures { ${fields} } } }`,
      variables: { h: hub, m: end },
      statements: statementsOf([hub], [end]),
    },
    {
      name: 'report figures: all hubs × 12 months',
      query: `query($m: [String!]!) { monthlyReports(months: $m) { figures { ${fields} } } }`,
      variables: { m: year },
      statements: statementsOf(hubs, year),
    },
  ];
}
