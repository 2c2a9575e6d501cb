import type { Role } from '@ventanilla/ui';

export type SectionId = 'training' | 'pfa' | 'routes' | 'campaigns';

/** The onboarding sections each role will have (none is built yet). */
export const sectionsByRole: Record<Role, SectionId[]> = {
  hub_officer: ['training', 'pfa', 'routes'],
  coordinator: ['training', 'pfa', 'routes', 'campaigns'],
  reviewer: ['training', 'pfa', 'routes', 'campaigns'],
  admin: ['training', 'pfa', 'routes', 'campaigns'],
};
