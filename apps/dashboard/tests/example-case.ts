import { exampleCase } from '@ventanilla/domain/form/record';
import { gql } from '@ventanilla/testkit';

/**
 * Records the form's example case (attended on 2024-03-05) at Upala as the bearer of `token`
 * and gives its id: a case older than the fixed 2026 dates the referral journeys move on, since
 * a referral step cannot come before its attention.
 */
export async function recordExampleCase(graphql: string, token: string): Promise<string> {
  const { record_type: _type, ...input } = exampleCase;
  const saved = await gql<{ caseRecord: { case?: { id: string } } }>(
    graphql,
    'mutation($i: CaseInput!) { caseRecord(input: $i) { ... on CaseSaved { case { id } } } }',
    { i: { ...input, hub: 'cri_upala' } },
    token,
  );
  if (!saved.caseRecord.case) throw new Error('the example case was not saved');
  return saved.caseRecord.case.id;
}
