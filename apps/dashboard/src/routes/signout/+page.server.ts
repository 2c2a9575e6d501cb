import { redirectHome, signOut } from '@ventanilla/ui/server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirectHome();

export const actions: Actions = { default: signOut };
