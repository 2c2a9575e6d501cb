import SchemaBuilder, {
  BasePlugin,
  type PothosOutputFieldConfig,
  type SchemaTypes,
} from '@pothos/core';
import type { Lang } from '@ventanilla/domain';
import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isUnionType,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLResolveInfo,
} from 'graphql';
import { translate } from '../../auth/messages.ts';
import { isUuid } from './ids.ts';
import { badInput } from './messages.ts';

type Problem = { kind: 'nul' | 'id'; path: string };

/**
 * The first argument value PostgreSQL could not take: a NUL character in any text (text columns
 * refuse it) or an ID that is not a uuid (every id column is one). Walks lists and input objects.
 */
export function findInputProblem(
  value: unknown,
  type: GraphQLInputType,
  path: string,
): Problem | null {
  if (value == null) return null;
  if (isNonNullType(type)) return findInputProblem(value, type.ofType, path);
  if (isListType(type)) {
    if (!Array.isArray(value)) return findInputProblem(value, type.ofType, path);
    for (const [i, item] of value.entries()) {
      const problem = findInputProblem(item, type.ofType, `${path}[${i}]`);
      if (problem) return problem;
    }
    return null;
  }
  if (isInputObjectType(type)) {
    for (const [name, field] of Object.entries(type.getFields())) {
      const problem = findInputProblem(
        (value as Record<string, unknown>)[name],
        field.type,
        `${path}.${name}`,
      );
      if (problem) return problem;
    }
    return null;
  }
  if (typeof value === 'string' && value.includes('\u0000')) return { kind: 'nul', path };
  if (type.name === 'ID' && !isUuid(String(value))) return { kind: 'id', path };
  return null;
}

/**
 * A malformed id names nothing: answer as for an unknown record (NotFound in a result union,
 * null for a nullable field), else a BAD_USER_INPUT error. NUL is always BAD_USER_INPUT.
 */
function answer(problem: Problem, lang: Lang, info: GraphQLResolveInfo): unknown {
  if (problem.kind === 'id') {
    const named = getNamedType(info.returnType);
    if (isUnionType(named) && named.getTypes().some((t) => t.name === 'NotFound'))
      return { kind: 'NotFound', message: translate(lang, 'notFound') };
    if (!isNonNullType(info.returnType)) return null;
  }
  throw badInput(lang, problem.kind === 'nul' ? 'nulCharacter' : 'badId', problem.path);
}

/**
 * Checks the arguments of every field that takes any, after scope-auth (listed after it in the
 * builder's plugins) and before the resolver: one place instead of a check in each resolver. A
 * field with the `checksOwnInput` extension is left to its resolver.
 */
export class InputGuardPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (Object.keys(fieldConfig.args).length === 0) return resolver;
    // A field that answers every input itself (login: any text is a failed sign-in).
    if (fieldConfig.extensions?.checksOwnInput === true) return resolver;
    return (parent, args, context, info) => {
      const field = info.parentType.getFields()[info.fieldName]!;
      for (const arg of field.args) {
        const problem = findInputProblem(
          (args as Record<string, unknown>)[arg.name],
          arg.type,
          arg.name,
        );
        if (problem) return answer(problem, (context as { lang: Lang }).lang, info);
      }
      return resolver(parent, args, context, info);
    };
  }
}

// Pothos registers plugins by augmenting its global namespace; there is no module form.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      inputGuard: InputGuardPlugin<Types>;
    }
  }
}

const pluginName = 'inputGuard';
SchemaBuilder.registerPlugin(pluginName, InputGuardPlugin);
export default pluginName;
