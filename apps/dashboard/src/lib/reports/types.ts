/**
 * Shapes of the monthly report answers, read off the documents in documents.ts (typed from
 * apps/api/schema.graphql); only the lists a page iterates are written here.
 */
import type { ResultOf } from '@ventanilla/ui/graphql';
import type {
  FiguresFields,
  FollowUpFields,
  ReportFields,
  ReportSummaryFields,
} from './documents.ts';

export const figureKeys = [
  'cases',
  'referrals',
  'vulnerableCases',
  'minorCases',
  'womenCases',
  'inTransitCases',
  'activities',
  'peopleReached',
  'womenReached',
  'minorsReached',
  'activitiesWithUnmetNeeds',
] as const satisfies readonly (keyof Figures)[];
export type FigureKey = (typeof figureKeys)[number];

/**
 * A hub-month's figures as the API publishes them: `exact` for cleared roles and for a reviewer
 * while a verification meeting of the month is open; perturbed (protected) otherwise.
 */
export type Figures = ResultOf<typeof FiguresFields>;
export type Report = ResultOf<typeof ReportFields>;
export type ReportSummary = ResultOf<typeof ReportSummaryFields>;
export type ReportStatus = ReportSummary['status'];
export type ReportAction = Report['allowedActions'][number];
export type Narrative = Report['narrative'];
export const narrativeKeys = [
  'achievements',
  'challenges',
  'lessonsLearned',
  'goodPractices',
  'migrationTrends',
] as const satisfies readonly (keyof Narrative)[];
export type Finding = Report['findings'][number];
/** The schema types `QualityFinding.severity` as a String; these are the values the API answers. */
export type Severity = 'high' | 'medium' | 'low';
export type FollowUp = ResultOf<typeof FollowUpFields>;
export type HistoryStep = Report['history'][number];
