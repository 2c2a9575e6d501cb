import { requireUser } from '@ventanilla/ui/server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
  const user = requireUser(event);
  return { role: user.role, hubNames: user.hubs.map((hub) => hub.name) };
};
