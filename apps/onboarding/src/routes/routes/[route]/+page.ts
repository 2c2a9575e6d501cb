import { error } from '@sveltejs/kit';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ params }) => {
  if (params.route === 'four-step') return { routeCode: 'four_step' as const };
  if (params.route === 'two-step') return { routeCode: 'two_step' as const };
  error(404, 'error.notFound');
};
