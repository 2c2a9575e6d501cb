/** The verification meeting documents; the shapes in types.ts are read off these. */
import { graphql } from '@ventanilla/ui/graphql';
import { ReferralFiguresFields } from '../analytics/documents.ts';
import { FollowUpFields, ReportFields } from '../reports/documents.ts';

const MeetingHeadFields = graphql(`
  fragment MeetingHeadFields on VerificationMeeting {
    id
    month
    openedAt
    closedAt
    attendees
    notes
    openedBy
  }
`);

const AgendaHubsFields = graphql(`
  fragment AgendaHubsFields on VerificationMeeting {
    agendaHubs {
      position
      hubCode
      hubName
      status
      findings
      highFindings
      openFollowUps
      decision {
        action
      }
    }
  }
`);

const DecisionFields = graphql(`
  fragment DecisionFields on MeetingDecision {
    hubCode
    month
    action
    toStatus
    reason
    at
    by
  }
`);

/** The agenda page: the meeting and its hubs in order, with their state (no figures). */
export const AGENDA = graphql(
  `
    query Agenda($id: ID!) {
      verificationMeeting(id: $id) {
        ...MeetingHeadFields
        ...AgendaHubsFields
      }
    }
  `,
  [MeetingHeadFields, AgendaHubsFields],
);

/** One hub's turn: its report, decisions and follow-ups, and the hubs before and after it. */
export const AGENDA_ITEM = graphql(
  `
    query Item($id: ID!, $hub: String!, $timeZone: String) {
      verificationMeeting(id: $id) {
        ...MeetingHeadFields
        agendaItem(hub: $hub) {
          position
          total
          previous {
            hubCode
            hubName
          }
          next {
            hubCode
            hubName
          }
          report {
            ...ReportFields
            referralFigures(timeZone: $timeZone) {
              ...ReferralFiguresFields
            }
          }
          followUps {
            ...FollowUpFields
          }
          decisions {
            ...DecisionFields
          }
        }
      }
    }
  `,
  [MeetingHeadFields, ReportFields, ReferralFiguresFields, FollowUpFields, DecisionFields],
);

/** The minutes: participants, notes, the agenda's outcome, decisions and follow-ups. */
export const MINUTES = graphql(
  `
    query Minutes($id: ID!) {
      verificationMeeting(id: $id) {
        ...MeetingHeadFields
        ...AgendaHubsFields
        decisions {
          ...DecisionFields
        }
        followUps {
          ...FollowUpFields
        }
      }
    }
  `,
  [MeetingHeadFields, AgendaHubsFields, DecisionFields, FollowUpFields],
);
