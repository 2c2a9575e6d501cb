import { error } from '@sveltejs/kit';
import { findScenario } from '@ventanilla/domain/training/scenarios';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ params, url, data }) => {
  if (!findScenario({ id: params.id })) error(404, 'error.notFound');
  const path = (url.searchParams.get('path') ?? '').split('.').filter(Boolean).slice(0, 50);
  return { ...data, id: params.id, path };
};
