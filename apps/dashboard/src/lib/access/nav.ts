import type { NavItem, Role } from '@ventanilla/ui';
import type { Lang } from '@ventanilla/ui';
import { t, type MessageKey } from '../i18n.ts';
import { canOpenRoute } from './routes.ts';

/** The dashboard's navigation, in order: each entry shows only to roles that can open it. */
const navEntries: readonly { href: string; label: MessageKey }[] = [
  { href: '/', label: 'nav.home' },
  { href: '/record', label: 'nav.record' },
  { href: '/record/activity', label: 'nav.recordActivity' },
  { href: '/cases', label: 'nav.cases' },
  { href: '/activities', label: 'nav.activities' },
  { href: '/follow-ups', label: 'nav.followUps' },
  { href: '/mca', label: 'nav.mca' },
  { href: '/directory', label: 'nav.directory' },
  { href: '/import', label: 'nav.import' },
  { href: '/analytics', label: 'nav.analytics' },
  { href: '/reports', label: 'nav.reports' },
  { href: '/verify', label: 'nav.verify' },
];

/** The links `role` can use (their href is also their route id), then the onboarding app. */
export function buildNav({
  role,
  lang,
  onboardingUrl,
}: {
  role: Role;
  lang: Lang;
  onboardingUrl: string;
}): NavItem[] {
  const tr = t(lang);
  return [
    ...navEntries
      .filter((entry) => canOpenRoute({ role, routeId: entry.href }))
      .map((entry) => ({ href: entry.href, label: tr(entry.label) })),
    { href: onboardingUrl, label: tr('nav.onboarding') },
  ];
}
