import { error } from '@sveltejs/kit';
import { pfaGuide } from '@ventanilla/domain/training/pfa';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ params }) => {
  const index = pfaGuide.findIndex((p) => p.id === params.page);
  if (index < 0) error(404, 'error.notFound');
  return { index };
};
