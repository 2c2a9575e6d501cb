import { formFields, type FieldDef } from '@ventanilla/domain/form/fields';
import { getTodayUtc } from '@ventanilla/domain/form/validate';

export type RecordKind = 'case' | 'activity';

/** What a form shows and sends back: raw strings, arrays for select_multiple. */
export type FormValues = Record<string, string | string[]>;

/** The stored fields a form of this kind edits (registration + its group), in form order. */
export function listFormFields(kind: RecordKind): FieldDef[] {
  return formFields.filter(
    (field) => field.stored && (field.group === 'registration' || field.group === kind),
  );
}

/** Form-only answers the case form keeps while the officer works (never stored in the record). */
export const caseFormOnlyNames = [
  'a12_another_service',
  'a13_another_service',
  'route_urgent_needs',
  'route_imminent_danger',
] as const;

/** Reads submitted or current form data into values (every field, as text). */
export function readFormValues(form: FormData, kind: RecordKind): FormValues {
  const values: FormValues = {};
  for (const field of listFormFields(kind)) {
    if (field.type === 'select_multiple') {
      values[field.name] = form.getAll(field.name).map(String).filter(Boolean);
    } else {
      const value = form.get(field.name);
      if (typeof value === 'string') values[field.name] = value;
    }
  }
  if (kind === 'case')
    for (const name of caseFormOnlyNames) {
      const value = form.get(name);
      if (typeof value === 'string') values[name] = value;
    }
  values.record_type = kind;
  return values;
}

/**
 * Turns form values into a canonical-shaped record (empty → null, integers parsed). A number
 * that is not a whole number is kept as text so that the domain rule R2 reports it.
 */
export function toRecord(values: FormValues, kind: RecordKind): Record<string, unknown> {
  const record: Record<string, unknown> = { record_type: kind };
  for (const field of listFormFields(kind)) {
    if (field.name === 'record_type') continue;
    const value = values[field.name];
    if (field.type === 'select_multiple') {
      record[field.name] = Array.isArray(value) ? value : [];
      continue;
    }
    const text = typeof value === 'string' ? value.trim() : '';
    if (text === '') record[field.name] = null;
    else if (field.type === 'integer')
      record[field.name] = /^-?\d+$/.test(text) ? Number(text) : text;
    else record[field.name] = text;
  }
  return record;
}

/** The record as the API's CaseInput/ActivityInput takes it (no record_type). */
export function toApiInput(record: Record<string, unknown>): Record<string, unknown> {
  const { record_type: _type, ...input } = record;
  return input;
}

/** Values to show for a stored record (editing). */
export function valuesFromRecord(record: Record<string, unknown>, kind: RecordKind): FormValues {
  const values: FormValues = { record_type: kind };
  for (const field of listFormFields(kind)) {
    const value = record[field.name];
    if (Array.isArray(value)) values[field.name] = value.map(String);
    else if (value !== null && value !== undefined) values[field.name] = String(value);
  }
  if (kind === 'case') {
    if (values.a10_service_2) values.a12_another_service = 'yes';
    if (values.a10_service_3) values.a13_another_service = 'yes';
  }
  return values;
}

/** Fresh values: today's date, the user's only hub and its type, the remembered officer ID. */
export function createInitialValues({
  kind,
  hubs,
  officerId,
  today = getTodayUtc(),
}: {
  kind: RecordKind;
  hubs: { code: string; type: string }[];
  officerId?: string | null | undefined;
  today?: string;
}): FormValues {
  const values: FormValues = { record_type: kind, date: today };
  const [only] = hubs.length === 1 ? hubs : [];
  if (only) {
    values.hub = only.code;
    values.hub_type = only.type.toLowerCase();
  }
  if (officerId) values.officer_id = officerId;
  return values;
}

export function readText(values: FormValues, name: string): string {
  const value = values[name];
  return typeof value === 'string' ? value : '';
}

export function readList(values: FormValues, name: string): string[] {
  const value = values[name];
  return Array.isArray(value) ? value : [];
}

/**
 * What the officer typed into the server-rendered form before the page's script ran, read from
 * the page itself. Hydration sets every field's `value` from the component's state, so starting
 * from the server's values would wipe anything typed on a slow connection before the scripts
 * arrived. Null on the server and once the app has started (AppShell's `data-started`): a form
 * in the page then is the previous page's, still shown while the next one is built by client-side
 * navigation (from one record to another, or to a new one).
 */
export function readTypedBeforeHydration(kind: RecordKind): FormValues | null {
  if (typeof document === 'undefined') return null;
  if (document.documentElement.hasAttribute('data-started')) return null;
  const form = document.querySelector<HTMLFormElement>('form.record-form');
  if (!form || new FormData(form).get('record_type') !== kind) return null;
  return readFormValues(new FormData(form), kind);
}
