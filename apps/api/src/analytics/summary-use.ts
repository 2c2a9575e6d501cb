/**
 * Whether analytics read the monthly summaries when they can answer (the default) or always the
 * records: `ANALYTICS_SUMMARIES=off` (read on every query) lets the tests compare both paths on
 * the same data and lets an operator bypass the summaries without a release.
 */
export const summariesEnabled = (): boolean => process.env.ANALYTICS_SUMMARIES !== 'off';
