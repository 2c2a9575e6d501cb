/** Shapes of the monthly report API answers (apps/api/src/schema/reports.ts). */
export type ReportStatus = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'VERIFIED' | 'REOPENED';
export type ReportAction = 'SAVE_NARRATIVE' | 'SUBMIT' | 'RETURN' | 'VERIFY' | 'REOPEN';

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
] as const;
export type FigureKey = (typeof figureKeys)[number];

/**
 * A hub-month's figures as the API publishes them: `exact` for cleared roles and for a reviewer
 * while a verification meeting of the month is open; perturbed (protected) otherwise.
 */
export type Figures = Record<FigureKey, number> & {
  month: string;
  exact: boolean;
  topNationalities: { code: string; value: number }[];
};
export type Narrative = {
  achievements: string;
  challenges: string;
  lessonsLearned: string;
  goodPractices: string;
  migrationTrends: string;
};
export const narrativeKeys = [
  'achievements',
  'challenges',
  'lessonsLearned',
  'goodPractices',
  'migrationTrends',
] as const;
export type Finding = {
  rule: string;
  severity: 'high' | 'medium' | 'low';
  count: number;
  title: string;
  message: string;
  records: { kind: 'case' | 'activity'; id: string; date: string }[];
};
export type FollowUp = {
  id: string;
  hubCode: string;
  month: string;
  what: string;
  owner: string;
  dueDate: string;
  status: 'open' | 'done';
  overdue: boolean;
  meetingId: string;
};
export type HistoryStep = {
  action: string;
  fromStatus: string;
  toStatus: string;
  at: string;
  by: string;
  reason: string | null;
};
export type ReportSummary = {
  hubCode: string;
  hubName: string;
  month: string;
  status: ReportStatus;
  locked: boolean;
  reviewerComment: string | null;
};
export type Report = ReportSummary & {
  id: string | null;
  allowedActions: ReportAction[];
  narrative: Narrative;
  figures: Figures;
  previousFigures: Figures[];
  verifiedFigures: Figures | null;
  changesSinceVerification: { figure: FigureKey; before: number; after: number }[];
  findings: Finding[];
  history: HistoryStep[];
  followUps: FollowUp[];
};
