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
  // Fragments only share a selection between documents; their fields stay readable where spread.
  disableMasking: true;
  scalars: {
    /** ISO 8601 over the wire. */
    DateTime: string;
  };
}>();

export type { ResultOf, VariablesOf, TadaDocumentNode } from 'gql.tada';
export type { VariablesArgument } from '../server/graphql.ts';
