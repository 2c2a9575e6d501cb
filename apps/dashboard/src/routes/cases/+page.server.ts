import { deleteFromList, loadListPage } from '#lib/server/list-page.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadListPage(event, 'case');

export const actions: Actions = {
  delete: (event) => deleteFromList(event, 'case'),
};
