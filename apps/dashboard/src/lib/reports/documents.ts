/** The monthly report documents; the shapes in types.ts are read off these. */
import { graphql } from '@ventanilla/ui/graphql';
import { ReferralFiguresFields } from '../analytics/documents.ts';

/** A hub-month's figures (the keys are `figureKeys` in types.ts). */
export const FiguresFields = graphql(`
  fragment FiguresFields on ReportFigures {
    month
    exact
    cases
    referrals
    vulnerableCases
    minorCases
    womenCases
    inTransitCases
    activities
    peopleReached
    womenReached
    minorsReached
    activitiesWithUnmetNeeds
    topNationalities {
      code
      value
    }
  }
`);

export const FollowUpFields = graphql(`
  fragment FollowUpFields on FollowUp {
    id
    hubCode
    month
    what
    owner
    dueDate
    status
    overdue
    meetingId
  }
`);

export const ReportSummaryFields = graphql(`
  fragment ReportSummaryFields on MonthlyReport {
    hubCode
    hubName
    month
    status
    locked
    reviewerComment
  }
`);

export const ReportFields = graphql(
  `
    fragment ReportFields on MonthlyReport {
      id
      ...ReportSummaryFields
      allowedActions
      narrative {
        achievements
        challenges
        lessonsLearned
        goodPractices
        migrationTrends
      }
      figures {
        ...FiguresFields
      }
      previousFigures {
        ...FiguresFields
      }
      verifiedFigures {
        ...FiguresFields
      }
      changesSinceVerification {
        figure
        before
        after
      }
      findings {
        rule
        severity
        count
        title
        message
        records {
          kind
          id
          date
        }
      }
      history {
        action
        fromStatus
        toStatus
        at
        by
        reason
      }
      followUps {
        ...FollowUpFields
      }
    }
  `,
  [ReportSummaryFields, FiguresFields, FollowUpFields],
);

/** One report with its referral figures (the list and the home page leave them out: one query each). */
export const REPORT = graphql(
  `
    query Report($hub: String!, $month: String!, $timeZone: String) {
      monthlyReport(hub: $hub, month: $month) {
        ...ReportFields
        referralFigures(timeZone: $timeZone) {
          ...ReferralFiguresFields
        }
      }
    }
  `,
  [ReportFields, ReferralFiguresFields],
);

export const REPORTS = graphql(
  `
    query Reports($months: [String!]!) {
      monthlyReports(months: $months) {
        ...ReportSummaryFields
      }
    }
  `,
  [ReportSummaryFields],
);

export const OPEN_FOLLOW_UPS = graphql(
  `
    query OpenFollowUps {
      followUps(openOnly: true) {
        ...FollowUpFields
      }
    }
  `,
  [FollowUpFields],
);

export const REPORT_STEP = graphql(`
  mutation Step($input: ReportStepInput!) {
    reportStep(input: $input) {
      __typename
      ... on TransitionRefused {
        message
      }
      ... on ValidationFailed {
        message
      }
      ... on NotFound {
        message
      }
      ... on Forbidden {
        message
      }
    }
  }
`);

export const MEETINGS = graphql(`
  query Meetings {
    verificationMeetings {
      id
      month
      openedAt
      closedAt
      attendees
    }
  }
`);
