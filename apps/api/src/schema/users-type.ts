import { eq } from 'drizzle-orm';
import { builder } from '../builder.ts';
import { userHubs } from '../db/schema/index.ts';
import { RoleEnum } from './enums.ts';
import { Hub, loadHubs } from './hubs.ts';

/** What a User object is resolved from. */
export type UserShape = {
  id: string;
  email: string;
  name: string;
  role: 'hub_officer' | 'coordinator' | 'reviewer' | 'admin';
  active?: boolean;
};

export const User = builder.objectRef<UserShape>('User').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    email: t.exposeString('email'),
    name: t.exposeString('name'),
    role: t.field({ type: RoleEnum, resolve: (user) => user.role }),
    active: t.boolean({ resolve: (user) => user.active ?? true }),
    hubs: t.field({
      type: [Hub],
      description: 'Hubs the user works in (all hubs for reviewers and admins).',
      resolve: async (user, _args, ctx) => {
        if (user.role === 'admin' || user.role === 'reviewer') return loadHubs(ctx.db, 'all');
        // The caller's own hubs came with their session.
        if (user.id === ctx.user?.id) return loadHubs(ctx.db, ctx.user.hubCodes);
        const rows = await ctx.db
          .select({ code: userHubs.hubCode })
          .from(userHubs)
          .where(eq(userHubs.userId, user.id));
        return loadHubs(
          ctx.db,
          rows.map((r) => r.code),
        );
      },
    }),
  }),
});
