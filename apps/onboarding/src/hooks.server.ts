import { createHandle } from '@ventanilla/ui/server';

export const handle = createHandle();
