/** The analytics documents; `Disaggregation` in types.ts is read off these. */
import { graphql } from '@ventanilla/ui/graphql';

export const DisaggregationFields = graphql(`
  fragment DisaggregationFields on Disaggregation {
    total
    protected
    threshold
    cells {
      keys
      value
    }
  }
`);

/** Several `disaggregation` calls as ONE request (answers in order). */
export const DISAGGREGATIONS = graphql(
  `
    query Analytics($inputs: [DisaggregationInput!]!) {
      disaggregations(inputs: $inputs) {
        ...DisaggregationFields
      }
    }
  `,
  [DisaggregationFields],
);

export const ANALYTICS_HUBS = graphql(`
  query AnalyticsHubs {
    hubs {
      code
      name
      country
      type
    }
  }
`);

/**
 * Referral monitoring (issue 16 item 8): three tables and the follow-up figures, protected. One
 * fragment: the analytics query and the monthly report (page and meeting) ask the same fields.
 */
export const ReferralFiguresFields = graphql(
  `
    fragment ReferralFiguresFields on ReferralFigures {
      protected
      overdueFollowUps
      closedAfterSending
      medianDaysToOutcome
      byState {
        ...DisaggregationFields
      }
      byOutcome {
        ...DisaggregationFields
      }
      bySector {
        ...DisaggregationFields
      }
    }
  `,
  [DisaggregationFields],
);

export const REFERRAL_FIGURES = graphql(
  `
    query ReferralFigures($filter: RecordFilter, $timeZone: String) {
      referralFigures(filter: $filter, timeZone: $timeZone) {
        ...ReferralFiguresFields
      }
    }
  `,
  [ReferralFiguresFields],
);

/** Monitoring beside the referral figures (issue 16 item 8): people, sources, check-ins, feedback. */
export const MONITORING_FIGURES = graphql(
  `
    query MonitoringFigures($filter: RecordFilter, $timeZone: String) {
      monitoringFigures(filter: $filter, timeZone: $timeZone) {
        protected
        visits {
          attentions
          uniquePeople
          repeatPeople
          visitsPerPerson
          byVisits {
            ...DisaggregationFields
          }
        }
        sources {
          channelledByMca
          bySource {
            ...DisaggregationFields
          }
          byMca {
            mcaId
            name
            cases
          }
        }
        checkIns {
          asOf
          activeMcas
          seenMcas
          seenShare
        }
        feedback {
          responses
          questions {
            question
            answers {
              ...DisaggregationFields
            }
          }
        }
      }
    }
  `,
  [DisaggregationFields],
);
