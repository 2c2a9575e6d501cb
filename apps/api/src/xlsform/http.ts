import type { IncomingMessage, ServerResponse } from 'node:http';
import { buildContext } from '../context.ts';
import type { Db } from '../db/client.ts';
import { logEvent } from '../log.ts';
import { loadHubChoices, writeXlsform } from './build.ts';

/**
 * `GET /xlsform`: the Hubs Form as an XLSForm for KoBoToolbox (the same file as the
 * `ventanilla xlsform` command), for any signed-in user. Only `Authorization: Bearer` is read,
 * like `/imports`: the dashboard passes its session on.
 */
export async function handleXlsformDownload({
  db,
  req,
  res,
}: {
  db: Db;
  req: IncomingMessage;
  res: ServerResponse;
}): Promise<void> {
  const send = (status: number, error: string) => {
    res.statusCode = status;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(JSON.stringify({ error }));
  };
  if (req.method !== 'GET') return send(405, 'Use GET');
  const bearer = /^Bearer\s+\S+$/iu.test(String(req.headers.authorization ?? ''));
  const ctx = bearer ? await buildContext({ db, headers: req.headers }) : null;
  if (!ctx?.user) return send(401, 'Sign in first (Authorization: Bearer).');
  const registry = await loadHubChoices(db);
  res.statusCode = 200;
  res.setHeader(
    'content-type',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  res.setHeader('content-disposition', 'attachment; filename="hubs_form.xlsx"');
  res.setHeader('cache-control', 'no-store');
  try {
    await writeXlsform({ registry, out: res });
  } catch (error) {
    logEvent('error', 'xlsform.failed', { name: error instanceof Error ? error.name : 'unknown' });
    res.destroy();
  }
}
