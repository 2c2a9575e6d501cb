import { sequence } from '@sveltejs/kit/hooks';
import { createHandle } from '@ventanilla/ui/server';
import { guardRoutes } from '#lib/server/route-guard.ts';

export const handle = sequence(createHandle(), guardRoutes);
