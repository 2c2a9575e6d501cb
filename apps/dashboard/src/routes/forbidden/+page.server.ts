import { error } from '@sveltejs/kit';
import { requireUser } from '@ventanilla/ui/server';
import type { PageServerLoad } from './$types';

/** The "not for your role" page (status 403) that route-guard.ts answers with. */
export const load: PageServerLoad = (event) => {
  requireUser(event);
  error(403, 'forbidden');
};
