import type { Role } from '@ventanilla/ui';

export type SectionId = 'training' | 'pfa' | 'glossary' | 'team';

/** The onboarding sections each role has, with where they live. */
export const sectionsByRole: Record<Role, SectionId[]> = {
  hub_officer: ['training', 'pfa', 'glossary'],
  coordinator: ['training', 'team', 'pfa', 'glossary'],
  reviewer: ['training', 'pfa', 'glossary'],
  admin: ['training', 'team', 'pfa', 'glossary'],
};

export const sectionHref: Record<SectionId, '/training' | '/pfa' | '/glossary' | '/team'> = {
  training: '/training',
  pfa: '/pfa',
  glossary: '/glossary',
  team: '/team',
};
