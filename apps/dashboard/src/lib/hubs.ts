/** Figures of one hub in one month, as the API's `Hub.stats(month)` returns them. */
export type HubStats = {
  cases: number;
  activities: number;
  referrals: number;
  vulnerableCases: number;
};

/** A hub on the home page: who it is and its figures this month and last month. */
export type HubOverview = {
  code: string;
  name: string;
  country: string;
  countryName: string;
  type: string;
  current: HubStats | null;
  previous: HubStats | null;
};
