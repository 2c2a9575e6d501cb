import type { Role } from '@ventanilla/ui';

export type SectionId = 'training' | 'routes' | 'pfa' | 'glossary' | 'team' | 'campaigns';

/** The onboarding sections each role has (campaign plans hold community notes: no reviewers). */
export const sectionsByRole: Record<Role, SectionId[]> = {
  hub_officer: ['training', 'routes', 'pfa', 'glossary', 'campaigns'],
  coordinator: ['training', 'team', 'campaigns', 'routes', 'pfa', 'glossary'],
  reviewer: ['training', 'routes', 'pfa', 'glossary'],
  admin: ['training', 'team', 'campaigns', 'routes', 'pfa', 'glossary'],
};

export const sectionHref: Record<
  SectionId,
  '/training' | '/routes' | '/pfa' | '/glossary' | '/team' | '/campaigns'
> = {
  training: '/training',
  routes: '/routes',
  pfa: '/pfa',
  glossary: '/glossary',
  team: '/team',
  campaigns: '/campaigns',
};
