/**
 * The case and activity documents, one per kind and operation, written out so that
 * `gql-tada check` holds them against apps/api/schema.graphql and their results and variables
 * are inferred. The two fragments select every stored field of the Hubs Form (packages/domain)
 * plus what the lists and exports derive; record-documents.test.ts fails when the form and a
 * fragment drift apart. Both kinds alias their answers alike (`record`, `page`, `result`,
 * `saved`), so code that picks a document by kind reads one shape.
 */
import {
  graphql,
  type ResultOf,
  type TadaDocumentNode,
  type VariablesOf,
} from '@ventanilla/ui/graphql';
import type { RecordKind } from '../record/form-values.ts';

/** Every stored field of a case (FORM.md order), then the derived ones the list shows. */
export const CaseFields = graphql(`
  fragment CaseFields on Case {
    id
    month
    attentionRoute
    referred
    date
    hub
    hub_other
    hub_type
    officer_id
    consent
    observation
    a0_name
    a1_nationality
    a1_nationality_other
    a1_second_nationality
    a2_residence
    a3_country
    a3_admin1
    a3_admin2
    a3_community
    a4_is_migrant
    a5_age_range
    a6_gender
    a6_gender_other
    a7_civil_status
    a8_school_level
    a9_occupation
    a9_occupation_area
    a9_occupation_area_other
    a9_labour_formality
    a10_service_1
    a10_service_other_1
    a11_action_1
    a11_action_other_1
    a11_referral_org_1
    a10_service_2
    a10_service_other_2
    a11_action_2
    a11_action_other_2
    a11_referral_org_2
    a10_service_3
    a10_service_other_3
    a11_action_3
    a11_action_other_3
    a11_referral_org_3
    a14_vulnerability
    a14_vulnerability_types
    a14_vulnerability_other
  }
`);

/** Every stored field of an activity (FORM.md order), then the §8.2 estimates. */
export const ActivityFields = graphql(`
  fragment ActivityFields on Activity {
    id
    month
    estPeople
    estWomen
    estMinors
    date
    hub
    hub_other
    hub_type
    officer_id
    b1_country
    b1_admin1
    b1_admin2
    b1_community
    b2_activity_type
    b2_topics
    b2_other
    b2_scored_above_70
    b3_summary
    b4_people_reached
    b5_pct_female
    b6_avg_age
    b7_pct_under_18
    b8_unmet_needs
    b8_unmet_needs_text
    b9_follow_up
  }
`);

/** A rule's finding about a record, as the record and list pages show it. */
export const IssueFields = graphql(`
  fragment IssueFields on FieldIssue {
    rule
    severity
    fields
    slot
    message
  }
`);

export type CaseRecord = ResultOf<typeof CaseFields>;
export type ActivityRecord = ResultOf<typeof ActivityFields>;
export type StoredRecord = CaseRecord | ActivityRecord;

const CASE_ONE = graphql(
  `
    query CaseOne($id: ID!) {
      record: case(id: $id) {
        __typename
        ... on Case {
          ...CaseFields
        }
      }
    }
  `,
  [CaseFields],
);

const ACTIVITY_ONE = graphql(
  `
    query ActivityOne($id: ID!) {
      record: activity(id: $id) {
        __typename
        ... on Activity {
          ...ActivityFields
        }
      }
    }
  `,
  [ActivityFields],
);

const CASE_WARNINGS = graphql(
  `
    query CaseWarnings($id: ID!) {
      record: case(id: $id) {
        __typename
        ... on Case {
          warnings {
            ...IssueFields
          }
        }
      }
    }
  `,
  [IssueFields],
);

const ACTIVITY_WARNINGS = graphql(
  `
    query ActivityWarnings($id: ID!) {
      record: activity(id: $id) {
        __typename
        ... on Activity {
          warnings {
            ...IssueFields
          }
        }
      }
    }
  `,
  [IssueFields],
);

const CASE_LIST = graphql(
  `
    query CaseList($filter: RecordListFilter, $limit: Int, $offset: Int) {
      page: cases(filter: $filter, limit: $limit, offset: $offset) {
        totalCount
        limit
        offset
        items {
          ...CaseFields
        }
      }
    }
  `,
  [CaseFields],
);

const ACTIVITY_LIST = graphql(
  `
    query ActivityList($filter: RecordListFilter, $limit: Int, $offset: Int) {
      page: activities(filter: $filter, limit: $limit, offset: $offset) {
        totalCount
        limit
        offset
        items {
          ...ActivityFields
        }
      }
    }
  `,
  [ActivityFields],
);

