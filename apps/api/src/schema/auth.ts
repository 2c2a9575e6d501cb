import { builder } from '../builder.ts';
import { writeAudit } from '../audit/write.ts';
import { attemptLogin } from '../auth/login.ts';
import { auditLoginFailure } from '../auth/login-audit.ts';
import { loadCurrentUser } from '../auth/current-user.ts';
import { translate } from '../auth/messages.ts';
import { endSession } from '../auth/sessions.ts';
import { User, type UserShape } from './users-type.ts';

type SessionShape = { kind: 'Session'; token: string; expiresAt: Date; user: UserShape };
type AuthErrorShape = { kind: 'AuthError'; message: string };

const Session = builder.objectRef<SessionShape>('Session').implement({
  fields: (t) => ({
    token: t.exposeString('token', {
      description: 'Send as `Authorization: Bearer <token>` or cookie vt_session',
    }),
    expiresAt: t.expose('expiresAt', {
      type: 'DateTime',
      description: 'Absolute end; the session also ends after idle time',
    }),
    user: t.field({ type: User, resolve: (s) => s.user }),
  }),
});

const AuthError = builder.objectRef<AuthErrorShape>('AuthError').implement({
  fields: (t) => ({ message: t.exposeString('message') }),
});

const LoginResult = builder.unionType('LoginResult', {
  types: [Session, AuthError],
  resolveType: (value) => value.kind,
});

builder.mutationFields((t) => ({
  login: t.field({
    type: LoginResult,
    description:
      'The one operation open without a session. The error message never says which part was wrong.',
    args: { email: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    // Any text is a failed sign-in here (NUL included): one answer, whatever was wrong.
    extensions: { checksOwnInput: true },
    resolve: async (_root, { email, password }, ctx) => {
      const outcome = await attemptLogin({ db: ctx.db, email, password });
      if (!outcome.ok) {
        await auditLoginFailure({ db: ctx.db, outcome });
        return {
          kind: 'AuthError',
          message: translate(ctx.lang, 'loginFailed'),
        } satisfies AuthErrorShape;
      }
      const user = await loadCurrentUser({ db: ctx.db, userId: outcome.userId });
      await writeAudit({
        db: ctx.db,
        userId: outcome.userId,
        entry: { action: 'login', entity: 'session', entityId: outcome.sessionId },
      });
      return {
        kind: 'Session',
        token: outcome.token,
        expiresAt: outcome.expiresAt,
        user: user!,
      } satisfies SessionShape;
    },
  }),
  logout: t.boolean({
    description: 'Ends the current session.',
    authScopes: { authenticated: true },
    resolve: async (_root, _args, ctx) => {
      if (!ctx.session) return false;
      const ended = await endSession({ db: ctx.db, id: ctx.session.id });
      await ctx.audit({ action: 'logout', entity: 'session', entityId: ctx.session.id });
      return ended;
    },
  }),
}));

builder.queryField('me', (t) =>
  t.field({
    type: User,
    nullable: true,
    description: 'The signed-in user, or null without a valid session.',
    resolve: (_root, _args, ctx) => ctx.user,
  }),
);
