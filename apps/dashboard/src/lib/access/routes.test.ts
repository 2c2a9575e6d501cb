import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { roles } from '@ventanilla/domain/auth/roles';
import { buildNav } from './nav.ts';
import { canOpenRoute, routeActions } from './routes.ts';

const routesDir = fileURLToPath(new URL('../../routes', import.meta.url));

/** The route ids of src/routes: every folder with a +page or +server file. */
function listRouteIds(dir = routesDir): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  const own = entries.some((e) => e.isFile() && /^\+(page|server)\./.test(e.name))
    ? ['/' + relative(routesDir, dir).split(sep).join('/')]
    : [];
  return [
    ...own,
    ...entries.filter((e) => e.isDirectory()).flatMap((e) => listRouteIds(join(dir, e.name))),
  ];
}

describe('route access', () => {
  it('names what every route needs, and nothing for routes that do not exist', () => {
    const ids = listRouteIds().sort();
    expect(ids.length).toBeGreaterThan(20);
    expect(Object.keys(routeActions).sort()).toEqual(ids);
  });

  it('refuses a route it does not know', () => {
    for (const role of roles) expect(canOpenRoute({ role, routeId: '/not-a-route' })).toBe(false);
  });

  it('keeps reviewers off every record page and export, and lets them verify', () => {
    for (const routeId of [
      '/record',
      '/record/activity',
      '/cases',
      '/activities',
      '/cases/export',
      '/activities/export',
      '/import',
      '/import/stream',
      '/pending',
      '/follow-ups',
      '/cases/[id]',
      '/cases/[id]/card',
      '/mca',
      '/mca/[id]',
    ])
      expect(canOpenRoute({ role: 'reviewer', routeId }), routeId).toBe(false);
    for (const routeId of [
      '/verify',
      '/verify/[id]',
      '/verify/[id]/hubs/[hub]',
      '/verify/[id]/minutes',
      '/verify/[id]/minutes.csv',
    ]) {
      expect(canOpenRoute({ role: 'reviewer', routeId }), routeId).toBe(true);
      for (const role of ['hub_officer', 'coordinator'] as const)
        expect(canOpenRoute({ role, routeId }), `${role} ${routeId}`).toBe(false);
    }
    expect(canOpenRoute({ role: 'hub_officer', routeId: '/cases/export' })).toBe(true);
  });

  it('offers each role in its navigation exactly the routes it can open', () => {
    for (const role of roles) {
      const nav = buildNav({ role, lang: 'es', onboardingUrl: 'http://onboarding' });
      for (const item of nav.slice(0, -1))
        expect(canOpenRoute({ role, routeId: item.href }), `${role} ${item.href}`).toBe(true);
      expect(nav.at(-1)?.href).toBe('http://onboarding');
    }
    const reviewer = buildNav({ role: 'reviewer', lang: 'es', onboardingUrl: '' }).map(
      (i) => i.href,
    );
    expect(reviewer).toEqual(['/', '/directory', '/analytics', '/reports', '/verify', '']);
  });
});