/**
 * A new record. `clientKey` is the offline queue's idempotency key (a retry after a lost answer
 * gets the record stored the first time); the form leaves it out.
 */
const CASE_RECORD = graphql(
  `
    mutation CaseRecord($input: CaseInput!, $clientKey: String) {
      result: caseRecord(input: $input, clientKey: $clientKey) {
        __typename
        ... on CaseSaved {
          saved: case {
            id
          }
          warnings {
            ...IssueFields
          }
        }
        ... on ValidationFailed {
          message
          issues {
            ...IssueFields
          }
        }
        ... on NotFound {
          message
        }
        ... on Forbidden {
          message
        }
        ... on LockedPeriod {
          message
          code
        }
      }
    }
  `,
  [IssueFields],
);

const ACTIVITY_RECORD = graphql(
  `
    mutation ActivityRecord($input: ActivityInput!, $clientKey: String) {
      result: activityRecord(input: $input, clientKey: $clientKey) {
        __typename
        ... on ActivitySaved {
          saved: activity {
            id
          }
          warnings {
            ...IssueFields
          }
        }
        ... on ValidationFailed {
          message
          issues {
            ...IssueFields
          }
        }
        ... on NotFound {
          message
        }
        ... on Forbidden {
          message
        }
        ... on LockedPeriod {
          message
          code
        }
      }
    }
  `,
  [IssueFields],
);

const CASE_EDIT = graphql(
  `
    mutation CaseEdit($id: ID!, $input: CaseInput!) {
      result: caseEdit(id: $id, input: $input) {
        __typename
        ... on CaseSaved {
          saved: case {
            id
          }
          warnings {
            ...IssueFields
          }
        }
        ... on ValidationFailed {
          message
          issues {
            ...IssueFields
          }
        }
        ... on NotFound {
          message
        }
        ... on Forbidden {
          message
        }
        ... on LockedPeriod {
          message
          code
        }
      }
    }
  `,
  [IssueFields],
);

const ACTIVITY_EDIT = graphql(
  `
    mutation ActivityEdit($id: ID!, $input: ActivityInput!) {
      result: activityEdit(id: $id, input: $input) {
        __typename
        ... on ActivitySaved {
          saved: activity {
            id
          }
          warnings {
            ...IssueFields
          }
        }
        ... on ValidationFailed {
          message
          issues {
            ...IssueFields
          }
        }
        ... on NotFound {
          message
        }
        ... on Forbidden {
          message
        }
        ... on LockedPeriod {
          message
          code
        }
      }
    }
  `,
  [IssueFields],
);

const CASE_DELETE = graphql(`
  mutation CaseDelete($id: ID!) {
    result: caseDelete(id: $id) {
      __typename
      ... on NotFound {
        message
      }
      ... on Forbidden {
        message
      }
      ... on LockedPeriod {
        message
      }
    }
  }
`);

const ACTIVITY_DELETE = graphql(`
  mutation ActivityDelete($id: ID!) {
    result: activityDelete(id: $id) {
      __typename
      ... on NotFound {
        message
      }
      ... on Forbidden {
        message
      }
      ... on LockedPeriod {
        message
      }
    }
  }
`);

const caseDocuments = {
  one: CASE_ONE,
  warnings: CASE_WARNINGS,
  list: CASE_LIST,
  record: CASE_RECORD,
  edit: CASE_EDIT,
  delete: CASE_DELETE,
};

const activityDocuments = {
  one: ACTIVITY_ONE,
  warnings: ACTIVITY_WARNINGS,
  list: ACTIVITY_LIST,
  record: ACTIVITY_RECORD,
  edit: ACTIVITY_EDIT,
  delete: ACTIVITY_DELETE,
} satisfies Record<keyof typeof caseDocuments, unknown>;

/**
 * One operation's document as code that picks it by kind sees it: the answer is either kind's,
 * and the variables are what both kinds' documents accept (so nothing is checked more loosely).
 */
type EitherKind<Case, Activity> = TadaDocumentNode<
  ResultOf<Case> | ResultOf<Activity>,
  VariablesOf<Case> & VariablesOf<Activity>
>;

/** The documents of each kind, by operation. */
export const recordDocuments: Record<
  RecordKind,
  {
    [Op in keyof typeof caseDocuments]: EitherKind<
      (typeof caseDocuments)[Op],
      (typeof activityDocuments)[Op]
    >;
  }
> = { case: caseDocuments, activity: activityDocuments };
