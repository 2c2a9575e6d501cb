import { loadSignIn, signIn } from '@ventanilla/ui/server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadSignIn(event);

export const actions: Actions = { default: signIn };
