import type { DimensionCode, MeasureCode } from '@ventanilla/domain/monitoring/index';

/** The analytics page's 14 charts (measure and split), as the dashboard asks for them. */
export const pageCharts: readonly [MeasureCode, DimensionCode[]][] = [
  ['CASES', ['MONTH']],
  ['CASES', ['AGE_RANGE', 'GENDER']],
  ['CASES', ['NATIONALITY']],
  ['CASES', ['RESIDENCE']],
  ['CASES', ['SCHOOL_LEVEL']],
  ['CASES', ['OCCUPATION']],
  ['CASES', ['SERVICE']],
  ['CASES', ['ACTION']],
  ['REFERRALS', ['ACTION']],
  ['CASES', ['VULNERABILITY_PROFILE']],
  ['CASES', ['VULNERABILITY_TYPE']],
  ['CASES', ['ATTENTION_ROUTE']],
  ['ACTIVITIES', ['ACTIVITY_TYPE']],
  ['PEOPLE_REACHED_ESTIMATE', ['TOPIC']],
];
