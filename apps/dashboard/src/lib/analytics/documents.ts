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
