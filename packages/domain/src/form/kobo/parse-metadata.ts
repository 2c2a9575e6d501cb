import { readCellText, type KoboCell } from './kobo-cell.ts';

/** §7.3 normalized KoBo validation status. */
export type ValidationStatus = 'approved' | 'not_approved' | 'on_hold' | 'none';

/**
 * §7.3 `_uuid`, `meta/rootUuid`, `meta/deprecatedID`: trimmed, a leading `uuid:` dropped,
 * lowercased; null when empty.
 */
export function normalizeKoboUuid({ cell }: { cell: KoboCell }): string | null {
  const text = readCellText({ cell })
    .replace(/^uuid:/iu, '')
    .trim()
    .toLowerCase();
  return text === '' ? null : text;
}

const statusForms: Record<string, ValidationStatus> = {
  approved: 'approved',
  not_approved: 'not_approved',
  on_hold: 'on_hold',
  none: 'none',
  validation_status_approved: 'approved',
  validation_status_not_approved: 'not_approved',
  validation_status_on_hold: 'on_hold',
  'not approved': 'not_approved',
  'on hold': 'on_hold',
};

/**
 * §7.3 `_validation_status`: the uids `validation_status_approved`, `…_not_approved` and
 * `…_on_hold`, the labels "Approved", "Not approved" and "On hold" (any case), a JSON object with
 * a `uid` key, the stored codes themselves, or empty (`none`). Any other value gives
 * `{ status: 'none', valid: false }`, which the caller reports as a row warning.
 */
export function normalizeValidationStatus({ cell }: { cell: KoboCell }): {
  status: ValidationStatus;
  valid: boolean;
} {
  let text = readCellText({ cell });
  if (text.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(text);
      const uid =
        parsed !== null && typeof parsed === 'object'
          ? (parsed as Record<string, unknown>).uid
          : undefined;
      const isObject = parsed !== null && typeof parsed === 'object';
      text = typeof uid === 'string' ? uid : isObject && uid === undefined ? '' : '\u0000';
    } catch {
      text = '\u0000';
    }
  }
  const key = text.trim().toLowerCase().replace(/\s+/gu, ' ');
  if (key === '') return { status: 'none', valid: true };
  const status = statusForms[key];
  return status ? { status, valid: true } : { status: 'none', valid: false };
}
