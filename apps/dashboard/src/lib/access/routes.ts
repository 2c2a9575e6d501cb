import { can, type Action } from '@ventanilla/domain/auth/permissions';
import type { Role } from '@ventanilla/domain/auth/roles';

/**
 * What each route of the dashboard needs, as one of the domain's actions (who may do it is
 * decided by the permission matrix in packages/domain, not here). `null`: any signed-in user, or
 * a page for signed-out visitors. Keys are SvelteKit route ids; a route missing here is refused
 * (routes.test.ts fails when a route has no entry).
 */
export const routeActions: Readonly<Record<string, Action | null>> = {
  '/': null,
  '/signin': null,
  '/signout': null,
  '/language': null,
  '/forbidden': null,
  '/record': 'record.write',
  '/record/activity': 'record.write',
  '/pending': 'record.write',
  '/offline/key': 'record.write',
  '/offline/sync': 'record.write',
  '/offline/worklist': 'referral.read',
  '/offline/referral-close': 'referral.write',
  '/cases': 'record.read',
  '/activities': 'record.read',
  '/cases/export': 'record.export',
  '/cases/[id]': 'referral.read',
  '/cases/[id]/card': 'referral.read',
  '/activities/export': 'record.export',
  '/import': 'record.import',
  '/import/stream': 'record.import',
  '/import/template': 'record.import',
  '/import/xlsform': 'record.import',
  '/follow-ups': 'referral.read',
  '/feedback': 'referral.read',
  // The questionnaire: open to whoever holds a hub's link, signed in or not.
  '/feedback/[token]': null,
  '/mca': 'mca.read',
  '/mca/[id]': 'mca.read',
  '/directory': 'directory.read',
  '/directory/export': 'directory.read',
  '/analytics': 'aggregate.read',
  '/analytics/compare': 'aggregate.read',
  '/analytics/hub/[code]': 'aggregate.read',
  '/analytics/export/[chart]': 'aggregate.read',
  '/reports': 'report.read',
  '/reports/[hub]/[month]': 'report.read',
  '/verify': 'report.verify',
  '/verify/[id]': 'report.verify',
  '/verify/[id]/hubs/[hub]': 'report.verify',
  '/verify/[id]/minutes': 'report.verify',
  '/verify/[id]/minutes.csv': 'report.verify',
};

/** Whether `role` may open the route `routeId`. Unknown routes are refused. */
export function canOpenRoute({ role, routeId }: { role: Role; routeId: string }): boolean {
  if (!Object.hasOwn(routeActions, routeId)) return false;
  const action = routeActions[routeId];
  return action === null || action === undefined ? true : can({ role, action });
}
