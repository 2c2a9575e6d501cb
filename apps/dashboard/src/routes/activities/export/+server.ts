import { exportList } from '#lib/server/list-page.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => exportList(event, 'activity');
