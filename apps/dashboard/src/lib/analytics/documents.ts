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

/** Referral monitoring (issue 16 item 8): three tables and the follow-up figures, protected. */
export const REFERRAL_FIGURES = graphql(
  `
    query ReferralFigures($filter: RecordFilter, $timeZone: String) {
      referralFigures(filter: $filter, timeZone: $timeZone) {
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
    }
  `,
  [DisaggregationFields],
);
