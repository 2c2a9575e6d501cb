import { loadAnalytics, revealActions } from '#lib/analytics/page.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadAnalytics(event);

export const actions: Actions = revealActions;
