import { redirectHome, switchLanguage } from '@ventanilla/ui/server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirectHome();

export const actions: Actions = { default: switchLanguage };
