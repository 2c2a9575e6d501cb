import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { ApiUnavailableError, requireUser } from '@ventanilla/ui/server';
import {
  createInitialValues,
  valuesFromRecord,
  type FormValues,
  type RecordKind,
} from '../record/form-values.ts';
import { deviceKeyOf, loadLastOfficerId, loadRecord, submitRecord } from './records.ts';

/** The API's outage as the 503 page; anything else as it is. */
export function throwUnavailable(cause: unknown): never {
  if (cause instanceof ApiUnavailableError) error(503, 'error.unavailable');
  throw cause;
}

/**
 * Load of /record and /record/activity: the user's hubs, and the stored record (`?id=`) or the
 * values a new one starts from. The page itself is kept for offline use without a query string
 * (src/service-worker), so a new form must not depend on anything but these.
 */
export async function loadRecordForm(event: RequestEvent, kind: RecordKind) {
  const user = requireUser(event);
  const hubs = user.hubs.map((h) => ({
    code: h.code,
    name: h.name,
    country: h.country,
    type: h.type,
  }));
  const id = event.url.searchParams.get('id');
  let values: FormValues;
  if (id) {
    const record = await loadRecord({ api: event.locals.api, kind, id }).catch(throwUnavailable);
    if (!record) error(404, 'error.notFound');
    values = valuesFromRecord(record, kind);
  } else {
    values = createInitialValues({
      kind,
      hubs,
      officerId: await loadLastOfficerId({ api: event.locals.api }),
    });
  }
  return { id, hubs, values, userKey: deviceKeyOf(user) };
}

/**
 * The save action of a record form: the API's refusal goes back to the form; a saved record
 * goes to its list, which names the warnings it was saved with. `afterSave` runs in between.
 */
export async function saveRecordForm(
  event: RequestEvent,
  kind: RecordKind,
  afterSave?: (saved: { form: FormData; values: FormValues }) => Promise<void>,
) {
  requireUser(event);
  const result = await submitRecord(event, kind, event.locals.lang);
  if (!('ok' in result)) return result;
  await afterSave?.(result);
  const list = kind === 'case' ? '/cases' : '/activities';
  redirect(
    303,
    `${list}?saved=${encodeURIComponent(result.id)}&warnings=${result.warnings.length}`,
  );
}
