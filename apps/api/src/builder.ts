import SchemaBuilder from '@pothos/core';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLError } from 'graphql';
import { canDo, canOnHub, hasPersonalDataClearance, type Action } from './auth/access.ts';
import { translate } from './auth/messages.ts';
import type { Context } from './context.ts';
import InputGuardPlugin from './schema/input/guard-plugin.ts';
import { parseDateTime } from './schema/input/dates.ts';

/** The one SchemaBuilder: scope-auth, the input guard (after auth), DateTime, the Context. */
export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: { DateTime: { Input: Date; Output: Date } };
  AuthScopes: {
    authenticated: boolean;
    /** A domain permission (packages/domain auth matrix) on at least some hub. */
    permission: Action;
    personalData: boolean;
    hubAccess: string;
  };
  DefaultFieldNullability: false;
}>({
  plugins: [ScopeAuthPlugin, InputGuardPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (context) => ({
      authenticated: !!context.user,
      permission: (action: Action) => !!context.user && canDo(context.user.role, action),
      personalData: !!context.user && hasPersonalDataClearance(context.user.role),
      hubAccess: (hub: string) => !!context.user && canOnHub(context.user, 'hub.read', hub),
    }),
    unauthorizedError: (_parent, context) =>
      context.user
        ? new GraphQLError(translate(context.lang, 'forbidden'), {
            extensions: { code: 'FORBIDDEN' },
          })
        : new GraphQLError(translate(context.lang, 'unauthenticated'), {
            extensions: { code: 'UNAUTHENTICATED' },
          }),
  },
});

builder.scalarType('DateTime', {
  description: 'An ISO 8601 date-time in UTC',
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    // Strict: PostgreSQL refuses what Date accepts (year 0, years past 9999, 30 February).
    const date = parseDateTime(value);
    if (!date) throw new GraphQLError('Invalid DateTime');
    return date;
  },
});

builder.queryType({});
builder.mutationType({});
