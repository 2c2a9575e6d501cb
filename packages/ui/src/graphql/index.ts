/**
 * The apps' one entry to GraphQL documents: `graphql()` parses a document at the type level
 * against apps/api/schema.graphql (through the generated introspection), so each document's
 * result and variables are inferred, and `gql-tada check` (in every `check` script) fails on a
 * document that does not match the schema. Regenerate the introspection with `pnpm graphql`.
 */
import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './introspection.generated.d.ts';

export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: {
    /** ISO 8601 over the wire. */
    DateTime: string;
  };
}>();

export { readFragment, maskFragments } from 'gql.tada';
export type { FragmentOf, ResultOf, VariablesOf, TadaDocumentNode } from 'gql.tada';
