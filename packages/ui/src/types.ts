import type { Lang } from '@ventanilla/domain/i18n';

export type { Lang };

import type { Role } from '@ventanilla/domain/auth/roles';

export type { Role };

import type { ResultOf } from 'gql.tada';
import type { ME_QUERY } from './server/queries.ts';

type Me = NonNullable<ResultOf<typeof ME_QUERY>['me']>;

export type HubType = 'permanent' | 'mobile';

export type HubSummary = Me['hubs'][number];

/** The signed-in user as `me` returns it, with the role as the domain's code (hub_officer). */
export type User = Omit<Me, 'role'> & { role: Role };

/** One entry of the shell's navigation. */
export type NavItem = { href: string; label: string };
