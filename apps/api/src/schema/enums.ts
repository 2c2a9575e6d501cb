import { builder } from '../builder.ts';

export const RoleEnum = builder.enumType('Role', {
  values: {
    HUB_OFFICER: { value: 'hub_officer' },
    COORDINATOR: { value: 'coordinator' },
    REVIEWER: { value: 'reviewer' },
    ADMIN: { value: 'admin' },
  } as const,
});

export const HubTypeEnum = builder.enumType('HubType', {
  values: { PERMANENT: { value: 'permanent' }, MOBILE: { value: 'mobile' } } as const,
});
