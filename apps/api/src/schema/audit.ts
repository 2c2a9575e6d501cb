import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { builder } from '../builder.ts';
import { auditLog } from '../db/schema/index.ts';

type AuditRow = typeof auditLog.$inferSelect;

const AuditEntry = builder.objectRef<AuditRow>('AuditEntry').implement({
  fields: (t) => ({
    id: t.id({ resolve: (row) => String(row.id) }),
    at: t.expose('at', { type: 'DateTime' }),
    userId: t.exposeID('userId', { nullable: true }),
    action: t.exposeString('action'),
    entity: t.exposeString('entity'),
    entityId: t.exposeString('entityId', { nullable: true }),
    hub: t.exposeString('hub', { nullable: true }),
    detail: t.string({
      description: 'JSON, never personal data',
      resolve: (row) => JSON.stringify(row.detail),
    }),
  }),
});

const AuditFilter = builder.inputType('AuditFilter', {
  fields: (t) => ({
    userId: t.id(),
    action: t.string(),
    entity: t.string(),
    entityId: t.string(),
    hub: t.string(),
    from: t.field({ type: 'DateTime' }),
    to: t.field({ type: 'DateTime', description: 'exclusive' }),
  }),
});

builder.queryField('auditLog', (t) =>
  t.field({
    type: [AuditEntry],
    description: 'Search the audit log, newest first (admins only).',
    authScopes: { permission: 'audit.read' },
    args: {
      filter: t.arg({ type: AuditFilter }),
      limit: t.arg.int({ defaultValue: 100 }),
      offset: t.arg.int({ defaultValue: 0 }),
    },
    resolve: (_root, { filter, limit, offset }, ctx) => {
      const where: SQL[] = [];
      if (filter?.userId) where.push(eq(auditLog.userId, String(filter.userId)));
      if (filter?.action) where.push(eq(auditLog.action, filter.action));
      if (filter?.entity) where.push(eq(auditLog.entity, filter.entity));
      if (filter?.entityId) where.push(eq(auditLog.entityId, filter.entityId));
      if (filter?.hub) where.push(eq(auditLog.hub, filter.hub));
      if (filter?.from) where.push(gte(auditLog.at, filter.from));
      if (filter?.to) where.push(lt(auditLog.at, filter.to));
      return ctx.db
        .select()
        .from(auditLog)
        .where(and(...where))
        .orderBy(desc(auditLog.id))
        .limit(Math.min(Math.max(limit ?? 100, 1), 500))
        .offset(Math.max(offset ?? 0, 0));
    },
  }),
);
