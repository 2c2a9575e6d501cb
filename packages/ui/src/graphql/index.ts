/**
 * The apps' one entry to GraphQL documents: `graphql()` parses a document at the type level
 * against apps/api/schema.graphql (through the generated introspection), so each document's
 * result and variables are inferred, and `gql-tada check` (in every `check` script) fails on a
 * document that does not match the schema. Regenerate the introspection with `pnpm graphql`.
 */
import { initGraphQLTada, type TadaDocumentNode } from 'gql.tada';
import { parse } from 'graphql';
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

/**
 * A document built at run time (the case and activity documents, whose selections come from the
 * Hubs Form definitions in packages/domain): parsed, but NOT checked against the schema by
 * `gql-tada check`, and its types are the caller's word. Use `graphql()` for everything else.
 */
export function dynamicDocument<Result, Variables = Record<string, unknown>>(
  text: string,
): TadaDocumentNode<Result, Variables> {
  return parse(text) as unknown as TadaDocumentNode<Result, Variables>;
}
