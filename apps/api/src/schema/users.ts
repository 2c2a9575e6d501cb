import { asc, eq } from 'drizzle-orm';
import { builder } from '../builder.ts';
import { hashPassword } from '../auth/password.ts';
import { endUserSessions } from '../auth/sessions.ts';
import { users } from '../db/schema/index.ts';
import { DuplicateError } from '../services/hubs.ts';
import { addUser, setUserHubs, userInputIssues } from '../services/users.ts';
import { RoleEnum } from './enums.ts';
import { NotFound, ValidationFailed, inputFailed, notFound, resolveKind } from './results.ts';
import { User } from './users-type.ts';

const UserAddInput = builder.inputType('UserAddInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    name: t.string({ required: true }),
    role: t.field({ type: RoleEnum, required: true }),
    hubCodes: t.stringList({ required: true, defaultValue: [] }),
    password: t.string({ required: true }),
  }),
});

const UserUpdateInput = builder.inputType('UserUpdateInput', {
  fields: (t) => ({
    name: t.string(),
    role: t.field({ type: RoleEnum }),
    hubCodes: t.stringList(),
    active: t.boolean({ description: 'false disables the user and ends every session of theirs' }),
    password: t.string({
      description: 'Sets a new password and ends every session of the user, the caller included',
    }),
  }),
});

const UserResult = builder.unionType('UserResult', {
  types: [User, ValidationFailed, NotFound],
  resolveType: resolveKind('User'),
});

builder.queryField('users', (t) =>
  t.field({
    type: [User],
    description: 'All users (admins only).',
    authScopes: { permission: 'user.manage' },
    resolve: (_root, _args, ctx) => ctx.db.select().from(users).orderBy(asc(users.email)),
  }),
);

builder.mutationFields((t) => ({
  userAdd: t.field({
    type: UserResult,
    authScopes: { permission: 'user.manage' },
    args: { input: t.arg({ type: UserAddInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const issues = await userInputIssues({ db: ctx.db, input });
      if (issues.length > 0) return inputFailed(ctx.lang, issues);
      return ctx.db.transaction(async (tx) => {
        try {
          const row = await addUser({ db: tx, input });
          await ctx.audit(
            {
              action: 'create',
              entity: 'user',
              entityId: row.id,
              detail: { role: row.role, hubs: input.hubCodes },
            },
            tx,
          );
          return row;
        } catch (error) {
          if (error instanceof DuplicateError)
            return inputFailed(ctx.lang, [
              {
                field: 'email',
                en: 'This email is already used.',
                es: 'Este correo ya está registrado.',
              },
            ]);
          throw error;
        }
      });
    },
  }),
  userUpdate: t.field({
    type: UserResult,
    authScopes: { permission: 'user.manage' },
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: UserUpdateInput, required: true }),
    },
    resolve: async (_root, { id, input }, ctx) => {
      const issues = await userInputIssues({
        db: ctx.db,
        partial: true,
        input: {
          ...(input.name != null ? { name: input.name } : {}),
          ...(input.role != null ? { role: input.role } : {}),
          ...(input.hubCodes != null ? { hubCodes: input.hubCodes } : {}),
          ...(input.password != null ? { password: input.password } : {}),
        },
      });
      if (issues.length > 0) return inputFailed(ctx.lang, issues);
      const userId = String(id);
      if (!/^[0-9a-f-]{36}$/i.test(userId)) return notFound(ctx.lang);
      const passwordHash =
        input.password != null ? await hashPassword({ password: input.password }) : undefined;
      return ctx.db.transaction(async (tx) => {
        const patch = {
          updatedAt: new Date(),
          ...(input.name != null ? { name: input.name.trim() } : {}),
          ...(input.role != null ? { role: input.role } : {}),
          ...(input.active != null ? { active: input.active } : {}),
          ...(passwordHash ? { passwordHash, failedLogins: 0, lockedUntil: null } : {}),
        };
        const [row] = await tx.update(users).set(patch).where(eq(users.id, userId)).returning();
        if (!row) return notFound(ctx.lang);
        if (input.hubCodes != null) await setUserHubs({ db: tx, userId, hubCodes: input.hubCodes });
        // A new password or a disabled account ends every session, the caller's own included.
        const sessionsEnded =
          passwordHash || input.active === false ? await endUserSessions({ db: tx, userId }) : 0;
        const fields = Object.keys(input).filter((k) => k !== 'password');
        if (input.password != null) fields.push('password');
        await ctx.audit(
          {
            action: 'update',
            entity: 'user',
            entityId: userId,
            detail: { fields, ...(sessionsEnded > 0 ? { sessionsEnded } : {}) },
          },
          tx,
        );
        return row;
      });
    },
  }),
}));
