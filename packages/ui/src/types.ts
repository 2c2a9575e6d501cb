import type { Lang } from '@ventanilla/domain/i18n';

export type { Lang };

import type { Role } from '@ventanilla/domain/auth/roles';

export type { Role };

export type HubType = 'permanent' | 'mobile';

export type HubSummary = { code: string; name: string; country: string; type: string };

/** The signed-in user as `me` returns it. */
export type User = {
  id: string;
  email: string;
  name: string;
  role: Role;
  hubs: HubSummary[];
};

/** One entry of the shell's navigation. */
export type NavItem = { href: string; label: string };
