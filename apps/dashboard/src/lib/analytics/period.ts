/** The filters of the analytics pages, as kept in the URL (a GET form works without JS). */
export type AnalyticsFilter = {
  /** First month, YYYY-MM, inclusive. */
  from: string;
  /** Last month, YYYY-MM, inclusive. */
  to: string;
  /** ISO 3166-1 alpha-3 of the hubs' countries; empty = all. */
  countries: string[];
  /** Hub codes; empty = all the caller reaches. */
  hubs: string[];
  hubType: 'permanent' | 'mobile' | null;
};

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Months since year 0, for arithmetic. */
function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthOf(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The month `today` falls in (UTC), YYYY-MM: the one still running. */
export function currentMonth({ today }: { today: Date }): string {
  return `${today.getUTCFullYear()}-${String(today.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** `month` moved by `delta` months. */
export function addMonths({ month, delta }: { month: string; delta: number }): string {
  return monthOf(monthIndex(month) + delta);
}

/** Every month from `from` to `to`, inclusive. */
export function listMonths({ from, to }: { from: string; to: string }): string[] {
  const out: string[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) out.push(monthOf(i));
  return out;
}

/** The period of the same length just before `from`..`to`. */
export function getPreviousPeriod({ from, to }: { from: string; to: string }): {
  from: string;
  to: string;
} {
  const length = monthIndex(to) - monthIndex(from) + 1;
  return {
    from: addMonths({ month: from, delta: -length }),
    to: addMonths({ month: to, delta: -length }),
  };
}

const list = (params: URLSearchParams, name: string, pattern: RegExp) => [
  ...new Set(
    params
      .getAll(name)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter((v) => pattern.test(v)),
  ),
];

/**
 * Reads the filter from the query string; missing or invalid parts take defaults (the last 12
 * months up to the current one). A reversed range is put in order.
 */
export function parseFilter({
  params,
  today,
}: {
  params: URLSearchParams;
  today: Date;
}): AnalyticsFilter {
  const current = currentMonth({ today });
  const read = (name: string) => {
    const value = params.get(name)?.trim() ?? '';
    return monthPattern.test(value) ? value : null;
  };
  let to = read('to') ?? current;
  let from = read('from') ?? addMonths({ month: to, delta: -11 });
  if (from > to) [from, to] = [to, from];
  // At most ten years: keeps the month axis and the queries bounded.
  if (monthIndex(to) - monthIndex(from) >= 120) from = addMonths({ month: to, delta: -119 });
  const type = params.get('type');
  return {
    from,
    to,
    countries: list(params, 'country', /^[A-Z]{3}$/),
    hubs: list(params, 'hub', /^[a-z0-9_]{1,64}$/),
    hubType: type === 'permanent' || type === 'mobile' ? type : null,
  };
}

/** The query string of a filter (for links and downloads), without a leading `?`. */
export function formatFilter({ filter }: { filter: AnalyticsFilter }): string {
  const params = new URLSearchParams({ from: filter.from, to: filter.to });
  for (const c of filter.countries) params.append('country', c);
  for (const h of filter.hubs) params.append('hub', h);
  if (filter.hubType) params.set('type', filter.hubType);
  return params.toString();
}

/** The API's `RecordFilter` for a filter (optionally over another period). */
/** The API's `HubType` values. */
const hubTypeEnum = { permanent: 'PERMANENT', mobile: 'MOBILE' } as const;

export function toRecordFilter({
  filter,
  period = filter,
}: {
  filter: AnalyticsFilter;
  period?: { from: string; to: string };
}) {
  return {
    from: period.from,
    to: period.to,
    hubCodes: filter.hubs.length ? filter.hubs : null,
    countries: filter.countries.length ? filter.countries : null,
    hubType: filter.hubType ? hubTypeEnum[filter.hubType] : null,
  };
}
